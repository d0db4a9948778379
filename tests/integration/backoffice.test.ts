import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';

let t: TestApp;
let admin: Client;
let manager: Client;
beforeAll(async () => {
  t = await createTestApp({ worker: true, env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app);
  await admin.loginStaff('admin@exempel.se', 'Admin#2026');
  manager = new Client(t.app);
  await manager.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
});
afterAll(async () => { await t?.close(); });

describe('the back office API', () => {
  it('counts the register', async () => {
    const res = await manager.get('/api/backoffice/summary');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ customers: 6, properties: 2, rentalObjects: 11, tenantUsers: 2 });
    expect(res.body.activeLeases).toBe(6); // one of the seven starts in 2027
  });

  it('shows each the work that waits for their role: the payment queue to those who book payments, option orders to those who process them', async () => {
    const forAdmin = (await admin.get('/api/backoffice/summary')).body.work;
    const queue = (await admin.get('/api/backoffice/payments/queue')).body;
    expect(queue.count).toBeGreaterThan(0);
    expect(forAdmin.payments).toEqual({ count: queue.count, leftOre: queue.leftOre, oldestPaidOn: queue.payments[0].paidOn });
    const orders = (await admin.get('/api/backoffice/option-orders')).body.orders as { status: string; createdAt: string }[];
    expect(orders.length).toBeGreaterThan(0);
    expect(forAdmin.options).toMatchObject({ open: orders.length, received: orders.filter((o) => o.status === 'received').length });
    // a customer manager books no payments and processes no option orders
    const forManager = (await manager.get('/api/backoffice/summary')).body.work;
    expect(forManager.payments).toBeUndefined();
    expect(forManager.options).toBeUndefined();
  });

  it('finds customers by name and by organisationsnummer with or without dash', async () => {
    const byName = await manager.get('/api/backoffice/customers?q=ateljé');
    expect(byName.body.customers).toEqual([
      { id: expect.any(String), name: 'Ateljé Nord HB', identityNumber: '916543-2106', email: null, mobile: null, customerManager: null, leaseCount: 1, tenantUserCount: 0 },
    ]);
    const byNumber = await manager.get('/api/backoffice/customers?q=559123-4561');
    expect(byNumber.body.customers.map((c: { name: string }) => c.name)).toEqual(['Café Lunden AB']);
    const byEmail = await manager.get('/api/backoffice/customers?q=kontorshotellet.se');
    expect(byEmail.body.customers.map((c: { name: string }) => c.name)).toEqual(['Kontorshotellet i Göteborg AB']);
    const all = await manager.get('/api/backoffice/customers');
    expect(all.body.customers).toHaveLength(6);
    const odd = await manager.get('/api/backoffice/customers?q=%25_%5C');
    expect(odd.status).toBe(200);
    expect(odd.body.customers).toEqual([]);
  });

  it('lists properties with buildings', async () => {
    const res = await manager.get('/api/backoffice/properties');
    const utlanda = res.body.properties.find((p: { designation: string }) => p.designation === 'Göteborg Inom Vallgraven 12:3');
    expect(utlanda.propertyManager).toBe('Fredrik Fastighetsansvarig');
    expect(utlanda.buildings.map((b: { name: string }) => b.name)).toEqual(['Gyllenkrooksgatan 10', 'Utlandagatan 6-8']);
  });

  it('is closed to visitors (401) and refused to tenants (403)', async () => {
    const tenant = new Client(t.app);
    await tenant.loginTenant();
    for (const url of ['/api/backoffice/summary', '/api/backoffice/customers', '/api/backoffice/properties', '/api/backoffice/messages']) {
      expect((await new Client(t.app).get(url)).status).toBe(401);
      expect((await tenant.get(url)).status).toBe(403);
    }
  });

  it('shows outgoing messages to administrators only', async () => {
    expect((await manager.get('/api/backoffice/messages')).status).toBe(403);
    expect((await manager.post('/api/backoffice/messages/test', { channel: 'email', to: 'x@exempel.se' })).status).toBe(403);
    expect((await admin.get('/api/backoffice/messages')).status).toBe(200);
  });

  it('sends a test e-mail and SMS through the outbox to the development mailbox', async () => {
    const email = await admin.post('/api/backoffice/messages/test', { channel: 'email', to: ' Drift@Exempel.se ' });
    expect(email.status).toBe(202);
    const sms = await admin.post('/api/backoffice/messages/test', { channel: 'sms', to: '070-123 45 67' });
    expect(sms.status).toBe(202);
    const outbox = await eventually(async () => {
      const res = await new Client(t.app).get('/api/dev/outbox');
      return res.body.length >= 2 ? res.body : null;
    });
    expect(outbox[0]).toMatchObject({ channel: 'sms', to: '+46701234567', subject: null, text: 'Testmeddelande från Fastighets AB Exempel. SMS fungerar.' });
    expect(outbox[1]).toMatchObject({ channel: 'email', to: 'drift@exempel.se', subject: 'Testmeddelande från Fastighets AB Exempel' });
    expect(outbox[1].html).toContain('<!doctype html>');
    expect(outbox[1].text).toContain('E-post fungerar.');
    expect(Date.parse(outbox[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(outbox[1].createdAt));
    const log = await admin.get('/api/backoffice/messages');
    expect(log.body.messages[0]).toMatchObject({ status: 'sent', transport: 'dev', attempts: 1 });
  });

  it('refuses a bad recipient with a clear message', async () => {
    const en = new Client(t.app, 'en');
    await en.loginStaff();
    const badMail = await en.post('/api/backoffice/messages/test', { channel: 'email', to: 'not an address' });
    expect(badMail.status).toBe(400);
    expect(badMail.body.error).toEqual({ code: 'INVALID_EMAIL', message: 'The e-mail address is not valid.' });
    const badMobile = await admin.post('/api/backoffice/messages/test', { channel: 'sms', to: '031-123 45 00' });
    expect(badMobile.body.error.code).toBe('INVALID_MOBILE');
    expect(badMobile.body.error.message).toMatch(/^Mobilnumret är inte giltigt/);
    const badChannel = await admin.post('/api/backoffice/messages/test', { channel: 'fax', to: '1234' });
    expect(badChannel.status).toBe(400);
  });
});
