// The collection settings in the back office: administrators and finance read and change the reminder
// fee (0 to 60 kr), the reminder days and the SIE accounts; each refusal in words naming its field;
// every change audited with before and after; the export and the reminders follow the settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { auditEvents, landlordSettings } from '../../server/db/schema/index.ts';

let t: TestApp;
let admin: Client;
let eva: Client;
let evaEn: Client;
const URL = '/api/backoffice/settings/collections';
const bas = { receivables: '1510', bank: '1930', customerAdvances: '2420', income0: '3911', income25: '3913', outputVat25: '2611', reminderFees: '3930', interest: '8313' };

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app); await admin.loginStaff('admin@exempel.se', 'Admin#2026');
  eva = new Client(t.app); await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  evaEn = new Client(t.app, 'en'); await evaEn.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
});
afterAll(async () => { await t?.close(); });

const stored = async () => (await t.database.db.select().from(landlordSettings).where(eq(landlordSettings.id, 1)))[0]!;

describe('the collection settings', () => {
  it("shows the demo's: a 60 kr fee, reminders 3 and 14 days after the due date, the BAS accounts", async () => {
    const res = await eva.get(URL);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ settings: { reminderFeeOre: 6000, reminderDaysAfterDue: [3, 14], lateInterest: { charged: false, minimumOre: 5000 }, accounts: bas }, basAccounts: bas, maxReminderFeeOre: 6000, changed: [] });
  });

  it('saves a change, audited with what changed before and after; the SIE export uses the new accounts', async () => {
    const res = await eva.request('PUT', URL, { reminderFeeOre: 5000, reminderDaysAfterDue: [5, 15, 30], accounts: { ...bas, bank: '1940' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ settings: { reminderFeeOre: 5000, reminderDaysAfterDue: [5, 15, 30], accounts: { ...bas, bank: '1940' } }, changed: ['reminderFeeOre', 'reminderDaysAfterDue', 'accounts'] });
    expect(await stored()).toMatchObject({ reminderFeeOre: 5000, reminderDaysAfterDue: [5, 15, 30], sieAccounts: { bank: '1940' } });
    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'settings.collections_changed'));
    expect(event).toMatchObject({ actorKind: 'staff', subjectKind: 'landlord_settings' });
    expect(event!.details).toEqual({
      before: { reminderFeeOre: 6000, reminderDaysAfterDue: [3, 14], accounts: bas },
      after: { reminderFeeOre: 5000, reminderDaysAfterDue: [5, 15, 30], accounts: { ...bas, bank: '1940' } },
    });
    const sie = await eva.get('/api/backoffice/exports/sie?from=2026-01-01&to=2026-12-31');
    expect(sie.status).toBe(200);
    expect(sie.raw).toContain('#KONTO 1940');
    expect(sie.raw).not.toContain('#KONTO 1930');

    // Back to BAS: stored as null again; the same save twice writes nothing the second time.
    const back = await admin.request('PUT', URL, { reminderFeeOre: 6000, reminderDaysAfterDue: [3, 14], accounts: bas });
    expect(back.body.changed).toEqual(['reminderFeeOre', 'reminderDaysAfterDue', 'accounts']);
    expect((await stored()).sieAccounts).toBeNull();
    const again = await admin.request('PUT', URL, { reminderFeeOre: 6000, reminderDaysAfterDue: [3, 14], accounts: bas });
    expect(again.body.changed).toEqual([]);
    expect(await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'settings.collections_changed'))).toHaveLength(2);
  });

  it.each([
    [{ reminderFeeOre: 6001 }, 'SETTINGS_FEE_OUT_OF_RANGE', 'reminderFeeOre', 'Påminnelseavgiften ska vara mellan 0 och 60,00 kr (lagens tak är 60 kr).'],
    [{ reminderFeeOre: -100 }, 'SETTINGS_FEE_OUT_OF_RANGE', 'reminderFeeOre', /mellan 0 och 60,00 kr/],
    [{ reminderDaysAfterDue: [] }, 'SETTINGS_DAYS_INVALID', 'reminderDaysAfterDue', 'Ange minst en dag efter förfallodagen, till exempel 3, 14.'],
    [{ reminderDaysAfterDue: [0, 14] }, 'SETTINGS_DAYS_INVALID', 'reminderDaysAfterDue', 'Varje dag ska vara ett heltal från 1 till 365 dagar efter förfallodagen.'],
    [{ reminderDaysAfterDue: [14, 3] }, 'SETTINGS_DAYS_INVALID', 'reminderDaysAfterDue', /stigande ordning/],
    [{ reminderDaysAfterDue: [1, 2, 3, 4, 5, 6] }, 'SETTINGS_DAYS_INVALID', 'reminderDaysAfterDue', 'Högst 5 påminnelser: ange högst 5 dagar.'],
    [{ accounts: { ...bas, interest: '831' } }, 'SETTINGS_ACCOUNT_INVALID', 'accounts.interest', 'Kontot ska vara fyra siffror enligt BAS-kontoplanen, till exempel 1930 (inte "831").'],
  ])('refuses %j in words, naming the field, and changes nothing', async (change, code, field, words) => {
    const before = await stored();
    const res = await eva.request('PUT', URL, { reminderFeeOre: 6000, reminderDaysAfterDue: [3, 14], accounts: bas, ...change });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code, details: { field } });
    expect(res.body.error.message).toMatch(words);
    expect(await stored()).toEqual(before);
  });

  it('refuses in English to an English reader, and a body that is not the settings with 400', async () => {
    const res = await evaEn.request('PUT', URL, { reminderFeeOre: 7000, reminderDaysAfterDue: [3], accounts: bas });
    expect(res.body.error.message).toBe("The reminder fee must be between 0 and 60.00 kr (the law's cap is 60 kr).");
    expect((await eva.request('PUT', URL, { reminderFeeOre: '60', reminderDaysAfterDue: [3], accounts: bas })).status).toBe(400);
    expect((await eva.request('PUT', URL, { reminderFeeOre: 60, reminderDaysAfterDue: [3], accounts: { ...bas, extra: '1' } })).status).toBe(400);
    expect((await eva.request('PUT', URL, { reminderFeeOre: 60, reminderDaysAfterDue: [3] })).status).toBe(400);
  });

  it('is for administrators and finance: a customer manager and a property manager get 403, a tenant 403, a visitor 401', async () => {
    const karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    const fredrik = new Client(t.app); await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
    const lisa = new Client(t.app); await lisa.loginTenant();
    for (const client of [karin, fredrik, lisa]) {
      expect((await client.get(URL)).status).toBe(403);
      expect((await client.request('PUT', URL, { reminderFeeOre: 0, reminderDaysAfterDue: [3], accounts: bas })).status).toBe(403);
    }
    expect((await new Client(t.app).get(URL)).status).toBe(401);
    expect((await stored()).reminderFeeOre).toBe(6000);
    expect((await karin.get('/api/session')).body.user.abilities).not.toContain('collections.settings');
    expect((await eva.get('/api/session')).body.user.abilities).toContain('collections.settings');
  });
});
