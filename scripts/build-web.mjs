// Builds the web app when its sources are newer than the last build (or there is none), so
// `npm start` stays fast after the first time. `--force` always builds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
}
