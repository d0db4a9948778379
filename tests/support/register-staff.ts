// The demo staff the register tests act as, logged in on one app with its clock, and the audit log's
// events of one action as an administrator reads them (newest first).
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../server/clock.ts';
import { Client } from './client.ts';

export interface RegisterStaff {
  admin: Client;
  /** The administrator in English, for the refusals' English words. */
  adminEn: Client;
  finance: Client;
  /** The customer manager (kundansvarig). */
  manager: Client;
  propertyManager: Client;
  /** Staff ids by the local part of their e-mail: admin, kundansvarig, fastighetsansvarig, ekonomi. */
  ids: Record<string, string>;
}

export async function loginRegisterStaff(app: FastifyInstance, clock: Clock): Promise<RegisterStaff> {
  const login = async (email: string, password: string, lang: 'sv' | 'en' = 'sv') => {
    const client = new Client(app, lang, clock);
    await client.loginStaff(email, password);
    return client;
  };
  const admin = await login('admin@exempel.se', 'Admin#2026');
  const staff = (await admin.get('/api/backoffice/staff')).body.staff as { id: string; email: string }[];
  return {
    admin,
    adminEn: await login('admin@exempel.se', 'Admin#2026', 'en'),
    finance: await login('ekonomi@exempel.se', 'Ekonomi#2026'),
    manager: await login('kundansvarig@exempel.se', 'Kund#2026'),
    propertyManager: await login('fastighetsansvarig@exempel.se', 'Fastighet#2026'),
    ids: Object.fromEntries(staff.map((s) => [s.email.split('@')[0]!, s.id])),
  };
}

export async function auditEventsOf(admin: Client, action: string) {
  return (await admin.get(`/api/backoffice/audit?action=${action}`)).body.events as { subject: string | null; details: Record<string, unknown> }[];
}

export const patch = (client: Client, url: string, body: unknown) => client.request('PATCH', url, body);
