import { formatNumber } from '../../i18n/numbers.ts';
import { apiFetch, responseError } from '../api.ts';
import { translate, type Lang } from '../i18n.tsx';
import type { KbFile } from './types.ts';

/** Attaches files to an article (multipart, parts named `file`). */
export async function uploadKbFiles(articleId: number, files: File[], lang: string): Promise<KbFile[]> {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const res = await apiFetch(`/api/v1/kb/articles/${articleId}/files`, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'accept-language': lang } });
  const data = (await res.json().catch(() => null)) as { items?: KbFile[]; error?: { code: string; message: string } } | null;
  if (!res.ok) throw responseError(res, data);
  return data?.items ?? [];
}

/** The Markdown that shows a file: a picture inline, anything else as a link. */
export function fileMarkdown(f: KbFile): string {
  const name = f.fileName.replace(/[[\]]/g, '');
  return f.mime.startsWith('image/') ? `![${name}](${f.url})` : `[${name}](${f.url})`;
}

/** "1,5 МБ", "12 KB": in the reader's language. */
export function fileSize(bytes: number, lang: Lang): string {
  return bytes >= 1_048_576
    ? translate(lang, 'ui.size.mb', { n: formatNumber(bytes / 1_048_576, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
    : translate(lang, 'ui.size.kb', { n: formatNumber(Math.max(1, Math.round(bytes / 1024)), lang) });
}
