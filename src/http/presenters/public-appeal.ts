import type { AttachmentRow } from '../../app/attachments.ts';
import { isOpenStatus, type PublicAppealRow, type PublicView } from '../../app/public-appeals.ts';
import { publicAddress, redactPersonalData } from '../../domain/identity.ts';
import type { Lang } from '../../domain/types.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { presentAttachment } from './attachment.ts';
import { localName } from './common.ts';

/**
 * An appeal as the public sees it: no citizen, no staff names, no internal steps, and free
 * text with phones, IINs and e-mail addresses removed. Its own citizen (tracking code) reads
 * their text and the answers unredacted — they wrote it and it was written to them.
 */
export function presentPublicAppeal(row: PublicAppealRow, files: AttachmentRow[], lang: Lang, own: { trackingCode: string } | null) {
  const text = (s: string | null) => (s === null ? null : own ? s : redactPersonalData(s));
  return {
    number: row.number,
    status: row.status,
    statusLabel: t(lang, `status.${row.status}` as MessageKey),
    open: isOpenStatus(row.status),
    kind: row.kind,
    category: row.item?.id ? { id: row.item.id, code: row.item.code, name: localName(row.item, lang) } : null,
    district: row.district?.id ? { id: row.district.id, name: localName(row.district, lang) } : null,
    address: row.address === null ? null : own ? row.address : publicAddress(row.address),
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    description: text(row.description),
    answer: text(row.resolution),
    rating: row.rating,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    attachments: files.map((f) => presentAttachment(f, own ? { trackingCode: own.trackingCode } : {})),
  };
}

export function presentPublicView(v: PublicView, lang: Lang) {
  const own = v.own && v.trackingCode ? { trackingCode: v.trackingCode } : null;
  return {
    ...presentPublicAppeal(v.row, v.attachments, lang, own),
    own: v.own,
    public: v.row.public,
    ratingComment: v.own ? v.row.ratingComment : null,
    timeline: v.timeline.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      label: t(lang, `public.event.${e.action}` as MessageKey),
      status: e.toStatus,
      comment: e.comment === null ? null : own ? e.comment : redactPersonalData(e.comment),
      attachmentIds: e.attachmentIds.filter((id) => v.attachments.some((a) => a.id === id)),
    })),
    canRate: v.canRate,
    canReopen: v.canReopen,
    reopenUntil: v.canReopen && v.reopenUntil ? v.reopenUntil.toISOString() : null,
  };
}
