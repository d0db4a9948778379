import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { outgoingMessages } from '../../server/db/schema/index.ts';
import { queueMessages } from '../../server/usecases/messages/queue-messages.ts';
import { deliverMessage } from '../../server/usecases/messages/deliver-message.ts';
import { PermanentDeliveryError, type Transports } from '../../server/messaging/transport.ts';
import { smtpTransport } from '../../server/messaging/smtp.ts';
import type { Jobs } from '../../server/jobs/queue.ts';
import type { NewMessage } from '../../server/repositories/messages.ts';
import { systemClock } from '../../server/clock.ts';
import pino from 'pino';

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({
    worker: true,
    transports: { email: smtpTransport(sink.url, 'Fastighets AB Exempel <no-reply@exempel.se>', 2), sms: null, devMailbox: true },
  });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

/** Jobs that are never run: the tests below call deliverMessage themselves. */
const noJobs: Jobs = { send: async () => null, sendMany: async () => {}, stop: async () => {} };
const queue = (messages: NewMessage[], jobs: Jobs = noJobs, db = t.database.db) =>
  db.transaction((tx) => queueMessages(tx, jobs, messages, systemClock.now()));
const deps = (transports: Transports, logger = pino({ level: 'silent' })) => ({ db: t.database.db, transports, clock: systemClock, logger });

const email = { channel: 'email' as const, recipient: 'lisa@cafelunden.se', subject: 'Hej', text: 'Texten', html: '<p>Texten</p>', language: 'sv' };
const statusOf = async (id: string) => (await t.database.db.select().from(outgoingMessages).where(eq(outgoingMessages.id, id)))[0]!;

describe('the outbox', () => {
  it('delivers e-mail over SMTP with a text and an HTML part, through a job', async () => {
    const [id] = await queue([{ ...email, subject: 'Välkommen till Mina sidor' }], t.jobs);
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
    const [id] = await queue([email]);
    let calls = 0;
    const flaky: Transports = {
      email: { name: 'smtp', send: async () => { calls++; if (calls === 1) throw new Error('connect ECONNREFUSED 127.0.0.1:25'); return { providerId: 'abc' }; } },
      sms: null,
      devMailbox: false,
    };
    await expect(deliverMessage(deps(flaky), id!, { retryCount: 0, retryLimit: 8 })).rejects.toThrow(/ECONNREFUSED/);
    expect(await statusOf(id!)).toMatchObject({ status: 'retrying', attempts: 1, lastError: 'connect ECONNREFUSED 127.0.0.1:25' });
    await deliverMessage(deps(flaky), id!, { retryCount: 1, retryLimit: 8 });
    expect(await statusOf(id!)).toMatchObject({ status: 'sent', attempts: 2, providerId: 'abc', lastError: null });
    // a duplicate job for a sent message does nothing
    await deliverMessage(deps(flaky), id!, { retryCount: 0, retryLimit: 8 });
    expect(calls).toBe(2);
  });

  it('marks a message failed after the last retry, or at once when the provider refuses it for good', async () => {
    const [a, b] = await queue([email, { ...email, channel: 'sms', recipient: '+46701234567', subject: null, html: null }]);
    const down: Transports = {
      email: { name: 'smtp', send: async () => { throw new Error('timeout'); } },
      sms: { name: '46elks', send: async () => { throw new PermanentDeliveryError('46elks answered 403'); } },
      devMailbox: false,
    };
    await deliverMessage(deps(down), a!, { retryCount: 8, retryLimit: 8 });
    expect(await statusOf(a!)).toMatchObject({ status: 'failed', lastError: 'timeout' });
    await deliverMessage(deps(down), b!, { retryCount: 0, retryLimit: 8 });
    expect(await statusOf(b!)).toMatchObject({ status: 'failed', transport: '46elks', lastError: '46elks answered 403' });
  });

  it('never uses the development mailbox in production: a channel without transport fails', async () => {
    const [id] = await queue([{ ...email, channel: 'sms', recipient: '+46701234567', subject: null, html: null }]);
    await deliverMessage(deps({ email: null, sms: null, devMailbox: false }), id!, { retryCount: 0, retryLimit: 8 });
    expect(await statusOf(id!)).toMatchObject({ status: 'failed', lastError: 'no sms transport is configured' });
  });

  it('replaces typographic characters in SMS so the text stays GSM-7', async () => {
    const [id] = await queue([{ ...email, channel: 'sms', recipient: '+46701234567', subject: null, html: null, text: 'Hyran är betald – tack’' }]);
    expect((await statusOf(id!)).text).toBe("Hyran är betald - tack'");
  });

  it('logs a failed attempt as a warning with the message id and the reason', async () => {
    const [id] = await queue([email]);
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(line); } });
    const down: Transports = { email: { name: 'smtp', send: async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:2525'); } }, sms: null, devMailbox: false };
    await expect(deliverMessage(deps(down, logger), id!, { retryCount: 0, retryLimit: 9 })).rejects.toThrow(/ECONNREFUSED/);
    const warning = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'delivery attempt failed');
    expect(warning).toMatchObject({ level: 40, messageId: id, reason: 'connect ECONNREFUSED 127.0.0.1:2525', willRetry: true, transport: 'smtp' });
    expect(JSON.stringify(warning)).not.toContain(email.recipient);
  });

  it('never sends a message twice while an attempt holds it, and takes it over once that attempt is surely dead', async () => {
    const [id] = await queue([email]);
    let sends = 0;
    let release!: () => void;
    const slow: Transports = { email: { name: 'smtp', send: () => { sends++; return new Promise((r) => { release = () => r({ providerId: 'x' }); }); } }, sms: null, devMailbox: false };
    const first = deliverMessage(deps(slow), id!, { retryCount: 0, retryLimit: 9 });
    await eventually(async () => sends === 1);
    // A second job for the same message (its first run's job expired, say) finds it held and tries later.
    await expect(deliverMessage(deps(slow), id!, { retryCount: 1, retryLimit: 9 })).rejects.toThrow(/being sent by another attempt/);
    expect(sends).toBe(1);
    release();
    await first;
    expect(await statusOf(id!)).toMatchObject({ status: 'sent', attempts: 1 });

    // A claim older than the lease belongs to an attempt that died: the message is taken over.
    const [stuck] = await queue([email]);
    await t.database.db.update(outgoingMessages).set({ status: 'sending', updatedAt: new Date(Date.now() - 21_000) }).where(eq(outgoingMessages.id, stuck!));
    const ok: Transports = { email: { name: 'smtp', send: async () => ({ providerId: 'y' }) }, sms: null, devMailbox: false };
    await deliverMessage(deps(ok), stuck!, { retryCount: 1, retryLimit: 9 });
    expect(await statusOf(stuck!)).toMatchObject({ status: 'sent', providerId: 'y' });
  });

  it('retries a failed send through the job queue, with backoff, until it is delivered', async () => {
    let calls = 0;
    const flaky = await createTestApp({
      worker: true,
      transports: { email: { name: 'smtp', send: async () => { calls++; if (calls === 1) throw new Error('421 try again later'); return { providerId: 'ok' }; } }, sms: null, devMailbox: false },
    });
    try {
      const [id] = await queue([email], flaky.jobs, flaky.database.db);
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
