// What the file use cases share: their dependencies and the removal of stored bytes.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import type { FileStore } from '../../files/store.ts';

export interface FileDeps { db: Db; files: FileStore; clock: Clock }

export async function removeFiles(files: FileStore, rows: { storageKey: string; thumbnailKey: string | null }[]): Promise<void> {
  await Promise.all(rows.flatMap((r) => [r.storageKey, ...(r.thumbnailKey ? [r.thumbnailKey] : [])]).map((key) => files.delete(key)));
}
