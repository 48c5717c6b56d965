import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../src/db/client.ts';

// A child process that holds the lock until killed.
const HOLDER = `
import { lockDataDir } from ${JSON.stringify(path.resolve('src/db/client.ts'))};
lockDataDir(process.argv[2]);
console.log('locked');
setInterval(() => {}, 1000);
`;

describe('the embedded database folder is held by one process only', () => {
  it('a second process is refused with a clear message; a dead holder’s lock is taken over', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-lock-'));
    const script = path.join(dir, 'holder.mts');
    fs.writeFileSync(script, HOLDER);
    const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => (String(d).includes('locked') ? resolve() : undefined));
      child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    let message = '';
    try {
      lockDataDir(dir);
    } catch (err) {
      expect(err).toBeInstanceOf(DataDirLockedError);
      message = (err as Error).message;
    }
    expect(message).toContain(`pid ${child.pid}`);
    expect(message).toContain('DATA_DIR');

    // kill -9 leaves the lock file behind; the next start sees its owner is gone and takes over.
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(fs.existsSync(path.join(dir, 'jauap.lock'))).toBe(true);
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'jauap.lock'), 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, 'jauap.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
