import { defineConfig } from 'vite';

// The staff web app: src/web → dist/web, served by the API server at `/`.
export default defineConfig({
  root: 'src/web',
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
