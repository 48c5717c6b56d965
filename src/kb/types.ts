import type { Lang } from '../domain/types.ts';

// The knowledge base as its readers see it: the search index, the operators' side panel, the
// public portal and the Kenes bot all speak these types. Storage (articles, translations,
// revisions) is src/app/kb.ts; this file has no database in it.

export type KbAudience = 'public' | 'internal';

/** One language version of a published article, as the search index holds it. */
export type KbDoc = {
  articleId: number;
  /** Stable slug of the article (the same for its translations); public links use it. */
  key: string;
  lang: Lang;
  audience: KbAudience;
  title: string;
  /** Markdown. */
  body: string;
  tags: string[];
  /** Questions people ask that this article answers, in this language (the bot leans on them). */
  paraphrases: string[];
  /** Catalogue items the article is linked to. */
  itemIds: number[];
};

export type KbSearchOptions = {
  /** Only this language's versions. Without it every language is searched, best version per article. */
  lang?: Lang;
  /** 'public' (the default) leaves internal articles out; 'all' is for staff. */
  audience?: 'public' | 'all';
  /** At most this many hits (default 10). */
  limit?: number;
  /** Only articles linked to this catalogue item. */
  itemId?: number;
};

export type KbHit = {
  articleId: number;
  key: string;
  lang: Lang;
  title: string;
  audience: KbAudience;
  /** Raw relevance: comparable between hits of one query only. */
  score: number;
  /**
   * How much of the query the article covers, 0…1: the IDF-weighted share of the query's
   * meaningful terms found in it (exactly, by stem, or by a close spelling). Comparable across
   * queries, so the bot can set thresholds on it.
   */
  coverage: number;
  /** A short plain-text excerpt around the best match (no markdown), for result lists. */
  snippet: string;
  /** The paraphrase that matched best, when one did. */
  paraphrase?: string;
};

export interface KbSearch {
  search(query: string, opts?: KbSearchOptions): KbHit[];
  /** Add or replace one language version of an article. */
  put(doc: KbDoc): void;
  /** Remove an article (all languages) or one language version of it. */
  remove(articleId: number, lang?: Lang): void;
  readonly size: number;
}
