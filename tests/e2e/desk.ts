// Helpers of the desk specs: a case in the shared queue, made through the API as the tenant Bo, so that
// each test has work of its own. A lease-and-documents case goes to the customer manager only, and Bo's
// customer has none: a question would go to the manager of the property Bo rents on.
import type { APIRequestContext } from '@playwright/test';
import { expect } from './support.ts';

export async function queueCase(request: APIRequestContext, title: string): Promise<{ id: string; number: string }> {
  const { csrfToken } = await (await request.get('/api/session')).json();
  const login = await request.post('/api/auth/login/tenant', { data: { username: 'bygg', password: 'Bygg#2026' }, headers: { 'x-csrf-token': csrfToken } });
  expect(login.status()).toBe(200);
  const { csrfToken: token } = await (await request.get('/api/session')).json();
  const res = await request.post('/api/portal/cases', {
    data: { title, description: 'Skapat av webbläsartestet.', category: 'document', leaseId: null, rentalObjectId: null, spaceId: null },
    headers: { 'x-csrf-token': token },
  });
  expect(res.status()).toBe(201);
  const { case: created } = await res.json();
  await request.post('/api/auth/logout', { headers: { 'x-csrf-token': token } });
  return created;
}
