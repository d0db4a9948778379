import { describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { loggableError, messageWithoutValues } from '../../server/logging.ts';

describe('errors in the log', () => {
  it('keep the statement and the causes, not the values', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "staff_users_email_unique"'), {
      code: '23505', constraint: 'staff_users_email_unique', detail: 'Key (email)=(anna@exempel.se) already exists.',
    });
    const error = new DrizzleQueryError('insert into "staff_users" ("email", "password_hash") values ($1, $2)', ['anna@exempel.se', 'hemligt'], cause);
    const logged = loggableError(error) as Record<string, any>;
    expect(logged).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query: insert into "staff_users" ("email", "password_hash") values ($1, $2)',
      query: 'insert into "staff_users" ("email", "password_hash") values ($1, $2)',
      cause: { code: '23505', constraint: 'staff_users_email_unique' },
    });
    expect(logged.stack).toMatch(/^Error: Failed query: insert[^\n]*\n\s+at /);
    expect(JSON.stringify(logged)).not.toMatch(/anna@exempel\.se|hemligt/);
  });

  it('leave out a value PostgreSQL quotes in its message', () => {
    expect(messageWithoutValues('invalid input syntax for type uuid: "lisa-123"')).toBe('invalid input syntax for type uuid: "[value]"');
    expect(messageWithoutValues('relation "no_such_table" does not exist')).toBe('relation "no_such_table" does not exist');
  });

  it('pass anything that is not an error through', () => {
    expect(loggableError('text')).toBe('text');
    expect(loggableError({ type: 'Error', message: 'x' })).toEqual({ type: 'Error', message: 'x' });
  });
});
