import { describe, expect, it } from 'vitest';
import { formatIdentityNumber, parseIdentityNumber } from '../../server/domain/identity.ts';

// DOMAIN-SE.md §1.3 (organisationsnummer and personnummer vectors)
describe('parseIdentityNumber', () => {
  it.each([
    ['556016-0680', '5560160680', '556016-0680'],
    ['5560160680', '5560160680', '556016-0680'],
    ['165560160680', '5560160680', '556016-0680'],
    ['212000-0142', '2120000142', '212000-0142'],
    ['556677-8808', '5566778808', '556677-8808'],
    [' 559123-4561 ', '5591234561', '559123-4561'],
  ])('accepts the organisationsnummer %s', (input, canonical, display) => {
    expect(parseIdentityNumber(input)).toEqual({ kind: 'organisation', canonical, display });
  });

  it.each([
    ['811218-9876', '198112189876'],
    ['8112189876', '198112189876'],
    ['19811218-9876', '198112189876'],
    ['19121212-1212', '191212121212'],
    ['701063-2391', '197010632391'],
    ['000229-2399', '200002292399'],
  ])('accepts the personnummer %s as a private customer', (input, canonical) => {
    expect(parseIdentityNumber(input)).toMatchObject({ kind: 'person', canonical });
  });

  it.each(['556016-0681', '551212-1234', '811218-9877', '010229-2398', '150916-0006', '420566-9899', '', 'abc', '55601606801234'])(
    'refuses %s',
    (input) => expect(parseIdentityNumber(input)).toBeNull(),
  );

  it('formats stored numbers with a dash', () => {
    expect(formatIdentityNumber('5566778808')).toBe('556677-8808');
    expect(formatIdentityNumber('198112189876')).toBe('19811218-9876');
  });
});
