import { ACCEPTED_TYPES, type AcceptedType, type AttachmentRow } from '../../app/attachments.ts';

/**
 * An attachment as a client sees it. Staff links go through the staff route (session or token);
 * the public sees only the preview and thumbnail of images (metadata removed) and the video
 * itself, through the public route, with the tracking code when the appeal is the citizen's own.
 */
export function presentAttachment(a: AttachmentRow, audience: 'staff' | { trackingCode?: string }) {
  const kind = ACCEPTED_TYPES[a.mime as AcceptedType] ?? 'document';
  const base = audience === 'staff' ? `/api/v1/attachments/${a.id}` : `/api/v1/public/attachments/${a.id}`;
  const q = audience !== 'staff' && audience.trackingCode ? `?code=${encodeURIComponent(audience.trackingCode)}` : '';
  const isPublic = audience !== 'staff';
  // Originals keep their metadata (a photo's GPS, a video's location atom, a PDF's author): staff
  // get them, the citizen gets their own videos and documents, the public only image renditions.
  const original = !isPublic || (kind !== 'image' && q !== '') ? `${base}/original${q}` : null;
  return {
    id: a.id,
    kind,
    mime: a.mime,
    fileName: a.fileName,
    size: a.size,
    width: a.width,
    height: a.height,
    purpose: a.purpose,
    ...(isPublic ? {} : { public: a.public, eventId: a.eventId, uploadedById: a.uploadedById }),
    createdAt: a.createdAt.toISOString(),
    urls: {
      original,
      preview: a.previewKey ? `${base}/preview${q}` : null,
      thumb: a.thumbKey ? `${base}/thumb${q}` : null,
    },
  };
}
