import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, DATABASE_URL: '' } });

// A labelled file of our own making (the real datasets have no licence to ship): HTML, quotes,
// and exact duplicates (after HTML and spaces) included.
const PHRASES: Record<string, string[]> = {
  'Освещение': ['не горит фонарь', 'нет света на улице', 'көшеде жарық жоқ', 'фонари не работают вечером'],
  'Дороги': ['яма на дороге', 'разбит асфальт', 'жолда шұңқыр бар', 'выбоины на проезжей части'],
  'Мусор': ['не вывозят мусор', 'контейнеры переполнены', 'қоқыс шығарылмайды', 'свалка во дворе'],
};
const rows = ['id,"Текст Сообщения",Тема'];
let id = 0;
for (let i = 0; i < 30; i++) {
  for (const [label, phrases] of Object.entries(PHRASES)) {
    const text = `<p>${phrases[i % 4]}&nbsp;${phrases[(i + 1) % 4]}, дом ${i}</p>`;
    rows.push(`${++id},"${text.replace(/"/g, '""')}",${label}`);
  }
}
rows.push(`${id + 1},"<p>не горит фонарь&nbsp;нет света на улице, дом 0</p>",Освещение`); // a duplicate
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-classify-'));
const file = path.join(dir, 'labelled.csv');
fs.writeFileSync(file, '\ufeff' + rows.join('\n'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('classify-eval', () => {
  const run = (...extra: string[]) => {
    const out = cli('classify-eval', '--csv', file, '--text', 'Текст Сообщения', '--label', 'Тема', ...extra).trim().split('\n');
    expect(out).toHaveLength(1); // exactly one JSON line
    return JSON.parse(out[0]!) as { n_train: number; n_test: number; labels: number; top1: number; top3: number; macro_f1: number; ms_per_text_p95: number };
  };

  it('prints one JSON line, the same figures for the same seed, duplicates removed before the split', () => {
    const a = run('--seed', '42', '--test-share', '0.2');
    const b = run('--seed', '42', '--test-share', '0.2');
    expect(Object.keys(a)).toEqual(['n_train', 'n_test', 'labels', 'top1', 'top3', 'macro_f1', 'ms_per_text_p95']);
    const { ms_per_text_p95: ta, ...fa } = a;
    const { ms_per_text_p95: tb, ...fb } = b;
    expect(fa).toEqual(fb);
    expect(ta).toBeGreaterThan(0);
    expect(tb).toBeGreaterThan(0);
    expect(a.n_train + a.n_test).toBe(90);
    expect(a.n_test).toBe(18);
    expect(a.labels).toBe(3);
    expect(a.top1).toBeGreaterThan(0.8);
    expect(a.top3).toBe(1);
  });

  it('takes each model and refuses bad options', () => {
    for (const m of ['centroid', 'nb', 'linear']) expect(run('--model', m).n_test).toBe(18);
    expect(() => cli('classify-eval', '--csv', file, '--text', 'Текст Сообщения', '--label', 'Тема', '--test-share', '2')).toThrow(/test-share/);
    expect(() => cli('classify-eval', '--csv', file, '--text', 'Нет такой', '--label', 'Тема')).toThrow(/no such column/);
    expect(cli('classify-eval', '--help')).toContain('--seed');
  });
});
