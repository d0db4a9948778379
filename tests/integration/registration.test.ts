import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { codeIn, lastMessageTo, linkTokenIn } from '../support/mailbox.ts';
import { accountFlows, tenantUsers } from '../../server/db/schema/index.ts';
import { smsParts, smsEncoding } from '../../server/domain/sms.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000', PUBLIC_URL: 'https://minasidor.exempel.se' } }); });
afterAll(async () => { await t?.close(); });

const KONTOR = '556987-6542';
const good = { identityNumber: KONTOR, username: 'Kontoret', password: 'Kontor#Hotell26', passwordRepeat: 'Kontor#Hotell26' };
const start = (c: Client, body: Partial<typeof good> = {}) => c.post('/api/registrations', { ...good, ...body });
const noSecrets = (raw: string, code?: string) => {
  expect(raw).not.toMatch(/argon2|passwordHash|codeHash/);
  if (code) expect(raw).not.toContain(code);
};

describe('Skapa konto', () => {
  it('registers Kontorshotellet with the code from its e-mail, and the user then logs in', async () => {
    const c = new Client(t.app);
    const started = await start(c);
    expect(started.status).toBe(201);
    expect(started.body.channels).toEqual([
      { channel: 'email', masked: 'e***@kontorshotellet.se' },
      { channel: 'sms', masked: '073-***65 43' },
    ]);
    const id = started.body.registrationId;

    const sent = await c.post(`/api/registrations/${id}/send`, { channel: 'email' });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ channel: 'email', masked: 'e***@kontorshotellet.se' });
    const mail = await lastMessageTo(t.database, 'ekonomi@kontorshotellet.se');
    expect(mail.subject).toBe('Verifiera ditt konto på Mina sidor');
    expect(mail.html).toContain('https://minasidor.exempel.se/v/');
    const code = codeIn(mail.text);
    noSecrets(sent.raw, code);

    const wrong = await c.post(`/api/registrations/${id}/verify`, { code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toEqual({ code: 'CODE_WRONG', message: 'Fel kod. Du har 4 försök kvar.' });

    const verified = await c.post(`/api/registrations/${id}/verify`, { code });
    expect(verified.status).toBe(200);
    expect(verified.body.prefill).toEqual({ name: null, email: 'ekonomi@kontorshotellet.se', mobile: '+46739876543' });
    expect((await c.post(`/api/registrations/${id}/verify`, { code })).body.error.code).toBe('CODE_USED');

    const badMobile = await c.request('PUT', `/api/registrations/${id}/details`, { name: 'Kim Kontor', email: 'kim@kontorshotellet.se', mobile: '12' });
    expect(badMobile.body.error.code).toBe('INVALID_MOBILE');
    const done = await c.request('PUT', `/api/registrations/${id}/details`, { name: 'Kim Kontor', email: 'ekonomi@kontorshotellet.se', mobile: '073-987 65 43' });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ username: 'kontoret' });

    const login = await c.loginTenant('kontoret', 'Kontor#Hotell26');
    expect(login.body.user.customer.name).toBe('Kontorshotellet i Göteborg AB');
    const me = await c.get('/api/portal/me');
    expect(me.body).toMatchObject({ name: 'Kim Kontor', email: 'ekonomi@kontorshotellet.se', emailVerified: true, mobile: '+46739876543', mobileVerified: false });
    const leases = await c.get('/api/portal/leases');
    expect(leases.body.leases.map((l: { number: string }) => l.number)).toEqual(['100201']);
  });

  it('verifies by the link in an SMS that fits one GSM-7 part, continuing in the browser that opened it', async () => {
    const c = new Client(t.app);
    const id = (await start(c, { identityNumber: '811218-9876', username: 'sara', password: 'Lägenhet#44', passwordRepeat: 'Lägenhet#44' })).body.registrationId;
    expect((await c.post(`/api/registrations/${id}/send`, { channel: 'sms' })).status).toBe(202);
    const sms = await lastMessageTo(t.database, '+46702345678');
    expect(smsEncoding(sms.text)).toBe('GSM-7');
    expect(smsParts(sms.text)).toBe(1);
    expect(sms.text).toMatch(/^Fastighets AB Exempel: din kod till Mina sidor är \d{6}\. Gäller 30 min\. https:\/\/minasidor\.exempel\.se\/v\//);

    const token = linkTokenIn(sms.text);
    const redirect = await t.app.inject({ method: 'GET', url: `/v/${token}` });
    expect(redirect.statusCode).toBe(303);
    expect(redirect.headers.location).toBe(`/verifiera?token=${token}`);

    const phone = new Client(t.app);
    const followed = await phone.post('/api/verifications/link', { token });
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ purpose: 'registration', prefill: { email: 'sara.lindqvist@exempel.net', mobile: '+46702345678' } });
    expect((await phone.post('/api/verifications/link', { token })).body.error.code).toBe('CODE_USED');
    // the first browser's id no longer works; the one that followed the link continues
    expect((await c.request('PUT', `/api/registrations/${id}/details`, { name: 'Sara', email: '', mobile: '0702345678' })).body.error.code).toBe('REGISTRATION_EXPIRED');
    const done = await phone.request('PUT', `/api/registrations/${followed.body.registrationId}/details`, { name: 'Sara Lindqvist', email: '', mobile: '070-234 56 78' });
    expect(done.body).toEqual({ username: 'sara' });
    const me = await (async () => { await phone.loginTenant('sara', 'Lägenhet#44'); return phone.get('/api/portal/me'); })();
    expect(me.body).toMatchObject({ email: null, mobile: '+46702345678', mobileVerified: true });
  });

  it('refuses bad numbers, unknown customers and customers without a current or coming lease', async () => {
    const c = new Client(t.app);
    for (const identityNumber of ['556987-6543', '12345', 'abc', '010229-2398']) {
      const res = await start(c, { identityNumber });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_IDENTITY_NUMBER');
    }
    const unknown = await start(c, { identityNumber: '212000-0142' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toEqual({ code: 'NO_LEASE', message: 'Vi hittar inget aktuellt eller kommande hyresavtal för det numret. Kontrollera numret eller kontakta oss.' });
    const en = await new Client(t.app, 'en').post('/api/registrations', { ...good, identityNumber: '212000-0142' });
    expect(en.body.error.message).toMatch(/^We cannot find a current or coming lease/);
  });

  it('tells a customer without e-mail or mobile to contact the landlord, and creates nothing', async () => {
    const c = new Client(t.app);
    const res = await start(c, { identityNumber: '9165432106', username: 'atelje' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('NO_CHANNEL');
    expect(res.body.error.message).toContain('Kontakta oss först (031-123 45 00, kundservice@exempel.se)');
    expect(res.body.error.details.landlord).toEqual({ name: 'Fastighets AB Exempel', phone: '031-123 45 00', email: 'kundservice@exempel.se' });
    expect(await t.database.db.select().from(tenantUsers).where(eq(tenantUsers.username, 'atelje'))).toEqual([]);
  });

  it('names each password rule that fails, and refuses common passwords and ones with the username', async () => {
    const c = new Client(t.app);
    const weak = await start(c, { password: 'kontor2026', passwordRepeat: 'kontor2026', username: 'kalle' });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toEqual({
      code: 'PASSWORD_WEAK',
      message: 'Lösenordet uppfyller inte kraven: en stor bokstav, ett tecken som inte är bokstav eller siffra.',
      details: { rules: ['upper', 'symbol'] },
    });
    expect((await start(c, { password: 'P@ssw0rd', passwordRepeat: 'P@ssw0rd', username: 'kalle' })).body.error.details.rules).toEqual(['common']);
    expect((await start(c, { password: 'Kalle#2026', passwordRepeat: 'Kalle#2026', username: 'kalle' })).body.error.details.rules).toEqual(['containsUsername']);
    expect((await start(c, { password: 'Ab1#', passwordRepeat: 'Ab1#', username: 'kalle' })).body.error.details.rules).toEqual(['minLength']);
    const mismatch = await start(c, { passwordRepeat: 'Kontor#Hotell27', username: 'kalle' });
    expect(mismatch.body.error.code).toBe('PASSWORD_MISMATCH');
    const en = await new Client(t.app, 'en').post('/api/registrations', { ...good, username: 'kalle', password: 'KONTOR#2026', passwordRepeat: 'KONTOR#2026' });
    expect(en.body.error.message).toBe('The password does not meet the requirements: a lower-case letter.');
  });

  it('refuses a taken or malformed username', async () => {
    const c = new Client(t.app);
    const taken = await start(c, { username: 'LUNDEN' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('USERNAME_TAKEN');
    for (const username of ['ab', 'med mellanslag', 'x'.repeat(41)]) {
      expect((await start(c, { username })).body.error.code).toBe('INVALID_USERNAME');
    }
  });

  it('lets a code expire, stop after five wrong tries, and be resent only after a minute', async () => {
    const c = new Client(t.app);
    const id = (await start(c, { username: 'kontor2' })).body.registrationId;
    await c.post(`/api/registrations/${id}/send`, { channel: 'email' });
    const tooSoon = await c.post(`/api/registrations/${id}/send`, { channel: 'sms' });
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.body.error.message).toMatch(/^Vänta \d+ sekunder innan du skickar en ny kod\.$/);

    for (let i = 4; i >= 1; i--) {
      expect((await c.post(`/api/registrations/${id}/verify`, { code: 'x' })).body.error.message).toBe(`Fel kod. Du har ${i} försök kvar.`);
    }
    const fifth = await c.post(`/api/registrations/${id}/verify`, { code: 'y' });
    expect(fifth.status).toBe(429);
    expect(fifth.body.error.code).toBe('CODE_TOO_MANY_TRIES');
    const code = codeIn((await lastMessageTo(t.database, 'ekonomi@kontorshotellet.se')).text);
    expect((await c.post(`/api/registrations/${id}/verify`, { code })).body.error.code).toBe('CODE_TOO_MANY_TRIES');

    await t.database.db.update(accountFlows).set({ lastSentAt: sql`now() - interval '61 seconds'` });
    expect((await c.post(`/api/registrations/${id}/send`, { channel: 'sms' })).status).toBe(202);
    const newCode = codeIn((await lastMessageTo(t.database, '+46739876543')).text);
    await t.database.db.update(accountFlows).set({ codeExpiresAt: sql`now() - interval '1 second'` }).where(sql`${accountFlows.channel} = 'sms'`);
    const expired = await c.post(`/api/registrations/${id}/verify`, { code: newCode });
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('CODE_EXPIRED');
  });

  it('answers an unknown or finished registration id with 410', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/registrations/not-a-real-registration-id/send', { channel: 'email' });
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('REGISTRATION_EXPIRED');
  });

  it('limits attempts per organisationsnummer, whatever the IP', async () => {
    const c = new Client(t.app);
    // ten tries an hour per number (one was used above): then 429, with the wait in the message
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await start(c, { identityNumber: '916543-2106', username: `atelje${i}` })).status);
    expect(statuses).toEqual([...Array(9).fill(422), 429]);
    const limited = await start(c, { identityNumber: '9165432106', username: 'atelje' });
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.body.error.message).toMatch(/^För många försök\. Vänta \d+ sekunder/);
  });
});
