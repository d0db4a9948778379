// Time comes from the clock in the app context: a fixed clock makes a whole run reproducible, and the
// business date is the Swedish one (a case at 23:30 UTC on New Year's Eve belongs to next year).
import { describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { createTestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { fixedClock } from '../../server/clock.ts';
import { auditEvents, outgoingMessages } from '../../server/db/schema/index.ts';

const NEW_YEARS_EVE = '2026-12-31T23:30:00.000Z';

/** One run of a tenant's morning, on its own database, with the clock standing at New Year's Eve. */
async function run() {
  const clock = fixedClock(NEW_YEARS_EVE);
  const t = await createTestApp({ clock });
  try {
    const lisa = new Client(t.app);
    await lisa.loginTenant('lunden', 'Lunden#2026');
    const created = await lisa.post('/api/portal/cases', { title: 'Nyårsläcka', description: 'Det droppar i köket.', category: 'fault', leaseId: null, rentalObjectId: null, spaceId: null });
    clock.advance(60_000);
    await lisa.post(`/api/portal/cases/${created.body.case.id}/messages`, { body: 'Nu droppar det mer.' });
    const read = await lisa.get(`/api/portal/cases/${created.body.case.id}`);
    const mail = (await t.database.db.select().from(outgoingMessages).where(eq(outgoingMessages.recipient, 'lisa@cafelunden.se')).orderBy(desc(outgoingMessages.createdAt)).limit(1))[0]!;
    const audit = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'case.created')).orderBy(desc(auditEvents.at)).limit(1))[0]!;
    return { status: created.status, case: read.body.case, mail: { createdAt: mail.createdAt.toISOString(), subject: mail.subject }, auditAt: audit.at.toISOString() };
  } finally {
    await t.close();
  }
}

/** What differs between two databases by design (random ids), taken out before comparing. */
const withoutIds = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key === 'id' || key.endsWith('Id') ? undefined : v)));

describe('the clock', () => {
  it("numbers a case made at 23:30 UTC on 31 December with next year's number, and dates everything by the clock", async () => {
    const first = await run();
    expect(first.status).toBe(201);
    expect(first.case.number).toMatch(/^2027-\d{6}$/);
    expect(first.case.createdAt).toBe(NEW_YEARS_EVE);
    expect(first.mail.createdAt).toBe(NEW_YEARS_EVE);
    expect(first.auditAt).toBe(NEW_YEARS_EVE);
    expect(first.case.messages.at(-1).createdAt).toBe('2026-12-31T23:31:00.000Z');

    // The same run on a second copy of the database gives the same answers, to the millisecond.
    const second = await run();
    expect(withoutIds(second)).toEqual(withoutIds(first));
  });
});
