// A bank file is read whole when it arrives (so that a malformed one is refused in the answer) and its
// import runs as a job right after, mostly in the same process. The reading is kept here for that job,
// by the bytes' SHA-256, so that 50,000 payments are not parsed twice (about 3 s of CPU). The job takes
// it once; a retry, another process or a restart reads the stored bytes again, as before. At most two
// readings are kept, each for a quarter of an hour, so that memory stays bounded.
import type { ReadBankFile } from './read-bank-file.ts';

type Read = Extract<ReadBankFile, { ok: true }>;

const KEEP = 2;
const KEEP_MS = 15 * 60 * 1000;
const readings = new Map<string, { read: Read; until: number }>();

export function keepReading(sha256: string, read: Read, now: Date): void {
  readings.delete(sha256);
  readings.set(sha256, { read, until: now.getTime() + KEEP_MS });
  for (const key of readings.keys()) {
    if (readings.size <= KEEP) break;
    readings.delete(key);
  }
}

/** The reading kept for these bytes, once: it is forgotten as it is taken. */
export function takeReading(sha256: string, now: Date): Read | null {
  const kept = readings.get(sha256);
  readings.delete(sha256);
  return kept && kept.until > now.getTime() ? kept.read : null;
}
