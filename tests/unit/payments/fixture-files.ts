// Fixture files for the payment tests. The shared samples (../shared/fixtures, beside the checkout) are
// read where they are and never copied into the project; where they are absent a test takes our own
// file under tests/fixtures/payments/ with its own expectations, so no test is skipped.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileError, FileResult } from '../../../server/domain/payments/file-errors.ts';

const own = path.resolve('tests/fixtures/payments');
// SHARED_FIXTURES=/nowhere runs the tests on our own files only, to check their expectations too.
const shared = process.env.SHARED_FIXTURES ?? path.resolve('../shared/fixtures');

export function ownFixture(name: string): Buffer {
  return readFileSync(path.join(own, name));
}

/** The shared sample when present, else our own file; `shared` says which, for the expectations. */
export function sharedOr<T>(sharedName: string, ownName: string, expect: { shared: T; own: T }): { bytes: Buffer; name: string; expected: T } {
  const sharedPath = path.join(shared, sharedName);
  if (existsSync(sharedPath)) return { bytes: readFileSync(sharedPath), name: `shared ${sharedName}`, expected: expect.shared };
  return { bytes: ownFixture(ownName), name: `own ${ownName}`, expected: expect.own };
}

/** The parsed file, or the test fails with the errors. */
export function ok<T>(result: FileResult<T>): T {
  if (!result.ok) throw new Error(`expected a file, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The errors of a refused file, or the test fails. */
export function refused<T>(result: FileResult<T>): FileError[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}
