import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { fileTypeFromFile } from 'file-type';
import sharp from 'sharp';
import type { Conn } from '../db/client.ts';
import { attachments } from '../db/schema.ts';
import { AppError, unknownReference } from '../domain/errors.ts';
import type { BlobStore } from '../storage/blob-store.ts';

// Photos and videos as citizens send them from phones, and documents staff attach to answers.
// The type is read from the content, never from the name or the client's word.
export const ACCEPTED_TYPES = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/heic': 'image',
  'image/heif': 'image',
  'image/avif': 'image',
  'video/mp4': 'video',
  'video/webm': 'video',
  'video/quicktime': 'video',
  'video/3gpp': 'video',
  'video/x-m4v': 'video',
  'application/pdf': 'document',
} as const;
export type AcceptedType = keyof typeof ACCEPTED_TYPES;
export type MediaKind = (typeof ACCEPTED_TYPES)[AcceptedType];

export const PURPOSES = ['evidence', 'answer', 'document'] as const;
export type Purpose = (typeof PURPOSES)[number];

export type StoredFile = {
  fileName: string;
  mime: AcceptedType;
  size: number;
  sha256: string;
  storageKey: string;
  previewKey: string | null;
  thumbKey: string | null;
  width: number | null;
  height: number | null;
};

export type AttachmentRow = typeof attachments.$inferSelect;

// libvips keeps decoded images in a cache meant for batch jobs; a server handles one at a time.
sharp.cache(false);
sharp.concurrency(1);

const PREVIEW_PX = 1600;
const THUMB_PX = 320;

/** A file name safe to show and to put in a Content-Disposition header. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>]/g, '').trim().slice(0, 200);
  return clean || 'file';
}

/** An upload read and checked but not yet kept: a temporary file and its image renditions. */
export type StagedFile = StoredFile & { tmpPath: string; preview: Buffer | null; thumb: Buffer | null };

/**
 * Streams one upload into a temporary file: hashes while writing, refuses it when it grows past
 * the limit, reads its type from the content, and makes a preview and a thumbnail of images with
 * the metadata (EXIF, GPS) removed — those are what anyone but staff ever sees. Nothing reaches
 * the store until the request is accepted (`commitFiles`); `discardFiles` removes what is left.
 */
