import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live. Keys are content addresses (`ab/cd/<sha256>[.variant]`), so a
 * stored key never changes: writes are idempotent and readers may cache forever.
 */
export interface BlobStore {
  /** Moves a finished temporary file into the store under `key` (a no-op if the key exists). */
  putFile(key: string, tmpPath: string): Promise<void>;
  putBuffer(key: string, data: Buffer): Promise<void>;
  size(key: string): Promise<number | null>;
  /** The bytes of `key`, or the inclusive range [start, end] of them. */
  read(key: string, range?: { start: number; end: number }): Readable;
  /** A folder for uploads in progress, on the same file system as the store when there is one. */
  tmpDir(): Promise<string>;
}

/** Blobs as files under one folder (DATA_DIR/files by default). */
export class FileBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!/^[a-z0-9/._-]+$/.test(key) || key.includes('..')) throw new Error(`bad blob key ${key}`);
    return path.join(this.root, key);
  }

  async tmpDir(): Promise<string> {
    const dir = path.join(this.root, 'tmp');
    await fs.mkdir(dir, { recursive: true });
    return dir;
  }

  async putFile(key: string, tmpPath: string): Promise<void> {
    const target = this.file(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    if ((await this.size(key)) !== null) {
      await fs.rm(tmpPath, { force: true });
      return;
    }
    // rename is atomic within one file system: a reader never sees half a file.
    await fs.rename(tmpPath, target);
  }

  async putBuffer(key: string, data: Buffer): Promise<void> {
    const target = this.file(key);
    if ((await this.size(key)) !== null) return;
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.${Date.now()}.part`;
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await fs.stat(this.file(key))).size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  read(key: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.file(key), range ? { start: range.start, end: range.end } : {});
  }
}
