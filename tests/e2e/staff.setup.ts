// Runs before the browser tests: the demo staff set up their second factor once (as a person would at
// their first login), so that tests running side by side all meet the same one-time-code step.
// The set-up screens themselves are covered by the invitation journey.
import { test as setup, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { demoStaff } from '../../server/demo/data.ts';
import { totpFile, unusedTotpCodeFor } from './support.ts';

setup('demo staff set up TOTP', async ({ request }) => {
  const secrets: Record<string, string> = {};
  for (const staff of demoStaff) {
    const { csrfToken } = await (await request.get('/api/session')).json();
    const first = await request.post('/api/auth/login/staff', { data: { email: staff.email, password: staff.password }, headers: { 'x-csrf-token': csrfToken } });
    expect(first.status()).toBe(200);
    const step = await first.json();
    expect(step.step).toBe('totp_setup');
    const second = await request.post('/api/auth/login/staff/totp', { data: { challengeId: step.challengeId, code: await unusedTotpCodeFor(staff.email, step.secret) }, headers: { 'x-csrf-token': csrfToken } });
    expect(second.status()).toBe(200);
    secrets[staff.email] = step.secret;
    await request.post('/api/auth/logout', { headers: { 'x-csrf-token': csrfToken } });
  }
  writeFileSync(totpFile, JSON.stringify(secrets));
});