export async function stageFile(tmpDir: string, source: Readable, rawName: string | undefined, maxBytes: number): Promise<StagedFile> {
  const fileName = cleanFileName(rawName);
  const tmpPath = path.join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  const tooLarge = () => new AppError('FILE_TOO_LARGE', { name: fileName, maxMb: Math.floor(maxBytes / 1024 / 1024) });
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    try {
      await pipeline(source, meter, createWriteStream(tmpPath));
    } catch (err) {
      // The multipart parser reports its own size limit as an error of the stream.
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      throw err;
    }
    if ((source as { truncated?: boolean }).truncated) throw tooLarge();
    if (size === 0) throw new AppError('FILE_UNREADABLE', { name: fileName });
    const sniffed = await fileTypeFromFile(tmpPath);
    const mime = sniffed?.mime as string | undefined;
    if (!mime || !(mime in ACCEPTED_TYPES)) throw new AppError('UNSUPPORTED_FILE_TYPE', { name: fileName, type: mime ?? 'unknown' });
    const sha256 = hash.digest('hex');
    const storageKey = `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
    const r = ACCEPTED_TYPES[mime as AcceptedType] === 'image' ? await renditions(tmpPath, fileName, mime) : null;
    return {
      fileName,
      mime: mime as AcceptedType,
      size,
      sha256,
      storageKey,
      previewKey: r ? `${storageKey}.preview.webp` : null,
      thumbKey: r ? `${storageKey}.thumb.webp` : null,
      width: r?.width ?? null,
      height: r?.height ?? null,
      tmpPath,
      preview: r?.preview ?? null,
      thumb: r?.thumb ?? null,
    };
  } catch (err) {
    await fs.rm(tmpPath, { force: true });
    throw err;
  }
}

/** Keeps accepted uploads in the store (idempotent: content-addressed keys). */
export async function commitFiles(store: BlobStore, files: StagedFile[]): Promise<StoredFile[]> {
  const out: StoredFile[] = [];
  for (const f of files) {
    if (f.previewKey && f.preview) await store.putBuffer(f.previewKey, f.preview);
    if (f.thumbKey && f.thumb) await store.putBuffer(f.thumbKey, f.thumb);
    await store.putFile(f.storageKey, f.tmpPath);
    out.push({ fileName: f.fileName, mime: f.mime, size: f.size, sha256: f.sha256, storageKey: f.storageKey, previewKey: f.previewKey, thumbKey: f.thumbKey, width: f.width, height: f.height });
  }
  return out;
}

/** Removes what a refused or finished request left in the temporary folder. */
export async function discardFiles(files: StagedFile[]): Promise<void> {
  await Promise.all(files.map((f) => fs.rm(f.tmpPath, { force: true })));
}

async function renditions(file: string, name: string, mime: string) {
  try {
    const meta = await sharp(file).metadata();
    const oriented = meta.autoOrient ?? { width: meta.width, height: meta.height };
    const base = () => sharp(file, { failOn: 'error' }).rotate();
    const preview = await base().resize({ width: PREVIEW_PX, height: PREVIEW_PX, fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    const thumb = await base().resize({ width: THUMB_PX, height: THUMB_PX, fit: 'inside', withoutEnlargement: true }).webp({ quality: 70 }).toBuffer();
    return { preview, thumb, width: oriented.width ?? null, height: oriented.height ?? null };
  } catch {
    // HEIC from iPhones is valid but its codec is not in the bundled libvips: keep the original
    // for staff and show it without a preview. Anything else that will not decode is damaged.
    if (mime === 'image/heic' || mime === 'image/heif') return null;
    throw new AppError('FILE_UNREADABLE', { name });
  }
}

/**
 * Records stored files on an appeal. A file already on the appeal for the same purpose is not
 * added twice (a retried upload), and the row that exists is returned instead.
 */
export async function attachFiles(
  conn: Conn,
  appealId: string,
  files: StoredFile[],
  opts: { purpose: Purpose; public: boolean; uploadedById: number | null; eventId?: number | null; now: Date },
): Promise<AttachmentRow[]> {
  if (!files.length) return [];
  await conn
    .insert(attachments)
    .values(files.map((f) => ({ ...f, appealId, purpose: opts.purpose, public: opts.public, uploadedById: opts.uploadedById, eventId: opts.eventId ?? null, createdAt: opts.now })))
    .onConflictDoNothing();
  return conn
    .select()
    .from(attachments)
    .where(and(eq(attachments.appealId, appealId), eq(attachments.purpose, opts.purpose), inArray(attachments.sha256, files.map((f) => f.sha256))));
}

export async function countAttachments(conn: Conn, appealId: string): Promise<number> {
  const [r] = await conn.select({ n: sql<number>`count(*)::int` }).from(attachments).where(eq(attachments.appealId, appealId));
  return Number(r?.n ?? 0);
}

export async function listAttachments(conn: Conn, appealId: string): Promise<AttachmentRow[]> {
  return conn.select().from(attachments).where(eq(attachments.appealId, appealId)).orderBy(asc(attachments.createdAt), asc(attachments.id));
}

export async function getAttachment(conn: Conn, id: string): Promise<AttachmentRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await conn.select().from(attachments).where(eq(attachments.id, id));
  return row;
}

/**
 * Ties files a staff member uploaded to an appeal to the timeline event that carries them (an
 * answer): they must be on that appeal, theirs, and not yet tied to another event.
 */
export async function linkToEvent(conn: Conn, appealId: string, ids: string[], uploadedById: number, eventId: number): Promise<void> {
  if (!ids.length) return;
  const linked = await conn
    .update(attachments)
    .set({ eventId })
    .where(and(eq(attachments.appealId, appealId), inArray(attachments.id, ids), eq(attachments.uploadedById, uploadedById), isNull(attachments.eventId)))
    .returning({ id: attachments.id });
  if (linked.length !== new Set(ids).size) {
    const missing = ids.find((id) => !linked.some((l) => l.id === id)) ?? '';
    throw unknownReference('attachmentIds', missing);
  }
}

export type Variant = 'original' | 'preview' | 'thumb';

export function keyOf(row: AttachmentRow, variant: Variant): string | null {
  if (variant === 'preview') return row.previewKey;
  if (variant === 'thumb') return row.thumbKey;
  return row.storageKey;
}
