import { describe, expect, it } from 'vitest';
import { keepReading, takeReading } from '../../server/usecases/payments/read-once.ts';

const reading = (messageId: string) => ({ ok: true as const, format: 'camt.054' as const, messageId, payments: [] });

describe('a bank file read once for its import', () => {
  it('is given to the import once, then read again from the stored bytes', () => {
    keepReading('a', reading('A'), 0);
    expect(takeReading('a', 1000)?.messageId).toBe('A');
    expect(takeReading('a', 1000)).toBeNull();
  });

  it('keeps two readings at most, the latest', () => {
    keepReading('x', reading('X'), 0);
    keepReading('y', reading('Y'), 0);
    keepReading('z', reading('Z'), 0);
    expect(takeReading('x', 1)).toBeNull();
    expect(takeReading('y', 1)?.messageId).toBe('Y');
    expect(takeReading('z', 1)?.messageId).toBe('Z');
  });

  it('forgets a reading after a quarter of an hour', () => {
    keepReading('old', reading('OLD'), 0);
    expect(takeReading('old', 15 * 60 * 1000 + 1)).toBeNull();
  });
});
