import type { Lang } from '../i18n.tsx';

// The knowledge base as the staff workspace receives it from /api/v1/kb (src/http/routes/kb.ts).

export const KB_LANGS: Lang[] = ['ru', 'kk', 'en'];
export type KbAudience = 'public' | 'internal';
export type KbStatus = 'published' | 'draft' | 'unpublished';

export type KbFile = { id: string; fileName: string; mime: string; size: number; url: string; previewUrl: string | null };

export type KbListItem = { id: number; key: string; audience: KbAudience; tags: string[]; updatedAt: string; translations: { lang: Lang; title: string; status: KbStatus }[] };

export type KbHit = { articleId: number; key: string; lang: Lang; title: string; audience: KbAudience; snippet: string };

export type KbPublished = {
  articleId: number;
  key: string;
  lang: Lang;
  langs: Lang[];
  title: string;
  html: string;
  tags: string[];
  audience: KbAudience;
  publishedAt: string | null;
  url: string | null;
  attachments: KbFile[];
};

type Revision = { revisionId: number; number: number; title: string; body: string; paraphrases: string[] };
export type KbTranslation = {
  lang: Lang;
  status: KbStatus;
  published: (Revision & { publishedAt: string | null }) | null;
  latest: Revision & { createdAt: string; authorName: string | null };
};

export type KbArticle = {
  id: number;
  key: string;
  audience: KbAudience;
  tags: string[];
  itemIds: number[];
  version: number;
  updatedAt: string;
  translations: KbTranslation[];
  attachments: KbFile[];
};

export type KbRevision = { id: number; number: number; title: string; note: string | null; authorName: string | null; createdAt: string; publishedAt: string | null; isPublished: boolean; isLatest: boolean };

export type DiffPart = { value: string; added?: true; removed?: true };
export type KbDiff = { from: { id: number; number: number }; to: { id: number; number: number }; title: DiffPart[]; body: DiffPart[]; paraphrases: DiffPart[] };
