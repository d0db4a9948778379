import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { lastMessageTo } from '../support/mailbox.ts';
import { attachments, cases, customers } from '../../server/db/schema/index.ts';
import { removeStaleUploads } from '../../server/usecases/attachments/remove-stale-uploads.ts';
import { uploadFile } from '../../server/usecases/attachments/upload-file.ts';
import type { FileStore } from '../../server/files/store.ts';
import { tenantUsers } from '../../server/db/schema/index.ts';

let t: TestApp;
let lisa: Client;
let bo: Client;
let karin: Client;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
});
afterAll(async () => { await t?.close(); });

/** A photo as a phone takes it: EXIF with the camera and the GPS position where it was taken. */
async function photoWithPosition(width = 800, height = 600, format: 'jpeg' | 'png' | 'webp' = 'jpeg'): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 90, b: 40 } } })
    .withExif({ IFD0: { Make: 'Telefon', Model: 'Kamera 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '57/1 42/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '11/1 58/1 12/1' } });
  return (format === 'png' ? image.png() : format === 'webp' ? image.webp() : image.jpeg()).toBuffer();
}
const heic = readFileSync(path.resolve('tests/fixtures/photo-with-gps.heic'));
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const category = { category: 'fault', leaseId: null, rentalObjectId: null, spaceId: null };

async function upload(c: Client, data: Buffer, name: string, side: 'portal' | 'backoffice' = 'portal') {
  const res = await c.upload(`/api/${side}/uploads`, data, name);
  expect(res.status, res.raw).toBe(201);
  return res.body.attachment as { id: string; filename: string; contentType: string; size: number; url: string; thumbnailUrl: string | null };
}

