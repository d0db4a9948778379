import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { logDestination, loggableError, messageWithoutValues } from '../../server/logging.ts';

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

describe('the log destination (decision 0035)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hyresportal-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes lines a few at a time: a line alone waits, and comes within about a second', async () => {
    const file = path.join(dir, 'alone.log');
    const destination = logDestination(file);
    await new Promise<void>((resolve) => { (destination as unknown as { once: (event: string, listener: () => void) => void }).once('ready', () => resolve()); });
    pino(destination).info('one line');
    expect(readFileSync(file, 'utf8')).toBe('');
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 5000, interval: 100 }).toMatch(/"msg":"one line"/);
  });

  it('writes every line of every destination, in order, when the process exits with some waiting (one exit listener for all)', () => {
    const file = path.join(dir, 'exit.log');
    // An open descriptor, as stdout is (a path opens asynchronously, and exiting at once would beat it).
    const other = path.join(dir, 'other.log');
    // Two destinations, as the web server and a test's logger may have: one exit listener flushes both.
    const script = `import pino from 'pino'; import { openSync } from 'node:fs'; import { logDestination } from ${JSON.stringify(path.resolve('server/logging.ts'))};
      const before = process.listenerCount('exit');
      const log = pino(logDestination(openSync(${JSON.stringify(file)}, 'w'))); const second = pino(logDestination(openSync(${JSON.stringify(other)}, 'w')));
      if (process.listenerCount('exit') !== before + 1) throw new Error('exit listeners: ' + (process.listenerCount('exit') - before));
      for (let i = 0; i < 500; i++) { log.info({ i }, 'line'); second.info({ i }, 'other'); } process.exit(0);`;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    for (const written of [file, other]) {
      const lines = readFileSync(written, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { i: number });
      expect(lines.map((l) => l.i)).toEqual([...Array(500).keys()]);
    }
  });
});
