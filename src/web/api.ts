import { translate, type Lang } from './i18n.tsx';

// The staff app talks to /api/v1 with the session cookie; errors arrive already in the user's language.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let currentLang: Lang = 'ru';
export function setApiLang(lang: string): void {
  currentLang = lang === 'kk' || lang === 'en' ? lang : 'ru';
}

const unreachable = (status: number) => new ApiError(status, 'NETWORK', translate(currentLang, 'ui.error.network'));

/**
 * fetch for the API: when the server cannot be reached (offline, DNS, a dropped connection) the
 * browser's "TypeError: Failed to fetch" becomes an ApiError in the user's language, so every
 * screen that shows ApiError messages shows this one too. An abort stays an abort.
 */
export async function apiFetch(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw unreachable(0);
  }
}

/** The error of a failed response: the API's own (already translated), or, for a body that is not the API's (a proxy's 502 page), "cannot reach the server". */
export function responseError(res: Response, data: { error?: { code?: string; message?: string } } | null): ApiError {
  return data?.error?.message ? new ApiError(res.status, data.error.code ?? 'INTERNAL', data.error.message) : unreachable(res.status);
}

export async function api<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await apiFetch(`/api/v1${url}`, {
    method,
    credentials: 'same-origin',
    headers: { 'accept-language': currentLang, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw responseError(res, data);
  return data as T;
}

export type Me = { id: number; login: string; fullName: string; role: string; organisationId: number | null; locale: string; rights: string[] };

export type Appeal = {
  id: string;
  number: string;
  status: string;
  statusLabel: string;
  channel: string;
  kind: string;
  description: string;
  address: string | null;
  catalogueItem: { id: number; code: string; name: string } | null;
  criticality: string;
  executor: { id: number; code: string; name: string } | null;
  responsible: { id: number; fullName: string } | null;
  citizen: { id: number; fullName: string | null; phone: string | null; iin: string | null; email: string | null } | null;
  dueAt: string;
  overdue: boolean;
  hold: { fromStatus: string; remainingMinutes: number } | null;
  resolution: string | null;
  rating: number | null;
  createdAt: string;
  version: number;
  actions: string[];
  timeline?: TimelineEvent[];
  attachments?: Attachment[];
  /** For those who talk to the citizen: the code for the portal's tracking page. */
  trackingCode?: string;
};

export type TimelineEvent = {
  id: number;
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  visibility: 'public' | 'internal';
  comment: string | null;
  actor: { id: number | null; name: string | null; role: string | null };
};

export type CatalogueItem = { id: number; code: string; name: string; criticality: string | null };
export type Citizen = { id: number; fullName: string | null; phone: string | null; iin: string | null; appeals?: Appeal[] };
export type Address = { houseId: number; label: string };
export type Org = { id: number; code: string; name: string; type: string };

export type Attachment = {
  id: string;
  kind: 'image' | 'video' | 'document';
  mime: string;
  fileName: string;
  size: number;
  purpose: 'evidence' | 'answer' | 'document';
  public?: boolean;
  eventId?: number | null;
  urls: { original: string | null; preview: string | null; thumb: string | null };
};

/** Uploads files to an appeal (multipart); the ids go with the answer or comment that carries them. */
export async function uploadAttachments(appealId: string, files: File[], purpose: Attachment['purpose']): Promise<Attachment[]> {
  const form = new FormData();
  form.append('purpose', purpose);
  for (const f of files) form.append('file', f, f.name);
  const res = await apiFetch(`/api/v1/appeals/${appealId}/attachments`, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'accept-language': currentLang } });
  const data = (await res.json().catch(() => null)) as { items?: Attachment[]; error?: { code: string; message: string } } | null;
  if (!res.ok) throw responseError(res, data);
  return data?.items ?? [];
}
