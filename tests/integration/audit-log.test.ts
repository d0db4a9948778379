// The audit log lists what happened newest first; the events of one change share the clock's time
// and keep the order in which the change wrote them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { recordAudit } from '../../server/repositories/audit.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } }); });
afterAll(async () => { await t?.close(); });

describe('the audit log', () => {
  it('keeps the order of events written at the same instant', async () => {
    const at = new Date('2027-03-01T09:00:00Z');
    await t.database.db.transaction(async (tx) => {
      for (const action of ['test.first', 'test.second', 'test.third']) await recordAudit(tx, { at, actorKind: 'system', action, details: {} });
    });
    const admin = new Client(t.app);
    await admin.loginStaff();
    const events = (await admin.get('/api/backoffice/audit?limit=1000')).body.events as { action: string }[];
    expect(events.map((e) => e.action).filter((a) => a.startsWith('test.'))).toEqual(['test.third', 'test.second', 'test.first']);
  });
});
