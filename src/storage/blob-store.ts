import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type * as S3Sdk from '@aws-sdk/client-s3';

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
  read(key: string, range?: { start: number; end: number }): Promise<Readable>;
  /** A folder for uploads in progress, on the same file system as the store when there is one. */
  tmpDir(): Promise<string>;
}

/** Blobs as files under one folder (DATA_DIR/files by default). */
export class FileBlobStore implements BlobStore {
  constructor(readonly root: string) {}

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

  read(key: string, range?: { start: number; end: number }): Promise<Readable> {
    return Promise.resolve(createReadStream(this.file(key), range ? { start: range.start, end: range.end } : {}));
  }
}

export type S3Settings = { bucket: string; endpoint: string | undefined; region: string; accessKeyId: string | undefined; secretAccessKey: string | undefined; forcePathStyle: boolean; prefix: string };

/**
 * Blobs in an S3-compatible store (AWS S3, MinIO, Ceph, Yandex/VK/PS clouds): for deployments
 * where app servers keep no state on disk. Uploads in progress still go to a local temporary
 * folder, where they are hashed and sniffed before anything is sent.
 */
export class S3BlobStore implements BlobStore {
  private constructor(
    private readonly s3: S3Sdk.S3Client,
    private readonly sdk: typeof S3Sdk,
    private readonly settings: S3Settings,
  ) {}

  /** The SDK is loaded only when S3 is configured. */
  static async open(settings: S3Settings): Promise<S3BlobStore> {
    const sdk = await import('@aws-sdk/client-s3');
    const s3 = new sdk.S3Client({
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      // Checksums only where S3 demands them: many S3-compatible stores do not understand the
      // streaming (aws-chunked) checksums the SDK would otherwise add to every upload.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(settings.endpoint && { endpoint: settings.endpoint }),
      ...(settings.accessKeyId && settings.secretAccessKey && { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }),
    });
    return new S3BlobStore(s3, sdk, settings);
  }

  private key(key: string): string {
    if (!/^[a-z0-9/._-]+$/.test(key) || key.includes('..')) throw new Error(`bad blob key ${key}`);
    return `${this.settings.prefix}${key}`;
  }

  async tmpDir(): Promise<string> {
    const dir = path.join(os.tmpdir(), 'jauap-uploads');
    await fs.mkdir(dir, { recursive: true });
    return dir;
  }

  async putFile(key: string, tmpPath: string): Promise<void> {
    try {
      if ((await this.size(key)) !== null) return;
      const { size } = await fs.stat(tmpPath);
      await this.s3.send(new this.sdk.PutObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key), Body: createReadStream(tmpPath), ContentLength: size }));
    } finally {
      await fs.rm(tmpPath, { force: true });
    }
  }

  async putBuffer(key: string, data: Buffer): Promise<void> {
    if ((await this.size(key)) !== null) return;
    await this.s3.send(new this.sdk.PutObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key), Body: data, ContentLength: data.length }));
  }

  async size(key: string): Promise<number | null> {
    try {
      const head = await this.s3.send(new this.sdk.HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
      return head.ContentLength ?? 0;
    } catch (err) {
      if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw err;
    }
  }

  async read(key: string, range?: { start: number; end: number }): Promise<Readable> {
    const r = await this.s3.send(new this.sdk.GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key), ...(range && { Range: `bytes=${range.start}-${range.end}` }) }));
    return r.Body as Readable;
  }

  close(): void {
    this.s3.destroy();
  }
}

/** The store the configuration names: S3 when S3_BUCKET is set, else files under DATA_DIR. */
export async function openBlobStore(config: { dataDir: string; s3: S3Settings | null }): Promise<BlobStore> {
  return config.s3 ? S3BlobStore.open(config.s3) : new FileBlobStore(path.join(config.dataDir, 'files'));
}
