import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });

describe('cli', () => {
  it('explains every command with --help', () => {
    expect(cli('--help')).toMatch(/serve[\s\S]*migrate[\s\S]*demo[\s\S]*import/);
    for (const [cmd, words] of [['serve', 'PORT'], ['migrate', 'migrations'], ['demo', '--appeals'], ['import', 'catalogue'], ['stats-check', '--fix']] as const) {
      expect(cli(cmd, '--help')).toContain(words);
    }
  });

  it('stats-check recounts the wallboard counters and says they agree', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-cli-stats-'));
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'stats-check'], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, DATABASE_URL: '', DATA_DIR: dir } });
      expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ ok: true, tables: 9, rows: 0, differences: [] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses the demo city in production with a clear message', () => {
    let out = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'demo'], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production', DATA_DIR: '/tmp/jauap-never' } });
    } catch (err) {
      out = String((err as { stderr?: string }).stderr);
    }
    expect(out).toContain('refused when NODE_ENV=production');
  });
});
