import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.app.close(); await t?.jobs.stop().catch(() => {}); });

describe('when the database goes away', () => {
  it('says not ready, and answers 500 without internals', async () => {
    const c = new Client(t.app, 'en');
    await c.refreshCsrf();
    await t.database.close();
    const ready = await c.get('/api/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.error.code).toBe('NOT_READY');
    const res = await c.get('/api/landlord');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again in a while.' } });
  });
});
