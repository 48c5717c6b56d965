import { describe, expect, it } from 'vitest';
import { demoCatalogue } from '../src/demo/catalogue-data.ts';
import { DEMO_KB_ARTICLES } from '../src/demo/kb/index.ts';
import { kbKey } from '../src/app/kb.ts';

// The demo knowledge base is hand-written: these checks keep it loadable and useful.
describe('demo knowledge base', () => {
  const items = new Set(demoCatalogue().filter((n) => n.level === 'item').map((n) => n.code));

  it('has at least 150 articles in Russian and Kazakh, some in English, public and internal', () => {
    expect(DEMO_KB_ARTICLES.length).toBeGreaterThanOrEqual(150);
    expect(DEMO_KB_ARTICLES.every((a) => a.ru && a.kk)).toBe(true);
    expect(DEMO_KB_ARTICLES.filter((a) => a.en).length).toBeGreaterThanOrEqual(30);
    expect(DEMO_KB_ARTICLES.filter((a) => a.audience === 'internal').length).toBeGreaterThanOrEqual(10);
  });

  it('has unique, valid keys and links only to existing catalogue items', () => {
    const keys = DEMO_KB_ARTICLES.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(kbKey.safeParse(k).success, k).toBe(true);
    for (const a of DEMO_KB_ARTICLES) for (const code of a.items ?? []) expect(items.has(code), `${a.key}: ${code}`).toBe(true);
  });

  it('gives every language version a title, a real body and paraphrases for the bot; Kazakh texts use Kazakh letters', () => {
    for (const a of DEMO_KB_ARTICLES) {
      for (const text of [a.ru, a.kk, a.en]) {
        if (!text) continue;
        expect(text.title.trim().length, a.key).toBeGreaterThan(5);
        expect(text.body.trim().length, a.key).toBeGreaterThan(200);
        expect(text.paraphrases.length, a.key).toBeGreaterThanOrEqual(2);
      }
      expect(/[әғқңөұүһі]/i.test(a.kk.title + a.kk.body), a.key).toBe(true);
    }
  });
});
