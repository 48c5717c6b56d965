import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import parseRange from 'range-parser';
import { notFound } from '../domain/errors.ts';
import type { BlobStore } from '../storage/blob-store.ts';

/**
 * Streams a stored blob with HTTP range support (video players seek with `Range: bytes=…`).
 * Content-addressed keys never change, so the ETag is the key and clients may cache; `private`
 * keeps shared caches from holding what is not public.
 */
export async function sendBlob(
  req: FastifyRequest,
  reply: FastifyReply,
  store: BlobStore,
  key: string,
  opts: { mime: string; fileName: string; inline: boolean; public: boolean },
): Promise<FastifyReply> {
  const size = await store.size(key);
  if (size === null) throw notFound('attachment');
  // Not the key itself: that is the SHA-256 of the original, which a preview must not reveal.
  const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;
  reply
    .header('accept-ranges', 'bytes')
    .header('etag', etag)
    // Public copies may be withdrawn (the citizen, or a moderator): shared caches keep them an hour.
    .header('cache-control', opts.public ? 'public, max-age=3600' : 'private, max-age=31536000, immutable')
    .header('x-content-type-options', 'nosniff')
    // A file is never a page of ours: no scripts run from it even if a browser were fooled.
    .header('content-security-policy', "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox")
    .header('content-disposition', `${opts.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(opts.fileName)}`)
    .type(opts.mime);
  if (req.headers['if-none-match'] === etag) return reply.status(304).send();
  const header = req.headers.range;
  if (header) {
    const ranges = parseRange(size, header, { combine: true });
    if (ranges === -1) return reply.status(416).header('content-range', `bytes */${size}`).send();
    // One range is what players ask for; several (rare) are answered with the whole file.
    if (ranges !== -2 && ranges.length === 1 && ranges.type === 'bytes') {
      const r = ranges[0]!;
      return reply
        .status(206)
        .header('content-range', `bytes ${r.start}-${r.end}/${size}`)
        .header('content-length', r.end - r.start + 1)
        .send(await store.read(key, r));
    }
  }
  return reply.header('content-length', size).send(await store.read(key));
}
