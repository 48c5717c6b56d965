import { z } from 'zod';
import { phoneSchema } from '../../app/register-appeal.ts';
import { OPEN311_MAX_REQUESTS, type Open311Submission, type RequestsQuery } from '../../app/open311.ts';
import { AppError, type ValidationDetail } from '../../domain/errors.ts';
import type { Lang } from '../../domain/types.ts';

// What Open311 clients send, parsed into the use-cases' types. Clients send form fields (in the
// body, urlencoded or multipart, or in the query string, as the standard's examples do); a
// repeated field keeps its last value, except list fields. Unknown fields are ignored, as the
// standard's clients send extras (device_id, account_id); problems answer 400, one entry each.

export type Fields = Record<string, string | string[] | undefined>;

/** application/x-www-form-urlencoded → fields; a repeated name becomes a list. */
export function parseForm(body: string): Fields {
  const out: Fields = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const cur = out[k];
    out[k] = cur === undefined ? v : Array.isArray(cur) ? [...cur, v] : [cur, v];
  }
  return out;
}

const last = (v: unknown) => (Array.isArray(v) ? v[v.length - 1] : v);
const single = (v: unknown) => {
  const x = last(v);
  return typeof x === 'string' && x.trim() === '' ? undefined : x;
};
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(single, schema.optional());
const flag = opt(z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']));
const yes = (v: string | undefined, fallback: boolean) => (v === undefined ? fallback : ['true', '1', 'yes', 'on'].includes(v));

const postFields = z
  .object({
    service_code: z.preprocess(single, z.string().trim().min(1).max(64)),
    lat: opt(z.coerce.number().min(-90).max(90)),
    long: opt(z.coerce.number().min(-180).max(180)),
    address_string: opt(z.string().trim().min(3).max(300)),
    address_id: opt(z.coerce.number().int().min(1).max(2_147_483_647)),
    email: opt(z.email().max(200)),
    phone: opt(phoneSchema),
    first_name: opt(z.string().trim().max(100)),
    last_name: opt(z.string().trim().max(100)),
    description: opt(z.string().trim().max(4000)),
    // A link only: kept and shown, never fetched (nothing external is reachable, and fetching
    // what a client names would let it probe our network).
    media_url: opt(z.url({ protocol: /^https?$/ }).max(2000)),
    jauap_public: flag,
    jauap_media_public: flag,
  })
  .loose()
  .refine((v) => (v.lat === undefined) === (v.long === undefined), { message: 'lat_lon_pair', path: ['long'] })
  .refine((v) => v.lat !== undefined || v.address_string !== undefined || v.address_id !== undefined, { message: 'open311_location_required', path: ['lat'] });

/** zod's issues as our validation details: a missing field is "required", our checks name a key. */
export function details(error: z.ZodError): ValidationDetail[] {
  return error.issues.map((i) => {
    const path = i.path.join('.');
    if (i.code === 'invalid_type' && /received undefined/.test(i.message)) return { path, message: 'required' };
    if (i.code === 'custom') return { path, message: i.message };
    return { path, issue: { ...(i as unknown as Record<string, unknown>), code: i.code, message: i.message } };
  });
}

const ATTRIBUTE = /^attribute\[([^\]]{1,64})\](\[\])?$/;

export function parseSubmission(fields: Fields, lang: Lang): Open311Submission {
  const r = postFields.safeParse(fields);
  if (!r.success) throw new AppError('VALIDATION_FAILED', {}, details(r.error));
  const f = r.data;
  const attributes: Record<string, string | string[]> = {};
  // A JSON body may carry them as an object: {"attribute": {"district": "north"}}.
  const nested = (fields as Record<string, unknown>).attribute;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    for (const [k, v] of Object.entries(nested).slice(0, 50)) if (typeof v === 'string' || Array.isArray(v)) attributes[k.slice(0, 64)] = Array.isArray(v) ? v.map(String) : v;
  }
  const badAttributes: ValidationDetail[] = [];
  for (const [k, v] of Object.entries(fields)) {
    const m = ATTRIBUTE.exec(k);
    if (!m || v === undefined) continue;
    // Form fields are text; a JSON body could send anything: only text (or lists of it) is an answer.
    const values = Array.isArray(v) ? v : [v];
    if (!values.every((x) => typeof x === 'string')) {
      badAttributes.push({ path: k, issue: { code: 'invalid_type', expected: 'string' } });
      continue;
    }
    attributes[m[1]!] = m[2] ? (values as string[]) : (last(v) as string);
  }
  if (badAttributes.length) throw new AppError('VALIDATION_FAILED', {}, badAttributes);
  const fullName = [f.first_name, f.last_name].filter(Boolean).join(' ').trim();
  const isPublic = yes(f.jauap_public, true);
  return {
    serviceCode: f.service_code,
    lat: f.lat,
    lon: f.long,
    addressString: f.address_string,
    addressId: f.address_id,
    description: f.description,
    attributes,
    // Stored as the canonical URL (punycode host, escaped path), so it is always a valid URI.
    mediaUrl: f.media_url === undefined ? undefined : new URL(f.media_url).href,
    citizen: { fullName: fullName || undefined, phone: f.phone, email: f.email, lang },
    public: isPublic,
    mediaPublic: isPublic && yes(f.jauap_media_public, true),
  };
}

/** A comma list that may also be repeated: `status=open,closed` or `status=open&status=closed`. */
function list(v: unknown): string[] {
  const all = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
  return all.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
}

// W3C datetimes as the standard asks: a date, or a date and time with an optional offset.
const W3C = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function datetime(v: unknown, path: string, problems: ValidationDetail[]): Date | undefined {
  const s = single(v);
  if (s === undefined) return undefined;
  const d = typeof s === 'string' && W3C.test(s.trim()) ? new Date(s.trim()) : null;
  const year = d?.getUTCFullYear() ?? NaN;
  if (!d || Number.isNaN(d.getTime()) || year < 1900 || year > 2200) {
    problems.push({ path, message: 'open311_datetime' });
    return undefined;
  }
  return d;
}

export function parseRequestsQuery(q: Fields): Omit<RequestsQuery, 'keyId'> {
  const problems: ValidationDetail[] = [];
  const ids = list(q.service_request_id);
  const codes = list(q.service_code);
  const statuses = list(q.status);
  if (ids.length > OPEN311_MAX_REQUESTS || ids.some((i) => i.length > 64)) problems.push({ path: 'service_request_id', issue: { code: 'too_big', origin: 'array', maximum: OPEN311_MAX_REQUESTS } });
  if (codes.length > 200 || codes.some((c) => c.length > 64)) problems.push({ path: 'service_code', issue: { code: 'too_big', origin: 'array', maximum: 200 } });
  for (const s of statuses) if (s !== 'open' && s !== 'closed') problems.push({ path: 'status', issue: { code: 'invalid_value', values: ['open', 'closed'], message: 'invalid' } });
  const start = datetime(q.start_date, 'start_date', problems);
  const end = datetime(q.end_date, 'end_date', problems);
  if (start && end && start > end) problems.push({ path: 'end_date', message: 'open311_date_order' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', {}, problems);
  return {
    ...(ids.length && { ids }),
    ...(codes.length && { serviceCodes: codes }),
    ...(start && { start }),
    ...(end && { end }),
    ...(statuses.length && { statuses: statuses as ('open' | 'closed')[] }),
  };
}
