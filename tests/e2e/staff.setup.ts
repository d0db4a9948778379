// Runs before the browser tests: the demo staff set up their second factor once (as a person would at
// their first login), so that tests running side by side all meet the same one-time-code step.
// The set-up screens themselves are covered by the invitation journey.
// Each one's session is kept (staffSessionFile): a test that needs a logged-in staff member, not the
// login itself, starts in it (loginStaff), instead of waiting for a one-time code of its own (the
// server takes each 30-second code once per person, so a dozen logins of one person take minutes).
import { test as setup, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { demoStaff } from '../../server/demo/data.ts';
import { staffSessionFile, totpFile, unusedTotpCodeFor } from './support.ts';

setup('demo staff set up TOTP', async ({ playwright, baseURL }) => {
  const secrets: Record<string, string> = {};
  for (const staff of demoStaff) {
    // a context each, so that one's login does not replace (and end) the one before
    const request = await playwright.request.newContext({ baseURL });
    const { csrfToken } = await (await request.get('/api/session')).json();
    const first = await request.post('/api/auth/login/staff', { data: { email: staff.email, password: staff.password }, headers: { 'x-csrf-token': csrfToken } });
    expect(first.status()).toBe(200);
    const step = await first.json();
    expect(step.step).toBe('totp_setup');
    const second = await request.post('/api/auth/login/staff/totp', { data: { challengeId: step.challengeId, code: await unusedTotpCodeFor(staff.email, step.secret) }, headers: { 'x-csrf-token': csrfToken } });
    expect(second.status()).toBe(200);
    secrets[staff.email] = step.secret;
    await request.storageState({ path: staffSessionFile(staff.email) });
    await request.dispose();
  }
  writeFileSync(totpFile, JSON.stringify(secrets));
});
