import { describe, expect, it } from 'vitest';
import { isConnectionError, isRead } from '../../server/db/read-retry.ts';

describe('which failed queries run again', () => {
  it('are reads: SELECT, or WITH … SELECT without a data-modifying part', () => {
    expect(isRead('select "id" from "cases" where "id" = $1')).toBe(true);
    expect(isRead('  WITH recent AS (select * from audit_events) select * from recent')).toBe(true);
    expect(isRead('select "updated_at" from "cases"')).toBe(true);
    expect(isRead('insert into sessions values ($1)')).toBe(false);
    expect(isRead('update "tenant_users" set "name" = $1')).toBe(false);
    expect(isRead('with moved as (delete from jobs returning *) select * from moved')).toBe(false);
    expect(isRead('select * from cases for update')).toBe(false);
  });

  it('failed for a lost connection, not for what they say', () => {
    for (const code of ['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNRESET']) expect(isConnectionError({ code, message: 'x' })).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isConnectionError({ code: '23505', message: 'duplicate key value' })).toBe(false);
    expect(isConnectionError({ code: '57014', message: 'canceling statement due to statement timeout' })).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});
