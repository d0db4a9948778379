// 46elks: POST /sms, form-encoded, HTTP Basic auth (DOMAIN-SE.md §8.1). There is no maintained SDK.
import { PermanentDeliveryError, type SmsTransport } from './transport.ts';

export function elksTransport(options: { username: string; password: string; from: string; apiUrl: string }): SmsTransport {
  const auth = 'Basic ' + Buffer.from(`${options.username}:${options.password}`).toString('base64');
  return {
    name: '46elks',
    async send(message) {
      const response = await fetch(`${options.apiUrl}/sms`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ from: options.from, to: message.to, message: message.text }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) {
        const detail = `46elks answered ${response.status}: ${(await response.text()).slice(0, 200)}`;
        // 4xx other than rate limiting means the request itself is wrong: retrying will not help.
        if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new PermanentDeliveryError(detail);
        throw new Error(detail);
      }
      const body = (await response.json()) as { id?: string };
      return { providerId: body.id ?? null };
    },
  };
}
