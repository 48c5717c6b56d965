// The demo city's knowledge base, as written by hand: one entry per article, with its Russian
// and Kazakh versions (English for some). `npm start` loads these as published articles.

export type DemoKbText = {
  title: string;
  /** Markdown: short paragraphs, numbered steps, bold for what to press or bring. */
  body: string;
  /** 3–6 questions a citizen (or operator) would type, in this language, colloquial, varied. */
  paraphrases: string[];
};

export type DemoKbArticle = {
  /** Stable slug, lowercase latin with dashes: 'address-certificate-egov'. Unique across all files. */
  key: string;
  audience: 'public' | 'internal';
  tags: string[];
  /** Codes of catalogue items (see src/demo/catalogue-data.ts) the article helps with. */
  items?: string[];
  ru: DemoKbText;
  kk: DemoKbText;
  en?: DemoKbText;
};
