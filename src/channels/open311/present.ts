import type { AttributeSpec, Open311RequestView, Open311Submitted, ServiceRow } from '../../app/open311.ts';
import { isClosedStatus } from '../../app/open311.ts';
import { publicAddress, redactPersonalData } from '../../domain/identity.ts';
import { KZ_DEFAULT_SETTINGS } from '../../domain/kz-calendar.ts';
import type { Lang } from '../../domain/types.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { presentAttachment } from '../../http/presenters/attachment.ts';
import { localName } from '../../http/presenters/common.ts';
import type { Json } from './format.ts';

// Presenters of the Open311 channel: the standard's fields only, whitelisted, plus our extension
// fields, all named `jauap_…` (the shared schemas allow additional properties). Free text leaves
// redacted (phones, IINs, e-mail addresses) unless the calling key registered the request.

/** The standard caps a request's description at 4,000 characters; staff may write more. */
const MAX_DESCRIPTION = 4000;

const local = (row: { ru: string | null; kk: string | null; en: string | null }, lang: Lang) => (lang === 'kk' ? row.kk : lang === 'en' ? row.en : row.ru) || row.ru;

/** Synonyms are kept space- or comma-separated; the standard's keywords are comma-separated. */
export function keywordsOf(synonyms: string): string | null {
  const words = (synonyms.includes(',') ? synonyms.split(',') : synonyms.split(/\s+/)).map((w) => w.trim()).filter(Boolean);
  return words.length ? [...new Set(words)].join(', ') : null;
}

export function presentService(s: ServiceRow, lang: Lang, metadata: boolean): Json {
  return {
    service_code: s.code,
    service_name: localName(s, lang),
    description: local({ ru: s.descriptionRu, kk: s.descriptionKk, en: s.descriptionEn }, lang) ?? null,
    metadata,
    // Registered at once, answered by the status machine: the standard's "realtime".
    type: 'realtime',
    keywords: keywordsOf(s.synonyms),
    group: s.group ? localName(s.group, lang) : null,
  };
}

export function presentDefinition(s: ServiceRow, attributes: AttributeSpec[], lang: Lang): Json {
  return {
    service_code: s.code,
    attributes: attributes.map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: t(lang, `open311.attribute.${a.code}.datatype` as MessageKey),
      order: a.order,
      description: t(lang, `open311.attribute.${a.code}.description` as MessageKey),
      ...(a.values && { values: a.values.map((v) => ({ key: v.key, name: v.names[lang] || v.names.ru })) }),
    })),
  };
}

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

export function presentRequest(v: Open311RequestView, lang: Lang, origin: string): Json {
  const r = v.row;
  const text = (s: string | null) => (s === null ? null : v.own ? s : redactPersonalData(s));
  const closed = isClosedStatus(r.status);
  const file = v.media && presentAttachment(v.media.attachment, v.media.own && v.trackingCode ? { trackingCode: v.trackingCode } : {});
  const fileUrl = file ? (file.urls.preview ?? file.urls.original) : null;
  return {
    service_request_id: r.id,
    status: closed ? 'closed' : 'open',
    status_notes: text(v.statusNotes),
    service_name: localName(r.item, lang),
    service_code: r.item.code,
    description: text(r.description)?.slice(0, MAX_DESCRIPTION) ?? null,
    agency_responsible: r.agency ? localName({ nameRu: r.agency.nameRu ?? '', nameKk: r.agency.nameKk ?? '', nameEn: r.agency.nameEn ?? '' }, lang) : null,
    service_notice: null,
    requested_datetime: r.createdAt.toISOString(),
    // For a closed request the standard wants the time it was closed.
    updated_datetime: iso(closed ? (r.closedAt ?? r.updatedAt) : r.updatedAt),
    expected_datetime: closed ? null : iso(r.dueAt),
    address: r.address === null ? null : v.own ? r.address : publicAddress(r.address),
    address_id: r.houseId === null ? null : String(r.houseId),
    zipcode: null,
    lat: r.lat,
    long: r.lon,
    // Our own copy of an uploaded photo (a preview without metadata), else the link the client gave.
    media_url: fileUrl ? `${origin}${fileUrl}` : r.mediaUrl,
    jauap_status: r.status,
    jauap_status_name: t(lang, `status.${r.status}` as MessageKey),
    jauap_number: r.number,
    ...(v.own && v.trackingCode && { jauap_tracking_url: trackUrl(origin, r.number, v.trackingCode) }),
  };
}

function trackUrl(origin: string, number: string, code: string): string {
  return `${origin}/track/${encodeURIComponent(number)}?code=${encodeURIComponent(code)}`;
}

/** Local time of the deployment (Kazakhstan, UTC+5), as people read a deadline. */
function localTime(d: Date): string {
  return new Date(d.getTime() + KZ_DEFAULT_SETTINGS.utcOffsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function presentCreated(s: Open311Submitted, lang: Lang, origin: string): Json {
  const executor = s.executor ? localName(s.executor, lang) : null;
  return [
    {
      service_request_id: s.id,
      // We register at once, so the id is known; the token is returned too, for clients written
      // for the deferred flow (GET tokens/{token} answers with the same id).
      token: s.token,
      service_notice: executor
        ? t(lang, 'open311.notice', { number: s.number, executor, due: localTime(s.dueAt) })
        : t(lang, 'open311.notice_line2', { number: s.number, due: localTime(s.dueAt) }),
      jauap_number: s.number,
      jauap_tracking_url: trackUrl(origin, s.number, s.trackingCode),
    },
  ];
}
