// The tenant's Tillval pages keep the catalogue in memory under its stamp (decision 0032). These tests
// prove that no change is missed: every write to groups, options or pictures, through the back office or
// straight in SQL as another process would make it, renews the stamp in its own transaction, and the next
// page shows it; a write rolled back renews nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { demoGroup, demoOption, objectAndSpace } from '../support/options.ts';
import * as s from '../../server/db/schema/index.ts';
import { catalogueStamp } from '../../server/repositories/option-catalogue.ts';

let t: TestApp;
let admin: Client;
let lisa: Client;
let cafe: string;
let diskm: string;
let standard: string;

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app); await admin.loginStaff();
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  cafe = (await objectAndSpace(t.database.db, '1001', 'Storkök')).objectId;
  diskm = await demoGroup(t.database.db, 'Diskm.');
  standard = (await demoOption(t.database.db, 'Diskmaskin Standard 60 cm')).id;
});
afterAll(async () => { await t?.close(); });

interface Shown { id: string; name: string; monthlyOre: number | null; pictures: { id: string }[] }
const category = async (groupId = diskm) => {
  const page = await lisa.get(`/api/portal/option-objects/${cafe}?group=${groupId}`);
  expect(page.status, page.raw).toBe(200);
  return page.body as { categories: { id: string; name: string; optionCount: number }[]; category: { name: string; options: Shown[] } };
};
const shown = async (id = standard) => (await category()).category.options.find((o) => o.id === id);

describe('the catalogue kept in memory', () => {
  it('shows a price changed in the back office at the next page', async () => {
    const before = await shown();
    expect(before?.monthlyOre).toBeGreaterThan(0);
    const option = (await admin.get('/api/backoffice/option-catalogue')).body.options.find((o: { id: string }) => o.id === standard);
    const changed = await admin.request('PUT', `/api/backoffice/options/${standard}`, {
      groupId: option.groupId, name: option.name, description: option.description, monthlyOre: before!.monthlyOre! + 100, monthlyVatRatePercent: option.monthlyVatRatePercent,
      feeOre: option.feeOre, feeVatRatePercent: option.feeVatRatePercent, unit: option.unit, maxQuantity: option.maxQuantity, spaceKind: option.spaceKind,
      objectTypes: option.objectTypes, objectIds: option.objectIds, sortOrder: option.sortOrder, retired: false,
    });
    expect(changed.status, changed.raw).toBe(200);
    expect((await shown())?.monthlyOre).toBe(before!.monthlyOre! + 100);
  });

  it('shows a picture given to an option, and its removal', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c0ffee' } }).png().toBuffer();
    const upload = await admin.upload('/api/backoffice/uploads', png, 'disk.png', 'image/png');
    const id = upload.body.attachment.id as string;
    expect((await admin.post(`/api/backoffice/options/${standard}/pictures`, { attachmentId: id })).status).toBe(200);
    expect((await shown())?.pictures.map((p) => p.id)).toContain(id);
    expect((await admin.request('DELETE', `/api/backoffice/options/${standard}/pictures/${id}`)).status).toBe(200);
    expect((await shown())?.pictures.map((p) => p.id)).not.toContain(id);
  });

  it('sees a write made straight in SQL, as another process would make it: a rename, a group of its own', async () => {
    await shown();
    await t.database.db.update(s.options).set({ name: 'Diskmaskin Standard 60 cm, ny' }).where(eq(s.options.id, standard));
    expect((await shown())?.name).toBe('Diskmaskin Standard 60 cm, ny');
    await t.database.db.update(s.options).set({ name: 'Diskmaskin Standard 60 cm' }).where(eq(s.options.id, standard));
    await t.database.db.update(s.optionGroups).set({ name: 'Diskmaskiner' }).where(eq(s.optionGroups.id, diskm));
    const page = await category();
    expect(page.category.name).toBe('Diskmaskiner');
    expect(page.categories.find((c) => c.id === diskm)?.name).toBe('Diskmaskiner');
    await t.database.db.update(s.optionGroups).set({ name: 'Diskm.' }).where(eq(s.optionGroups.id, diskm));
    expect((await category()).category.name).toBe('Diskm.');
  });

  it('moves an option out of the object, and a category with none left is not found', async () => {
    const count = (await category()).categories.find((c) => c.id === diskm)!.optionCount;
    await t.database.db.update(s.options).set({ objectTypes: [], objectIds: [] }).where(eq(s.options.id, standard));
    const page = await category();
    expect(page.categories.find((c) => c.id === diskm)!.optionCount).toBe(count - 1);
    expect(page.category.options.map((o) => o.id)).not.toContain(standard);
    await t.database.db.update(s.options).set({ retiredAt: new Date() }).where(eq(s.options.groupId, diskm));
    expect((await lisa.get(`/api/portal/option-objects/${cafe}?group=${diskm}`)).status).toBe(404);
    expect((await lisa.get(`/api/portal/option-objects/${cafe}`)).body.categories.map((c: { id: string }) => c.id)).not.toContain(diskm);
  });

  it('renews the stamp only when the write commits', async () => {
    const before = await catalogueStamp(t.database.db);
    await expect(t.database.db.transaction(async (tx) => {
      await tx.update(s.optionGroups).set({ name: 'Ångrad' }).where(eq(s.optionGroups.id, diskm));
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await catalogueStamp(t.database.db)).toBe(before);
    await t.database.db.update(s.optionGroups).set({ sortOrder: 0 }).where(eq(s.optionGroups.id, diskm));
    expect(await catalogueStamp(t.database.db)).not.toBe(before);
  });
});
