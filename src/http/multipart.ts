import type { FastifyRequest } from 'fastify';
import { discardFiles, stageFile, type StagedFile } from '../app/attachments.ts';
import { AppError } from '../domain/errors.ts';
import type { BlobStore } from '../storage/blob-store.ts';

export type MultipartBody = { fields: Record<string, string>; files: StagedFile[] };

/**
 * Reads a multipart/form-data request: text fields, and every file part streamed to a temporary
 * file as it arrives (never held whole in memory, never in the store until the caller commits
 * it). `beforeFiles` sees the fields sent before the first file (or all, when there is none):
 * the place to refuse a request — bad key, spam — before any file is read. Limits answer with
 * our codes. The caller discards the staged files when done (see discardFiles).
 */
export async function readMultipart(
  req: FastifyRequest,
  store: BlobStore,
  limits: { maxBytes: number; maxFiles: number; fileFields?: readonly string[]; beforeFiles?: (fields: Record<string, string>) => Promise<void> | void },
): Promise<MultipartBody> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(req.headers['content-type'] ?? '') });
  const fields: Record<string, string> = {};
  const files: StagedFile[] = [];
  let checked = false;
  const tmpDir = await store.tmpDir();
  try {
    const parts = req.parts({ limits: { fileSize: limits.maxBytes, files: limits.maxFiles, fields: 100, fieldSize: 64 * 1024, parts: limits.maxFiles + 100 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        // A field cut at the size limit would be read as something it is not.
        if (part.valueTruncated) throw new AppError('PAYLOAD_TOO_LARGE');
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (!checked) {
        checked = true;
        try {
          await limits.beforeFiles?.(fields);
        } catch (err) {
          part.file.resume();
          throw err;
        }
      }
      if (limits.fileFields && !limits.fileFields.includes(part.fieldname)) {
        part.file.resume();
        throw new AppError('VALIDATION_FAILED', {}, [{ path: part.fieldname, message: 'unexpected_file' }]);
      }
      files.push(await stageFile(tmpDir, part.file, part.filename, limits.maxBytes));
    }
    if (!checked) await limits.beforeFiles?.(fields);
  } catch (err) {
    await discardFiles(files);
    const code = (err as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') throw new AppError('TOO_MANY_FILES', { max: limits.maxFiles });
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('FILE_TOO_LARGE', { name: '', maxMb: Math.floor(limits.maxBytes / 1024 / 1024) });
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new AppError('PAYLOAD_TOO_LARGE');
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(req.headers['content-type'] ?? '') });
    if (err instanceof AppError) throw err;
    // A body that is not valid multipart (cut off, no boundary): the client's fault.
    if (err instanceof Error && /multipart|boundary|Unexpected end/i.test(err.message)) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'body', message: 'invalid_multipart' }]);
    throw err;
  }
  return { fields, files };
}

/** Form fields arrive as text: "true"/"1"/"on" are yes. */
export function formBool(v: string | undefined, fallback = false): boolean {
  if (v === undefined || v === '') return fallback;
  return v === 'true' || v === '1' || v === 'on' || v === 'yes';
}
