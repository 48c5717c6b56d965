import type { Lang } from '../../domain/types.ts';

type Named = { nameRu: string; nameKk: string; nameEn: string };

/** The name in the caller's language (falling back to Russian when a translation is empty). */
export function localName(row: Named, lang: Lang): string {
  const v = lang === 'kk' ? row.nameKk : lang === 'en' ? row.nameEn : row.nameRu;
  return v || row.nameRu;
}

export function names(row: Named) {
  return { ru: row.nameRu, kk: row.nameKk, en: row.nameEn };
}
