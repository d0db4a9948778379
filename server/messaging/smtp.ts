import type { Transporter } from 'nodemailer';
import type { EmailTransport } from './transport.ts';

// nodemailer waits up to 10 minutes for a silent server by default; a delivery attempt gives up long
// before its job expires (server/jobs/send-message.ts), so the connection does too.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 14_000 };

/**
 * Connections are kept open and reused (a pool): no TCP and TLS handshake per message. There are as
 * many as messages can be in flight (MESSAGES_IN_FLIGHT), so no send waits for a connection. nodemailer
 * is loaded with the first message, not at start (decision 0026: the embedded mode's memory).
 */
export function smtpTransport(smtpUrl: string, from: string, maxConnections: number): EmailTransport {
  let transporter: Promise<Transporter> | null = null;
  const open = () => (transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
    nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections, maxMessages: 500, ...TIMEOUTS })));
  return {
    name: 'smtp',
    async send(message) {
      const info = await (await open()).sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
      });
      return { providerId: info.messageId ?? null };
    },
  };
}
