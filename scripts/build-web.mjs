// Builds the web app when its sources are newer than the last build (or there is none), so
// `npm start` stays fast after the first time. `--force` always builds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const out = 'dist/web/index.html';
const newest = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);
const sources = Math.max(newest('src/web'), newest('src/i18n'), fs.statSync('vite.config.ts').mtimeMs);
const built = fs.existsSync(out) ? fs.statSync(out).mtimeMs : 0;
if (process.argv.includes('--force') || sources > built) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  // Brotli and gzip copies beside each file: the server sends them as they are to browsers that
  // accept them (a phone on a slow network gets the portal in a fraction of the bytes).
  const compress = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) compress(p);
      else if (/\.(js|css|html|svg|json)$/.test(e.name)) {
        const data = fs.readFileSync(p);
        fs.writeFileSync(`${p}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(`${p}.gz`, zlib.gzipSync(data, { level: 9 }));
      }
    }
  };
  compress('dist/web');
}
