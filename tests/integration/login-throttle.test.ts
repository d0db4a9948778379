// Failed logins are counted per username given, so an unknown username is slowed down and locked exactly
// as an existing one is: the answers do not tell which usernames exist.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { fixedClock } from '../../server/clock.ts';
import { Client, type Response } from '../support/client.ts';
import { auditEvents } from '../../server/db/schema/index.ts';

// Counts the password hashes computed (argon2 is nearly all of a login's time), as the timing's witness.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../server/security/passwords.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/security/passwords.ts')>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => { hashes.count++; return real.verifyPassword(hash, password); },
    verifyAgainstNothing: (password: string) => { hashes.count++; return real.verifyAgainstNothing(password); },
  };
});

// The clock stands still, so "Vänta 30 sekunder" does not become 29 when a loaded machine takes a second
// between two tries; the waits are made by moving the counters (anHourLater), not by time passing.
let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' }, clock: fixedClock('2026-03-02T09:00:00+01:00') }); });
afterAll(async () => { await t?.close(); });

const routes = {
  tenant: { url: '/api/auth/login/tenant', body: (name: string, password: string) => ({ username: name, password }) },
  staff: { url: '/api/auth/login/staff', body: (name: string, password: string) => ({ email: name, password }) },
};
type Kind = keyof typeof routes;

// As if the last failure were an hour ago: past any lock, within the day failures are kept.
const anHourLater = (kind: Kind, name: string) =>
  t.database.executeSql('update rate_limits set reset_at = reset_at - 3600000 where key = $1', [`login|${kind}|${name}`]);

interface Answer { status: number; code: string; message: string; hashes: number }

/** Fourteen tries as someone guessing would make them, with the waits between; each answer and its time. */
async function guess(kind: Kind, name: string, rightPassword: string): Promise<Answer[]> {
  const c = new Client(t.app, 'sv', t.clock);
  const answers: Answer[] = [];
  const attempt = async (username: string, password: string) => {
    const before = hashes.count;
    const res: Response = await c.post(routes[kind].url, routes[kind].body(username, password));
    answers.push({ status: res.status, code: res.body.error?.code, message: res.body.error?.message, hashes: hashes.count - before });
  };
  for (let i = 0; i < 3; i++) await attempt(name, `Fel#lösen${i}`);
  await attempt(` ${name.toUpperCase()}`, 'Fel#lösen3'); // the same username, as a person might type it
  await attempt(name, 'Fel#lösen4'); // the fifth: 30 seconds
  await attempt(name, rightPassword); // while locked, even the right password waits
  for (let i = 6; i <= 10; i++) {
    await anHourLater(kind, name);
    await attempt(name, `Fel#lösen${i}`); // 1, 2, 4, 8 minutes, then locked for 15
  }
  return answers;
}


describe.each([
  { kind: 'tenant' as const, existing: 'bygg', unknown: 'finns-inte', password: 'Bygg#2026' },
  { kind: 'staff' as const, existing: 'ekonomi@exempel.se', unknown: 'ingen.alls@exempel.se', password: 'Ekonomi#2026' },
])('failed $kind logins', ({ kind, existing, unknown, password }) => {
  it('answer an unknown username exactly as an existing one, failure after failure', async () => {
    const real = await guess(kind, existing, password);
    const made = await guess(kind, unknown, 'Vad#som2026');
    expect(made).toEqual(real);
    expect(real.map((a) => a.code)).toEqual([
      ...Array(4).fill('INVALID_CREDENTIALS'), ...Array(7).fill('ACCOUNT_LOCKED'),
    ]);
    expect(real[4]!.message).toBe('För många misslyckade inloggningar. Vänta 30 sekunder och försök igen.');
    expect(real[6]!.message).toBe('För många misslyckade inloggningar. Vänta 60 sekunder och försök igen.');
    expect(real[10]!.message).toMatch(/^Kontot är låst i 15 minuter/);
    // One hash for every try that is not refused for the lock, existing or not: the same work, the same time.
    expect(real.map((a) => a.hashes)).toEqual([1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
    const locked = await t.database.db.select({ subjectId: auditEvents.subjectId }).from(auditEvents).where(eq(auditEvents.action, 'login.locked'));
    expect(locked.filter((e) => e.subjectId === null).length).toBeGreaterThanOrEqual(1);
  });

  it('forgets the failures once the right password gets in', async () => {
    await anHourLater(kind, existing);
    const c = new Client(t.app, 'sv', t.clock);
    if (kind === 'tenant') await c.loginTenant(existing, password);
    else expect((await c.post(routes.staff.url, routes.staff.body(existing, password))).status).toBe(200);
    if (kind === 'staff') await c.loginStaff(existing, password); // the failures end with the second step
    for (let i = 0; i < 4; i++) expect((await c.post(routes[kind].url, routes[kind].body(existing, 'Fel#igen1'))).body.error.code).toBe('INVALID_CREDENTIALS');
  });
});
