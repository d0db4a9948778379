// Where attachment bytes live: one small interface, a disk store (default) and an S3 store, so that
// several server instances can share files. Keys are made by the server, never taken from a user.
import type { Readable } from 'node:stream';
import type { Config } from '../config.ts';
import { DiskFileStore } from './disk-store.ts';
import { S3FileStore } from './s3-store.ts';

export interface StoredFile {
  body: Readable;
  size: number;
}

export interface FileStore {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file, or null when no file has that key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9]+(?:[/-][a-z0-9]+)*$/;

/** Keys look like `2026/11/3f1c…-thumbnail`: nothing that could climb out of a folder. */
export function assertKey(key: string): void {
  if (!KEY.test(key) || key.length > 200) throw new Error(`not a file key: ${JSON.stringify(key)}`);
}

export function createFileStore(config: Config['files']): FileStore {
  return config.provider === 's3' ? new S3FileStore(config) : new DiskFileStore(config.dir);
}
