// Twilio Messages API (DOMAIN-SE.md §8.2), called with fetch: one request does not need the SDK.
import { PermanentDeliveryError, type SmsTransport } from './transport.ts';

export function twilioTransport(options: { accountSid: string; authToken: string; from: string; apiUrl: string }): SmsTransport {
  const auth = 'Basic ' + Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64');
  return {
    name: 'twilio',
    async send(message) {
      const response = await fetch(`${options.apiUrl}/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: message.to, From: options.from, Body: message.text }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) {
        const detail = `Twilio answered ${response.status}: ${(await response.text()).slice(0, 200)}`;
        if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new PermanentDeliveryError(detail);
        throw new Error(detail);
      }
      const body = (await response.json()) as { sid?: string };
      return { providerId: body.sid ?? null };
    },
  };
}
