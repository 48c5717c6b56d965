import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../src/db/client.ts';
import { kbArticles, kbRevisions, kbTranslations } from '../src/db/schema.ts';
import type { DemoKbArticle } from '../src/demo/kb/types.ts';
import { LANGS } from '../src/domain/types.ts';

/** The demo knowledge base, published: every article file in src/demo/kb, written straight into the tables. */
export async function seedDemoKb(db: Db): Promise<Map<string, number>> {
  const dir = path.resolve('src/demo/kb');
  const ids = new Map<string, number>();
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.ts') || f === 'types.ts' || f === 'index.ts' || f.endsWith('.test.ts')) continue;
    const mod = (await import(path.join(dir, f))) as Record<string, unknown>;
    for (const list of Object.values(mod)) {
      if (!Array.isArray(list)) continue;
      for (const a of list as DemoKbArticle[]) {
        // Already there (a demo loader that loads the knowledge base itself): kept as it is.
        const [art] = await db.insert(kbArticles).values({ key: a.key, audience: a.audience, tags: a.tags }).onConflictDoNothing().returning({ id: kbArticles.id });
        if (!art) continue;
        ids.set(a.key, art.id);
        for (const lang of LANGS) {
          const t = a[lang];
          if (!t) continue;
          const [rev] = await db.insert(kbRevisions).values({ articleId: art.id, lang, number: 1, title: t.title, body: t.body, paraphrases: t.paraphrases, publishedAt: new Date() }).returning({ id: kbRevisions.id });
          await db.insert(kbTranslations).values({ articleId: art.id, lang, publishedRevisionId: rev!.id, latestRevisionId: rev!.id });
        }
      }
    }
  }
  return ids;
}