describe('uploads', () => {
  it('takes a phone photo, removes where it was taken, and serves it only as what it is', async () => {
    const original = await photoWithPosition(4000, 3000);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const file = await upload(lisa, original, 'IMG_0042.JPG');
    expect(file).toMatchObject({ filename: 'IMG_0042.jpg', contentType: 'image/jpeg', url: `/api/portal/attachments/${file.id}`, thumbnailUrl: `/api/portal/attachments/${file.id}?size=thumbnail` });

    const got = await lisa.get(file.url);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toBe(`attachment; filename="IMG_0042.jpg"; filename*=UTF-8''IMG_0042.jpg`);
    const stored = await sharp(got.bytes).metadata();
    expect(stored.exif).toBeUndefined();
    expect([stored.width, stored.height]).toEqual([2560, 1920]); // at most 2560 px on the long side
    expect(got.bytes.length).toBe(file.size);

    const thumbnail = await lisa.get(file.thumbnailUrl!);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumbnail.bytes).metadata()).width).toBe(480);
    // unchanged since last time: the browser's copy is still good
    expect((await lisa.request('GET', file.url, undefined, { 'if-none-match': String(got.headers.etag) })).status).toBe(304);
  });

  it('takes a detailed photo of several megabytes (the API body limit of 1 MB is not the file limit)', async () => {
    const noise = Buffer.alloc(3000 * 2000 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const big = await sharp(noise, { raw: { width: 3000, height: 2000, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    const file = await upload(lisa, big, 'detalj.jpg');
    expect((await sharp((await lisa.get(file.url)).bytes).metadata()).width).toBe(2560);
  });

  it('turns an iPhone HEIC photo into a JPEG without its metadata', async () => {
    const file = await upload(lisa, heic, 'IMG_4711.HEIC');
    expect(file).toMatchObject({ filename: 'IMG_4711.jpg', contentType: 'image/jpeg' });
    const got = await lisa.get(file.url);
    const meta = await sharp(got.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(meta.exif).toBeUndefined();
  });

  it('judges a file by its content, not its name', async () => {
    const png = await upload(lisa, await photoWithPosition(100, 80, 'png'), 'faktura.pdf');
    expect(png).toMatchObject({ filename: 'faktura.png', contentType: 'image/png' });
    expect((await sharp((await lisa.get(png.url)).bytes).metadata()).exif).toBeUndefined();
    const webp = await upload(lisa, await photoWithPosition(100, 80, 'webp'), 'bild');
    expect(webp).toMatchObject({ filename: 'bild.webp', contentType: 'image/webp' });
    const document = await upload(lisa, pdf, '../../etc/Hyresavi <b>.PDF');
    expect(document).toMatchObject({ filename: 'Hyresavi b.pdf', contentType: 'application/pdf', thumbnailUrl: null, size: pdf.length });
    const got = await lisa.get(document.url);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.bytes.equals(pdf)).toBe(true);

    const script = await lisa.upload('/api/portal/uploads', Buffer.from('<script>alert(1)</script>'), 'foto.jpg', 'image/jpeg');
    expect(script.status).toBe(415);
    expect(script.body.error).toEqual({ code: 'UNSUPPORTED_FILE_TYPE', message: 'Filtypen stöds inte. Bifoga PDF, JPEG, PNG, WebP eller HEIC.' });
    const english = new Client(t.app, 'en'); await english.loginTenant('lunden', 'Lunden#2026');
    const gif = await english.upload('/api/portal/uploads', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'anim.gif');
    expect(gif.status).toBe(415);
    expect(gif.body.error.message).toBe('That type of file is not supported. Attach PDF, JPEG, PNG, WebP or HEIC.');
  });

  it('refuses files over 10 MB, broken pictures and empty requests in words, and keeps nothing', async () => {
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(attachments);
    const big = Buffer.concat([await photoWithPosition(10, 10), Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await lisa.upload('/api/portal/uploads', big, 'stor.jpg');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error).toEqual({ code: 'FILE_TOO_LARGE', message: 'Filen är större än 10 MB. Välj en mindre fil.' });

    const jpegStart = (await photoWithPosition(10, 10)).subarray(0, 40);
    const broken = await lisa.upload('/api/portal/uploads', Buffer.concat([jpegStart, Buffer.alloc(200, 7)]), 'trasig.jpg');
    expect(broken.status).toBe(422);
    expect(broken.body.error.code).toBe('FILE_UNREADABLE');

    expect((await lisa.upload('/api/portal/uploads', pdf, 'a.pdf', 'application/pdf', 'document')).body.error.code).toBe('NO_FILE');
    const json = await lisa.post('/api/portal/uploads', { file: 'x' });
    expect(json.status).toBe(400);
    expect(json.body.error.code).toBe('NO_FILE');
    expect(await t.database.db.select({ n: sql<number>`count(*)::int` }).from(attachments)).toEqual(before);
  });

  it('takes one file per request, and says so, and a body cut short is a 400 in words, not a 500', async () => {
    const send = async (build: (form: FormData) => void) => {
      const form = new FormData();
      build(form);
      const encoded = new globalThis.Response(form);
      return lisa.request('POST', '/api/portal/uploads', Buffer.from(await encoded.arrayBuffer()), { 'content-type': encoded.headers.get('content-type')! });
    };
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(attachments);
    const two = await send((f) => { f.append('file', new Blob([pdf]), 'a.pdf'); f.append('file', new Blob([pdf]), 'b.pdf'); });
    expect(two.status).toBe(400);
    expect(two.body.error).toEqual({ code: 'ONE_FILE_PER_UPLOAD', message: 'Skicka en fil i taget, i fältet file.' });
    const withField = await send((f) => { f.append('file', new Blob([pdf]), 'a.pdf'); f.append('note', 'x'); });
    expect(withField.body.error.code).toBe('ONE_FILE_PER_UPLOAD');
    expect((await send((f) => { f.append('note', 'x'); f.append('file', new Blob([pdf]), 'a.pdf'); })).body.error.code).toBe('ONE_FILE_PER_UPLOAD');
    // FormData leaves an empty file name out: the part then arrives as a file without a name (octet-stream)
    // or as text (any other type), and an empty filename="" is no better. Each is told what is missing.
    const nameless = await send((f) => { f.append('file', new Blob([pdf]), ''); });
    expect(nameless.body.error).toEqual({ code: 'FILE_NAME_MISSING', message: 'Filen saknar filnamn. Skicka den som en fil med namn, i fältet file.' });
    expect((await send((f) => { f.append('file', new Blob([pdf], { type: 'application/pdf' }), ''); })).body.error.code).toBe('FILE_NAME_MISSING');
    const emptyName = await lisa.request('POST', '/api/portal/uploads', Buffer.from('--xyz\r\nContent-Disposition: form-data; name="file"; filename=""\r\n\r\n%PDF-1.4\r\n--xyz--\r\n'), { 'content-type': 'multipart/form-data; boundary=xyz' });
    expect(emptyName.body.error.code).toBe('FILE_NAME_MISSING');
    const cut = await lisa.request('POST', '/api/portal/uploads', Buffer.from('--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF'), { 'content-type': 'multipart/form-data; boundary=xyz' });
    expect(cut.status).toBe(400);
    expect(cut.body.error).toEqual({ code: 'UPLOAD_INCOMPLETE', message: 'Filen kom inte fram hel. Försök igen.' });
    const garbage = await lisa.request('POST', '/api/portal/uploads', Buffer.from('garbage'), { 'content-type': 'multipart/form-data; boundary=xyz' });
    expect(garbage.status).toBe(400);
    expect(await t.database.db.select({ n: sql<number>`count(*)::int` }).from(attachments)).toEqual(before);
  });

  it('is only for logged-in tenants and staff who work with cases', async () => {
    const anonymous = new Client(t.app);
    expect((await anonymous.upload('/api/portal/uploads', pdf, 'a.pdf')).status).toBe(401);
    const ekonomi = new Client(t.app); await ekonomi.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
    expect((await ekonomi.upload('/api/backoffice/uploads', pdf, 'a.pdf')).status).toBe(403);
    // a tenant session is not a staff session, nor the other way round
    expect((await lisa.upload('/api/backoffice/uploads', pdf, 'a.pdf')).status).toBe(403);
    expect((await karin.upload('/api/portal/uploads', pdf, 'a.pdf')).status).toBe(403);
  });
});

describe('attachments on cases', () => {
  it('go with a new case, a tenant message (a photo alone is a message), a staff reply and an internal note', async () => {
    const photo = await upload(lisa, await photoWithPosition(), 'kran.jpg');
    const document = await upload(lisa, pdf, 'kvitto.pdf');
    const created = await lisa.post('/api/portal/cases', { ...category, title: 'Droppande kran', description: 'Kranen i köket droppar.', attachmentIds: [photo.id, document.id] });
    expect(created.status).toBe(201);
    const caseId = created.body.case.id as string;
    expect(created.body.case.attachments.map((a: { filename: string }) => a.filename)).toEqual(['kran.jpg', 'kvitto.pdf']);

    const more = await upload(lisa, heic, 'IMG_1.heic');
    const photoOnly = await lisa.post(`/api/portal/cases/${caseId}/messages`, { body: '', attachmentIds: [more.id] });
    expect(photoOnly.status).toBe(201);
    expect(photoOnly.body.case.messages.at(-1)).toMatchObject({ body: '', attachments: [{ filename: 'IMG_1.jpg' }] });
    expect((await lisa.post(`/api/portal/cases/${caseId}/messages`, { body: '  ', attachmentIds: [] })).status).toBe(400);

    const drawing = await upload(karin, pdf, 'ritning.pdf', 'backoffice');
    const reply = await karin.post(`/api/backoffice/cases/${caseId}/messages`, { body: 'Här är ritningen.', internal: false, attachmentIds: [drawing.id] });
    expect(reply.status).toBe(201);
    const staffFile = reply.body.case.messages.at(-1).attachments[0];
    expect(staffFile.url).toBe(`/api/backoffice/attachments/${drawing.id}`);
    expect((await lisa.get(`/api/portal/attachments/${drawing.id}`)).status).toBe(200);
    const mail = await lastMessageTo(t.database, 'lisa@cafelunden.se');
    expect(mail.subject).toContain('Droppande kran');

    const secret = await upload(karin, pdf, 'offert-intern.pdf', 'backoffice');
    expect((await karin.post(`/api/backoffice/cases/${caseId}/messages`, { body: 'Offert från rörmokaren.', internal: true, attachmentIds: [secret.id] })).status).toBe(201);
    // staff see every file; the tenant never sees a file on an internal note, by list or by id
    const staffView = (await karin.get(`/api/backoffice/cases/${caseId}`)).body.case;
    expect(staffView.attachments).toHaveLength(2);
    expect(staffView.messages.flatMap((m: { attachments: { id: string }[] }) => m.attachments.map((a) => a.id))).toEqual([more.id, drawing.id, secret.id]);
    expect((await karin.get(staffView.attachments[0].url)).status).toBe(200);
    const tenantView = (await lisa.get(`/api/portal/cases/${caseId}`)).body.case;
    expect(JSON.stringify(tenantView)).not.toContain(secret.id);
    expect(tenantView.messages.flatMap((m: { attachments: { id: string }[] }) => m.attachments.map((a) => a.id))).toEqual([more.id, drawing.id]);
    expect(tenantView.attachments[0].url).toBe(`/api/portal/attachments/${photo.id}`);
    expect((await lisa.get(`/api/portal/attachments/${secret.id}`)).status).toBe(404);
  });

  it("never lets a tenant read, discard or attach another customer's file (404), and attaches nothing then", async () => {
    const photo = await upload(lisa, await photoWithPosition(), 'lundens.jpg');
    const caseId = (await lisa.post('/api/portal/cases', { ...category, title: 'Trasig lampa', description: 'Lampan i entrén.', attachmentIds: [photo.id] })).body.case.id as string;
    const pending = await upload(lisa, pdf, 'ej-skickad.pdf');

    for (const id of [photo.id, pending.id]) {
      expect((await bo.get(`/api/portal/attachments/${id}`)).status).toBe(404);
      expect((await bo.get(`/api/portal/attachments/${id}?size=thumbnail`)).status).toBe(404);
    }
    expect((await bo.delete(`/api/portal/uploads/${pending.id}`)).status).toBe(404);
    const casesBefore = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(cases);
    const stolen = await bo.post('/api/portal/cases', { ...category, title: 'Min', description: 'Med Lundens fil.', attachmentIds: [pending.id] });
    expect(stolen.status).toBe(404);
    expect(stolen.body.error.details).toEqual({ field: 'attachmentIds' });
    expect(await t.database.db.select({ n: sql<number>`count(*)::int` }).from(cases)).toEqual(casesBefore);
    const own = (await bo.post('/api/portal/cases', { ...category, title: 'Eget', description: 'Bygg', attachmentIds: [] })).body.case.id as string;
    expect((await bo.post(`/api/portal/cases/${own}/messages`, { body: 'Se bilaga', attachmentIds: [pending.id] })).status).toBe(404);
    expect((await bo.post(`/api/portal/cases/${caseId}/messages`, { body: 'Hej' })).status).toBe(404);
    // the file is still Lunden's, unattached, and Lunden can still send it
    expect((await lisa.post(`/api/portal/cases/${caseId}/messages`, { body: 'Kvittot', attachmentIds: [pending.id] })).status).toBe(201);
    // a staff member's upload is not a tenant's to attach either
    const staffUpload = await upload(karin, pdf, 'intern.pdf', 'backoffice');
    expect((await lisa.post(`/api/portal/cases/${caseId}/messages`, { body: 'x', attachmentIds: [staffUpload.id] })).status).toBe(404);
    expect((await lisa.get(`/api/portal/attachments/${staffUpload.id}`)).status).toBe(404);
    // staff cannot reach a tenant's upload that was never sent
    const tenantPending = await upload(lisa, pdf, 'utkast.pdf');
    expect((await karin.get(`/api/backoffice/attachments/${tenantPending.id}`)).status).toBe(404);
  });

  it('does one thing on a double submit, and holds at most 10 files', async () => {
    const photo = await upload(lisa, await photoWithPosition(), 'a.jpg');
    const body = { ...category, title: 'Dubbelklick', description: 'Skickat två gånger.', attachmentIds: [photo.id] };
    expect((await lisa.post('/api/portal/cases', body)).status).toBe(201);
    expect((await lisa.post('/api/portal/cases', body)).status).toBe(404);
    expect(await t.database.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(eq(cases.title, 'Dubbelklick'))).toEqual([{ n: 1 }]);

    const ids = Array.from({ length: 11 }, () => crypto.randomUUID());
    const tooMany = await lisa.post('/api/portal/cases', { ...body, attachmentIds: ids });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toEqual({ code: 'TOO_MANY_ATTACHMENTS', message: 'Du kan bifoga högst 10 filer.' });
    expect((await lisa.post('/api/portal/cases', { ...body, attachmentIds: [photo.id, photo.id] })).body.error.code).toBe('TOO_MANY_ATTACHMENTS');
  });

  it('lets an upload be discarded, and removes uploads nobody sent within a day', async () => {
    const discarded = await upload(lisa, await photoWithPosition(), 'fel-bild.jpg');
    const row = (await t.database.db.select().from(attachments).where(eq(attachments.id, discarded.id)))[0]!;
    const onDisk = path.join(t.config.dataDir, 'files', ...row.storageKey.split('/'));
    expect((await stat(onDisk)).size).toBe(discarded.size);
    expect((await lisa.delete(`/api/portal/uploads/${discarded.id}`)).status).toBe(204);
    expect((await lisa.get(discarded.url)).status).toBe(404);
    await expect(stat(onDisk)).rejects.toThrow(/ENOENT/);

    const forgotten = await upload(lisa, pdf, 'glomd.pdf');
    const sent = await upload(lisa, pdf, 'skickad.pdf');
    const caseId = (await lisa.post('/api/portal/cases', { ...category, title: 'Kvar', description: 'Med fil.', attachmentIds: [sent.id] })).body.case.id as string;
    await removeStaleUploads({ db: t.database.db, files: t.files, clock: t.clock }, new Date(Date.now() + 25 * 3600_000));
    expect((await lisa.get(forgotten.url)).status).toBe(404);
    expect((await lisa.get(sent.url)).status).toBe(200);
    expect((await lisa.get(`/api/portal/cases/${caseId}`)).body.case.attachments).toHaveLength(1);
  });
});

describe('attachments on notices', () => {
  it("reach the notice's customers through their related case, and no one else", async () => {
    const lunden = (await t.database.db.select().from(customers).where(eq(customers.name, 'Café Lunden AB')))[0]!;
    const plan = await upload(karin, pdf, 'Avstängning vatten.pdf', 'backoffice');
    const sent = await karin.post('/api/backoffice/notices', { title: 'Vattnet stängs av', text: 'Vattnet stängs av på tisdag 9-12.', audience: { kind: 'customers', ids: [lunden.id] }, attachmentIds: [plan.id] });
    expect(sent.status).toBe(201);
    const notice = (await karin.get(`/api/backoffice/notices/${sent.body.id}`)).body.notice;
    expect(notice.attachments).toMatchObject([{ filename: 'Avstängning vatten.pdf', url: `/api/backoffice/attachments/${plan.id}` }]);

    const related = (await t.database.db.select().from(cases).where(and(eq(cases.noticeId, sent.body.id), eq(cases.customerId, lunden.id))))[0]!;
    const view = (await lisa.get(`/api/portal/cases/${related.id}`)).body.case;
    expect(view.attachments).toMatchObject([{ filename: 'Avstängning vatten.pdf', url: `/api/portal/attachments/${plan.id}` }]);
    const got = await lisa.get(view.attachments[0].url);
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toBe(`attachment; filename="Avstangning vatten.pdf"; filename*=UTF-8''Avst%C3%A4ngning%20vatten.pdf`);
    expect((await bo.get(view.attachments[0].url)).status).toBe(404);
    const mail = await lastMessageTo(t.database, 'lisa@cafelunden.se');
    expect(mail.text).toContain('Utskicket har en bilaga som du hittar på Mina sidor.');
  });
});

describe('storage failures', () => {
  it('keep nothing when the file store refuses the bytes', async () => {
    const broken: FileStore = {
      put: async () => { throw new Error('disk full'); },
      get: async () => null,
      bytes: async () => null,
      delete: async () => undefined,
    };
    const user = (await t.database.db.select().from(tenantUsers).where(eq(tenantUsers.username, 'lunden')))[0]!;
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(attachments);
    await expect(uploadFile({ db: t.database.db, files: broken, clock: t.clock }, { kind: 'tenant', userId: user.id }, { data: pdf, filename: 'a.pdf' })).rejects.toThrow('disk full');
    expect(await t.database.db.select({ n: sql<number>`count(*)::int` }).from(attachments)).toEqual(before);
  });
});

describe('limits', () => {
  it('holds at most 30 unsent uploads per user, and a discarded one makes room', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await upload(bo, pdf, `fil-${i}.pdf`)).id);
    const over = await bo.upload('/api/portal/uploads', pdf, 'en-till.pdf');
    expect(over.status).toBe(429);
    expect(over.body.error).toEqual({ code: 'TOO_MANY_UPLOADS', message: 'Du har laddat upp många filer som inte har skickats. Skicka eller ta bort några först.' });
    expect((await bo.delete(`/api/portal/uploads/${ids[0]}`)).status).toBe(204);
    expect((await bo.upload('/api/portal/uploads', pdf, 'en-till.pdf')).status).toBe(201);
  });
});

describe('upload rate', () => {
  it('is limited per user, not per address', async () => {
    const limited = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000', UPLOAD_RATE_LIMIT_MAX: '2' } });
    try {
      const tenant = new Client(limited.app); await tenant.loginTenant('lunden', 'Lunden#2026');
      const other = new Client(limited.app); await other.loginTenant('bygg', 'Bygg#2026');
      expect((await tenant.upload('/api/portal/uploads', pdf, 'a.pdf')).status).toBe(201);
      expect((await tenant.upload('/api/portal/uploads', pdf, 'b.pdf')).status).toBe(201);
      const third = await tenant.upload('/api/portal/uploads', pdf, 'c.pdf');
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('RATE_LIMITED');
      // another user from the same address still can
      expect((await other.upload('/api/portal/uploads', pdf, 'd.pdf')).status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
