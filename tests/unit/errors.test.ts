import { describe, expect, it } from 'vitest';
import { toAppError } from '../../server/http/errors.ts';
import { AppError } from '../../server/errors.ts';

describe('mapping errors to one error type', () => {
  it('keeps our own errors', () => {
    const e = new AppError('CODE_WRONG', { left: 2 });
    expect(toAppError(e)).toBe(e);
  });
  it('maps a plugin error by its status to the generic code, never to a specific one', () => {
    const withStatus = (statusCode: number) => Object.assign(new Error('x'), { statusCode });
    expect(toAppError(withStatus(403)).code).toBe('FORBIDDEN');
    expect(toAppError(withStatus(401)).code).toBe('UNAUTHENTICATED');
    expect(toAppError(withStatus(409)).code).toBe('CONFLICT');
    expect(toAppError(withStatus(429)).code).toBe('RATE_LIMITED');
    expect(toAppError(withStatus(418)).code).toBe('VALIDATION');
    expect(toAppError(withStatus(503)).code).toBe('INTERNAL');
    expect(toAppError(new TypeError('boom')).code).toBe('INTERNAL');
  });
  it('names the field of a schema violation', () => {
    const e = Object.assign(new Error('bad'), { validation: [{ keyword: 'required', instancePath: '', params: { missingProperty: 'password' } }] });
    expect(toAppError(e)).toMatchObject({ code: 'VALIDATION', params: { keyword: 'required', field: 'password' } });
  });
});
