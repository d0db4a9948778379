// HEIC (iPhone photos) decoded off the event loop, one photo at a time per worker.
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { fromRoot } from '../paths.ts';

interface Decoded { width: number; height: number; pixels: Uint8Array }

let pool: Piscina | null = null;

function workers(): Piscina {
  // Started on first use and stopped when idle: most servers never see a HEIC file.
  pool ??= new Piscina({ filename: pathToFileURL(fromRoot('server/files/heic-worker.mjs')).href, minThreads: 0, maxThreads: 2, idleTimeout: 30_000 });
  return pool;
}

/** Refuses (before unpacking) a photo with more than `maxPixels` pixels. */
export async function decodeHeic(data: Buffer, maxPixels: number): Promise<Decoded> {
  return (await workers().run({ data, maxPixels })) as Decoded;
}

export async function stopHeicWorkers(): Promise<void> {
  const running = pool;
  pool = null;
  await running?.destroy();
}
