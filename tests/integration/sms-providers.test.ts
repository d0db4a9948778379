// The SMS adapters against an HTTP server on loopback that answers as 46elks and Twilio do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { elksTransport } from '../../server/messaging/sms-46elks.ts';
import { twilioTransport } from '../../server/messaging/sms-twilio.ts';
import { PermanentDeliveryError } from '../../server/messaging/transport.ts';

interface Seen { method: string; url: string; auth: string; form: Record<string, string> }
let server: Server;
let base: string;
const seen: Seen[] = [];
let nextStatus = 200;

const read = (req: IncomingMessage) => new Promise<string>((resolve) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => resolve(body));
});

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const form = Object.fromEntries(new URLSearchParams(await read(req)));
    seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization ?? '', form });
    res.statusCode = nextStatus;
    res.setHeader('content-type', 'application/json');
    if (nextStatus !== 200 && nextStatus !== 201) return res.end(JSON.stringify({ message: 'refused' }));
    res.end(JSON.stringify(req.url!.includes('Messages.json') ? { sid: 'SM123' } : { id: 's42', status: 'created', parts: 1 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const basic = (user: string, pass: string) => 'Basic ' + Buffer.from(`${user}:${pass}`).toString('base64');

describe('46elks', () => {
  const elks = () => elksTransport({ username: 'u123', password: 'secret', from: 'Exempel', apiUrl: `${base}/a1` });

  it('posts the form with Basic auth and returns the message id', async () => {
    nextStatus = 200;
    const result = await elks().send({ to: '+46701234567', text: 'Hej från Fastighets AB Exempel' });
    expect(result).toEqual({ providerId: 's42' });
    expect(seen.at(-1)).toEqual({
      method: 'POST', url: '/a1/sms', auth: basic('u123', 'secret'),
      form: { from: 'Exempel', to: '+46701234567', message: 'Hej från Fastighets AB Exempel' },
    });
  });

  it('treats a refusal as permanent and a server error as worth a retry', async () => {
    nextStatus = 403;
    await expect(elks().send({ to: '+46701234567', text: 'x' })).rejects.toBeInstanceOf(PermanentDeliveryError);
    nextStatus = 503;
    const error = await elks().send({ to: '+46701234567', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    nextStatus = 429;
    expect(await elks().send({ to: '+46701234567', text: 'x' }).catch((e: unknown) => e)).not.toBeInstanceOf(PermanentDeliveryError);
  });
});

describe('Twilio', () => {
  it('posts To, From and Body to the account’s Messages resource', async () => {
    nextStatus = 201;
    const twilio = twilioTransport({ accountSid: 'AC1', authToken: 'tok', from: 'Exempel', apiUrl: `${base}/2010-04-01` });
    expect(await twilio.send({ to: '+46701234567', text: 'Hej' })).toEqual({ providerId: 'SM123' });
    expect(seen.at(-1)).toEqual({
      method: 'POST', url: '/2010-04-01/Accounts/AC1/Messages.json', auth: basic('AC1', 'tok'),
      form: { To: '+46701234567', From: 'Exempel', Body: 'Hej' },
    });
    nextStatus = 400;
    await expect(twilio.send({ to: '+46701234567', text: 'Hej' })).rejects.toBeInstanceOf(PermanentDeliveryError);
  });
});
