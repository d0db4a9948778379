// TOTP (RFC 6238: SHA-1, 6 digits, 30 s), as every authenticator app understands it, via otpauth.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = '', issuer = '') {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

export function totpUri(secretBase32: string, account: string, issuer: string): string {
  return totp(secretBase32, account, issuer).toString();
}

/**
 * Accepts the current code and one step either side, for clocks that differ a little. Returns the
 * 30-second step the code belongs to (so it can be refused a second time), or null for a wrong code.
 */
export function verifyTotp(secretBase32: string, token: string, timestamp: number): number | null {
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp, window: 1 });
  return delta === null ? null : Math.floor(timestamp / 30_000) + delta;
}

export function totpCode(secretBase32: string, timestamp: number): string {
  return totp(secretBase32).generate({ timestamp });
}

export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
