// The demo catalogue's pictures (server/demo/pictures/*.svg, drawn for the project: SOURCES.md there),
// rendered to PNG and stored through the upload's checks (cleanUpload: redrawn, a WebP thumbnail), then
// given to their options. Runs after seeding where the file store is at hand (the web process and
// demo:reset), as the signed leases do; the test templates have none.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../db/client.ts';
import type { FileStore } from '../files/store.ts';
import * as t from '../db/schema/index.ts';
import { cleanUpload } from '../files/clean.ts';
import { demoOptionGroups } from './options.ts';
import { fromRoot } from '../paths.ts';

const folder = fromRoot('server/demo/pictures');

export async function seedDemoOptionPictures(db: Db, files: FileStore, now: Date): Promise<number> {
  const [admin] = await db.select({ id: t.staffUsers.id }).from(t.staffUsers).where(eq(t.staffUsers.email, 'admin@exempel.se'));
  const stored = new Map<string, { storageKey: string; thumbnailKey: string; size: number }>();
  let made = 0;
  for (const group of demoOptionGroups) {
    for (const option of group.options) {
      const [row] = await db.select({ id: t.options.id }).from(t.options).where(eq(t.options.name, option.name));
      if (!row) continue;
      for (const [i, picture] of option.pictures.entries()) {
        let file = stored.get(picture);
        if (!file) {
          const png = await sharp(readFileSync(path.join(folder, `${picture}.svg`))).png().toBuffer();
          const clean = await cleanUpload(png, `${picture}.png`);
          const storageKey = `demo/tillval/${picture}`;
          await files.put(storageKey, clean.data, clean.contentType);
          await files.put(`${storageKey}-thumbnail`, clean.thumbnail!, 'image/webp');
          file = { storageKey, thumbnailKey: `${storageKey}-thumbnail`, size: clean.data.length };
          stored.set(picture, file);
        }
        // One attachment row per option picture (option_pictures.attachment_id is unique); the bytes are shared.
        const id = randomUUID();
        await db.insert(t.attachments).values({
          id, storageKey: file.storageKey, thumbnailKey: file.thumbnailKey, filename: `${picture}.png`, contentType: 'image/png', size: file.size,
          uploadedByStaffId: admin?.id ?? null, createdAt: now, attachedAt: now,
        });
        await db.insert(t.optionPictures).values({ optionId: row.id, attachmentId: id, sortOrder: i });
        made++;
      }
    }
  }
  return made;
}
