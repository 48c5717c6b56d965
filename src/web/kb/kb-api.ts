import { ApiError } from '../api.ts';
import type { KbFile } from './types.ts';

/** Attaches files to an article (multipart, parts named `file`). */
export async function uploadKbFiles(articleId: number, files: File[], lang: string): Promise<KbFile[]> {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const res = await fetch(`/api/v1/kb/articles/${articleId}/files`, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'accept-language': lang } });
  const data = (await res.json().catch(() => null)) as { items?: KbFile[]; error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? 'INTERNAL', data?.error?.message ?? res.statusText);
  return data?.items ?? [];
}

/** The Markdown that shows a file: a picture inline, anything else as a link. */
export function fileMarkdown(f: KbFile): string {
  const name = f.fileName.replace(/[[\]]/g, '');
  return f.mime.startsWith('image/') ? `![${name}](${f.url})` : `[${name}](${f.url})`;
}

export function fileSize(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
