// Response serializers are compiled when first used (server/http/serialization.ts): every one of them
// still compiles, and a body is still shaped by its schema (a field the schema does not name is left out).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { compileEverySerializer } from '../../server/http/serialization.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } }); });
afterAll(async () => { await t?.close(); });

describe('response serializers, compiled on first use', () => {
  it('all compile: every route, every status it declares', () => {
    expect(compileEverySerializer(t.app)).toBeGreaterThan(150);
  });

  it('shape the body by the schema, as at start', async () => {
    const lisa = new Client(t.app);
    await lisa.loginTenant('lunden', 'Lunden#2026');
    const me = await lisa.get('/api/portal/me');
    expect(me.status).toBe(200);
    expect(me.body).not.toHaveProperty('passwordHash');
    const missing = await lisa.get('/api/portal/cases/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });
});
