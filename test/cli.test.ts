import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });

describe('cli', () => {
  it('explains every command with --help', () => {
    expect(cli('--help')).toMatch(/serve[\s\S]*migrate[\s\S]*demo[\s\S]*import/);
    for (const [cmd, words] of [['serve', 'PORT'], ['migrate', 'migrations'], ['demo', '--appeals'], ['import', 'catalogue']] as const) {
      expect(cli(cmd, '--help')).toContain(words);
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
