// Where attachment bytes live: one small interface, a disk store (default) and an S3 store, so that
// several server instances can share files. Keys are made by the server, never taken from a user.
import type { Readable } from 'node:stream';
import type { Config } from '../config.ts';
import { DiskFileStore } from './disk-store.ts';

export interface StoredFile {
  body: Readable;
  size: number;
}

export interface FileStore {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file, or null when no file has that key. */
  get(key: string): Promise<StoredFile | null>;
  /** The file's bytes in one buffer of its size (a bank file read whole), or null when no file has that key. */
  bytes(key: string): Promise<Buffer | null>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9]+(?:[/-][a-z0-9]+)*$/;

/** Keys look like `2026/11/3f1c…-thumbnail`: nothing that could climb out of a folder. */
export function assertKey(key: string): void {
  if (!KEY.test(key) || key.length > 200) throw new Error(`not a file key: ${JSON.stringify(key)}`);
}

export function createFileStore(config: Config['files']): FileStore {
  return config.provider === 's3' ? lazyS3Store(config) : new DiskFileStore(config.dir);
}

/** The S3 store, its SDK (~11 MB resident) loaded at the first file rather than by every server (decision 0026). */
function lazyS3Store(config: Extract<Config['files'], { provider: 's3' }>): FileStore {
  let store: Promise<FileStore> | undefined;
  const s3 = () => (store ??= import('./s3-store.ts').then(({ S3FileStore }) => new S3FileStore(config)));
  return {
    put: async (key, data, contentType) => (await s3()).put(key, data, contentType),
    get: async (key) => (await s3()).get(key),
    bytes: async (key) => (await s3()).bytes(key),
    delete: async (key) => (await s3()).delete(key),
  };
}

/**
 * A stored file's bytes in one buffer of its size, each chunk copied in as it comes: not the chunks
 * and their concatenation at once, which for a bank file of 40 MB is 80 MB at the peak. A file that
 * turns out longer or shorter than its size is an error, not a cut or padded buffer.
 */
export async function readWhole(file: StoredFile): Promise<Buffer> {
  const whole = Buffer.allocUnsafe(file.size);
  let at = 0;
  for await (const chunk of file.body as AsyncIterable<Buffer>) {
    if (at + chunk.length > file.size) throw new Error(`the stored file is longer than its ${file.size} bytes`);
    chunk.copy(whole, at);
    at += chunk.length;
  }
  if (at !== file.size) throw new Error(`the stored file has ${at} of its ${file.size} bytes`);
  return whole;
}
