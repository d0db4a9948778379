import type { Config } from '../config.ts';
import { elksTransport } from './sms-46elks.ts';
import { twilioTransport } from './sms-twilio.ts';
import { smtpTransport } from './smtp.ts';
import { MESSAGES_IN_FLIGHT } from '../domain/delivery.ts';

export interface OutgoingEmail { to: string; subject: string; text: string; html: string | null }
export interface OutgoingSms { to: string; text: string }

export interface EmailTransport { name: string; send(message: OutgoingEmail): Promise<{ providerId: string | null }> }
export interface SmsTransport { name: string; send(message: OutgoingSms): Promise<{ providerId: string | null }> }

/** A failure the provider will not change its mind about (bad number, bad credentials): no retry. */
export class PermanentDeliveryError extends Error {}

export interface Transports {
  email: EmailTransport | null;
  sms: SmsTransport | null;
  /** Outside production, a channel without a transport delivers to the development mailbox. */
  devMailbox: boolean;
}

export function transportsFrom(config: Config): Transports {
  return {
    email: config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl, config.mail.from, MESSAGES_IN_FLIGHT) : null,
    sms:
      config.sms.provider === '46elks' ? elksTransport(config.sms)
      : config.sms.provider === 'twilio' ? twilioTransport(config.sms)
      : null,
    devMailbox: config.env !== 'production',
  };
}
