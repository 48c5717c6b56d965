import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { api, apiFetch, responseError } from '../api.ts';

// The citizens' side of the API: no session, the same error shape as the staff app.

export type PublicInfo = { maxUploadMb: number; maxFiles: number; reopenDays: number; answerChannels: string[]; honeypotField: string; proofOfWork: boolean };
export type Attachment = { id: string; kind: 'image' | 'video' | 'document'; mime: string; fileName: string; urls: { original: string | null; preview: string | null; thumb: string | null } };
export type PublicAppeal = {
  number: string;
  status: string;
  statusLabel: string;
  open: boolean;
  category: { id: number; code: string; name: string } | null;
  district: { id: number; name: string } | null;
  address: string | null;
  location: { lat: number; lon: number } | null;
  description: string;
  answer: string | null;
  rating: number | null;
  createdAt: string;
  dueAt: string;
  closedAt: string | null;
  attachments: Attachment[];
};
export type PublicView = PublicAppeal & {
  own: boolean;
  ratingComment: string | null;
  timeline: { at: string; action: string; label: string; status: string | null; comment: string | null; attachmentIds: string[] }[];
  canRate: boolean;
  canReopen: boolean;
  reopenUntil: string | null;
};
export type CityMapData = {
  bounds: { minLat: number; maxLat: number; minLon: number; maxLon: number } | null;
  districts: { id: number; name: string; lat: number | null; lon: number | null }[];
  streets: { id: number; name: string }[];
  houses: [number, number, number, number, string, number | null][];
};

/**
 * Solves the server's proof-of-work challenge in the background while the citizen types: by the
 * time they press "send" it is usually done. Returns the payload the server verifies, or null
 * when the server asks for none.
 */
export async function solveProofOfWork(): Promise<string | null> {
  const { challenge } = await api<{ challenge: Parameters<typeof solveChallenge>[0]['challenge'] | null }>('GET', '/public/challenge');
  if (!challenge) return null;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('proof-of-work timed out');
  return btoa(JSON.stringify({ challenge, solution }));
}

/** Sends the appeal with its files in one multipart request; the key makes a retry harmless. */
export async function submitAppeal(data: Record<string, unknown>, files: File[], extra: Record<string, string>, idempotencyKey: string, lang: string) {
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  for (const f of files) form.append('file', f, f.name);
  const res = await apiFetch('/api/v1/public/appeals', { method: 'POST', body: form, headers: { 'accept-language': lang, 'idempotency-key': idempotencyKey } });
  const body = (await res.json().catch(() => null)) as { number: string; trackingCode: string; trackUrl: string; error?: { code: string; message: string } } | null;
  if (!res.ok) throw responseError(res, body);
  return body!;
}
