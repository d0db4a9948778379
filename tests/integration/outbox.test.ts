import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { outgoingMessages } from '../../server/db/schema/index.ts';
import { queueMessages } from '../../server/usecases/messages/queue-messages.ts';
import { deliverMessage } from '../../server/usecases/messages/deliver-message.ts';
import { PermanentDeliveryError, type Transports } from '../../server/messaging/transport.ts';
import { smtpTransport } from '../../server/messaging/smtp.ts';

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({
    worker: true,
    transports: { email: smtpTransport(sink.url, 'Fastighets AB Exempel <no-reply@exempel.se>'), sms: null, devMailbox: true },
  });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

const email = { channel: 'email' as const, recipient: 'lisa@cafelunden.se', subject: 'Hej', text: 'Texten', html: '<p>Texten</p>', language: 'sv' };
const statusOf = async (id: string) => (await t.database.db.select().from(outgoingMessages).where(eq(outgoingMessages.id, id)))[0]!;

describe('the outbox', () => {
  it('delivers e-mail over SMTP with a text and an HTML part, through a job', async () => {
    const [id] = await queueMessages({ db: t.database.db, jobs: t.jobs }, [{ ...email, subject: 'Välkommen till Mina sidor' }]);
    const mail = await eventually(async () => sink.received[0]);
    expect(mail.to).toEqual(['lisa@cafelunden.se']);
    expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    const row = await eventually(async () => { const r = await statusOf(id!); return r.status === 'sent' ? r : null; });
    expect(row).toMatchObject({ transport: 'smtp', attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it('keeps a message whose send failed and delivers it on a later attempt', async () => {
    const [id] = await queueMessages({ db: t.database.db, jobs: { send: async () => null, sendMany: async () => {}, stop: async () => {} } }, [email]);
    let calls = 0;
    const flaky: Transports = {
      email: { name: 'smtp', send: async () => { calls++; if (calls === 1) throw new Error('connect ECONNREFUSED 127.0.0.1:25'); return { providerId: 'abc' }; } },
      sms: null,
      devMailbox: false,
    };
    await expect(deliverMessage({ db: t.database.db, transports: flaky }, id!, { retryCount: 0, retryLimit: 8 })).rejects.toThrow(/ECONNREFUSED/);
    expect(await statusOf(id!)).toMatchObject({ status: 'retrying', attempts: 1, lastError: 'connect ECONNREFUSED 127.0.0.1:25' });
    await deliverMessage({ db: t.database.db, transports: flaky }, id!, { retryCount: 1, retryLimit: 8 });
    expect(await statusOf(id!)).toMatchObject({ status: 'sent', attempts: 2, providerId: 'abc', lastError: null });
    // a duplicate job for a sent message does nothing
    await deliverMessage({ db: t.database.db, transports: flaky }, id!, { retryCount: 0, retryLimit: 8 });
    expect(calls).toBe(2);
  });

  it('marks a message failed after the last retry, or at once when the provider refuses it for good', async () => {
    const noJobs = { send: async () => null, sendMany: async () => {}, stop: async () => {} };
    const [a, b] = await queueMessages({ db: t.database.db, jobs: noJobs }, [email, { ...email, channel: 'sms', recipient: '+46701234567', subject: null, html: null }]);
    const down: Transports = {
      email: { name: 'smtp', send: async () => { throw new Error('timeout'); } },
      sms: { name: '46elks', send: async () => { throw new PermanentDeliveryError('46elks answered 403'); } },
      devMailbox: false,
    };
    await deliverMessage({ db: t.database.db, transports: down }, a!, { retryCount: 8, retryLimit: 8 });
    expect(await statusOf(a!)).toMatchObject({ status: 'failed', lastError: 'timeout' });
    await deliverMessage({ db: t.database.db, transports: down }, b!, { retryCount: 0, retryLimit: 8 });
    expect(await statusOf(b!)).toMatchObject({ status: 'failed', transport: '46elks', lastError: '46elks answered 403' });
  });

  it('never uses the development mailbox in production: a channel without transport fails', async () => {
    const [id] = await queueMessages({ db: t.database.db, jobs: { send: async () => null, sendMany: async () => {}, stop: async () => {} } }, [{ ...email, channel: 'sms', recipient: '+46701234567', subject: null, html: null }]);
    await deliverMessage({ db: t.database.db, transports: { email: null, sms: null, devMailbox: false } }, id!, { retryCount: 0, retryLimit: 8 });
    expect(await statusOf(id!)).toMatchObject({ status: 'failed', lastError: 'no sms transport is configured' });
  });

  it('replaces typographic characters in SMS so the text stays GSM-7', async () => {
    const [id] = await queueMessages({ db: t.database.db, jobs: { send: async () => null, sendMany: async () => {}, stop: async () => {} } }, [{ ...email, channel: 'sms', recipient: '+46701234567', subject: null, html: null, text: 'Hyran är betald – tack’' }]);
    expect((await statusOf(id!)).text).toBe("Hyran är betald - tack'");
  });

  it('retries a failed send through the job queue, with backoff, until it is delivered', async () => {
    let calls = 0;
    const flaky = await createTestApp({
      worker: true,
      transports: { email: { name: 'smtp', send: async () => { calls++; if (calls === 1) throw new Error('421 try again later'); return { providerId: 'ok' }; } }, sms: null, devMailbox: false },
    });
    try {
      const [id] = await queueMessages({ db: flaky.database.db, jobs: flaky.jobs }, [email]);
      const row = await eventually(async () => {
        const r = (await flaky.database.db.select().from(outgoingMessages).where(eq(outgoingMessages.id, id!)))[0]!;
        return r.status === 'sent' ? r : null;
      }, 25_000);
      expect(row).toMatchObject({ attempts: 2, providerId: 'ok', lastError: null });
      expect(calls).toBe(2);
    } finally {
      await flaky.close();
    }
  }, 40_000);
});
