import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { properties } from '../../server/db/schema/index.ts';
import { smsEncoding } from '../../server/domain/sms.ts';

let t: TestApp;
let karin: Client;
let propertyId: string;
beforeAll(async () => {
  t = await createTestApp({ worker: true, env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  karin = new Client(t.app);
  await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
  propertyId = (await t.database.db.select().from(properties).where(eq(properties.designation, 'Göteborg Inom Vallgraven 12:3')))[0]!.id;
});
afterAll(async () => { await t?.close(); });

const audience = () => ({ kind: 'property', ids: [propertyId] });

describe('notices (utskick)', () => {
  it('previews how many a notice for Utlandagatan 6-8 reaches', async () => {
    const res = await karin.post('/api/backoffice/notices/preview', { audience: audience() });
    expect(res.status).toBe(200);
    // Café Lunden, Kontorshotellet, Ateljé Nord, Byggvaruhuset, Sara Lindqvist have leases on the property
    expect(res.body).toEqual({ customers: 5, users: 2, emails: 6, sms: 4 }); // four customers' e-mails + two users'; Ateljé Nord has none
  });

  it('sends a water-leak notice: a related case for each customer, e-mail and SMS, and a delivery log', async () => {
    const sent = await karin.post('/api/backoffice/notices', { title: 'Vattenläcka i källaren', text: 'Vattnet är avstängt 10–12 i dag på grund av en läcka. Vi ber om ursäkt!', audience: audience() });
    expect(sent.status).toBe(201);
    expect(sent.body.customers).toBe(5);

    const lisa = new Client(t.app);
    await lisa.loginTenant();
    const related = (await lisa.get('/api/portal/cases')).body.cases.find((c: { kind: string }) => c.kind === 'related');
    expect(related).toMatchObject({ title: 'Vattenläcka i källaren', category: { code: 'information' } });
    expect((await lisa.post(`/api/portal/cases/${related.id}/messages`, { body: 'ok' })).status).toBe(403);

    const detail = await eventually(async () => {
      const res = await karin.get(`/api/backoffice/notices/${sent.body.id}`);
      return res.body.notice.recipients.every((r: { status: string }) => r.status === 'sent') ? res.body.notice : null;
    });
    expect(detail.recipients).toHaveLength(10);
    expect(detail.recipients.filter((r: { channel: string }) => r.channel === 'sms').map((r: { to: string }) => r.to).sort())
      .toEqual(['+46701234567', '+46702345678', '+46739876543', '+46761112233']);
    const outbox = (await new Client(t.app).get('/api/dev/outbox')).body;
    const sms = outbox.find((m: { channel: string; to: string }) => m.channel === 'sms' && m.to === '+46701234567');
    expect(sms.text).toBe('Fastighets AB Exempel: Vattenläcka i källaren. Vattnet är avstängt 10-12 i dag på grund av en läcka. Vi ber om ursäkt!');
    expect(smsEncoding(sms.text)).toBe('GSM-7');

    const list = await karin.get('/api/backoffice/notices');
    expect(list.body.notices[0]).toMatchObject({ title: 'Vattenläcka i källaren', audience: 'Fastighet: Utlandagatan 6-8 / Gyllenkrooksgatan 10', customers: 5, delivery: { email: { sent: 6, failed: 0, pending: 0 }, sms: { sent: 4, failed: 0, pending: 0 } } });
    // information is not work: the staff inbox shows it only when asked for
    expect((await karin.get('/api/backoffice/cases?box=all')).body.cases.some((c: { kind: string }) => c.kind === 'related')).toBe(false);
    expect((await karin.get('/api/backoffice/cases?box=all&kind=related')).body.cases).toHaveLength(5);
  });

  it('refuses text that cannot be a plain SMS, and an audience with nobody in it', async () => {
    const emoji = await karin.post('/api/backoffice/notices', { title: 'Sol', text: 'Trevlig sommar 🌞', audience: audience() });
    expect(emoji.status).toBe(400);
    expect(emoji.body.error).toEqual({ code: 'SMS_NOT_GSM7', message: 'SMS-texten innehåller tecken som inte går att skicka som vanligt SMS: 🌞. Ta bort eller byt ut dem.' });
    const nobody = await karin.post('/api/backoffice/notices', { title: 'x', text: 'y', audience: { kind: 'customers', ids: [] } });
    expect(nobody.status).toBe(422);
    expect(nobody.body.error.code).toBe('NO_RECIPIENTS');
    expect((await karin.post('/api/backoffice/notices', { title: 'x', text: 'y', audience: { kind: 'street', ids: [] } })).status).toBe(400);
  });

  it('is for staff who may send notices', async () => {
    const ekonomi = new Client(t.app);
    await ekonomi.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
    expect((await ekonomi.post('/api/backoffice/notices/preview', { audience: audience() })).status).toBe(403);
    const tenant = new Client(t.app);
    await tenant.loginTenant();
    expect((await tenant.get('/api/backoffice/notices')).status).toBe(403);
  });
});
