import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { expectedMigrations } from '../../server/db/migrate.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('health, readiness and the API description', () => {
  it('says the process is alive and the database is ready with current migrations', async () => {
    const c = new Client(t.app);
    expect((await c.get('/api/health')).body).toEqual({ status: 'ok' });
    expect((await c.get('/api/ready')).body).toEqual({ status: 'ready', database: backend, migrations: expectedMigrations });
  });

  it('serves OpenAPI 3.1 generated from the route schemas', async () => {
    const res = await new Client(t.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining([
      '/api/session', '/api/auth/login/tenant', '/api/auth/login/staff', '/api/auth/logout',
      '/api/portal/leases', '/api/portal/leases/{id}', '/api/backoffice/customers', '/api/health', '/api/ready',
    ]));
    expect(res.body.paths['/api/auth/login/tenant'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
  });
});
