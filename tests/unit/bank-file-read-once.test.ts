import { describe, expect, it } from 'vitest';
import { keepReading, takeReading } from '../../server/usecases/payments/read-once.ts';

const reading = (messageId: string) => ({ ok: true as const, format: 'camt.054' as const, messageId, payments: [] });

describe('a bank file read once for its import', () => {
  it('is given to the import once, then read again from the stored bytes', () => {
    keepReading('a', reading('A'), new Date(0));
    expect(takeReading('a', new Date(1000))?.messageId).toBe('A');
    expect(takeReading('a', new Date(1000))).toBeNull();
  });

  it('keeps two readings at most, the latest', () => {
    keepReading('x', reading('X'), new Date(0));
    keepReading('y', reading('Y'), new Date(0));
    keepReading('z', reading('Z'), new Date(0));
    expect(takeReading('x', new Date(1))).toBeNull();
    expect(takeReading('y', new Date(1))?.messageId).toBe('Y');
    expect(takeReading('z', new Date(1))?.messageId).toBe('Z');
  });

  it('forgets a reading after a quarter of an hour', () => {
    keepReading('old', reading('OLD'), new Date(0));
    expect(takeReading('old', new Date(15 * 60 * 1000 + 1))).toBeNull();
  });
});
