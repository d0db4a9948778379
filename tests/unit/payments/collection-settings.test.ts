// The collection settings staff change: the reminder fee within the lawful 60 kr (DOMAIN-SE.md §7.4),
// reminder days after the due date (at least 1, each later than the one before, at most five levels),
// BAS accounts of four digits (§7.6); the accounts stored only where they differ from BAS.
import { describe, expect, it } from 'vitest';
import { checkCollectionSettings, parseReminderDays, type CollectionSettings } from '../../../server/domain/payments/collection-settings.ts';
import { accountPlanSettingsOf, accountPlanWith, settingsAccountsOf } from '../../../server/domain/payments/sie-period.ts';

const bas = settingsAccountsOf(null);
const good: CollectionSettings = { reminderFeeOre: 6000, reminderDaysAfterDue: [3, 14], lateInterest: { charged: true, minimumOre: 5000 }, accounts: bas };

describe('checkCollectionSettings', () => {
  it('takes a fee of 0 to 60 kr, days from 1 increasing, four-digit accounts', () => {
    expect(checkCollectionSettings(good)).toEqual([]);
    expect(checkCollectionSettings({ ...good, reminderFeeOre: 0, reminderDaysAfterDue: [1] })).toEqual([]);
    expect(checkCollectionSettings({ ...good, reminderDaysAfterDue: [1, 2, 10, 30, 365] })).toEqual([]);
  });

  it.each([100_001, -1, 0.5])('refuses an interest minimum of %s öre: above 1 000 kr, negative or not whole', (minimumOre) => {
    expect(checkCollectionSettings({ ...good, lateInterest: { charged: true, minimumOre } })).toEqual([{ field: 'lateInterest.minimumOre', kind: 'interest_minimum_out_of_range', maximumOre: 100_000 }]);
    expect(checkCollectionSettings({ ...good, lateInterest: { charged: false, minimumOre: 0 } })).toEqual([]);
  });

  it.each([6001, -1, 12.5])('refuses a fee of %s öre: above the lawful 60 kr, negative or not whole', (fee) => {
    expect(checkCollectionSettings({ ...good, reminderFeeOre: fee })).toEqual([{ field: 'reminderFeeOre', kind: 'fee_out_of_range', maximumOre: 6000 }]);
  });

  it.each([
    [[], 'days_missing'],
    [[1, 2, 3, 4, 5, 6], 'too_many_levels'],
    [[0, 14], 'day_out_of_range'],
    [[3, 366], 'day_out_of_range'],
    [[14, 3], 'days_not_increasing'],
    [[3, 3], 'days_not_increasing'],
  ] as const)('refuses the days %j: %s', (days, kind) => {
    expect(checkCollectionSettings({ ...good, reminderDaysAfterDue: [...days] })).toEqual([expect.objectContaining({ field: 'reminderDaysAfterDue', kind })]);
  });

  it('refuses every account that is not four digits, naming each', () => {
    expect(checkCollectionSettings({ ...good, accounts: { ...bas, bank: '193', interest: '8313a', income25: '' } })).toEqual([
      { field: 'accounts.bank', kind: 'account_not_four_digits', value: '193' },
      { field: 'accounts.income25', kind: 'account_not_four_digits', value: '' },
      { field: 'accounts.interest', kind: 'account_not_four_digits', value: '8313a' },
    ]);
  });
});

describe('parseReminderDays', () => {
  it('reads days separated by commas, spaces or semicolons', () => {
    expect(parseReminderDays('3, 14')).toEqual([3, 14]);
    expect(parseReminderDays(' 3 ;14 30 ')).toEqual([3, 14, 30]);
    expect(parseReminderDays('3,14,30')).toEqual([3, 14, 30]);
    expect(parseReminderDays('')).toEqual([]);
  });
  it('refuses what is no whole number', () => {
    expect(parseReminderDays('3, fjorton')).toBeNull();
    expect(parseReminderDays('-3')).toBeNull();
    expect(parseReminderDays('2.5')).toBeNull();
  });
});

describe('the accounts as stored', () => {
  it('are the BAS plan by default, and stored as null while they are BAS', () => {
    expect(bas).toEqual({ receivables: '1510', bank: '1930', customerAdvances: '2420', income0: '3911', income25: '3913', outputVat25: '2611', reminderFees: '3930', interest: '8313' });
    expect(accountPlanSettingsOf(bas, null)).toBeNull();
  });

  it('keep only what differs from BAS, and the names the settings gave, and the export plan follows them', () => {
    const stored = accountPlanSettingsOf({ ...bas, bank: '1940', income25: '3914' }, { names: { 1940: 'Bankkonto' } });
    expect(stored).toEqual({ bank: '1940', income: { 25: '3914' }, names: { 1940: 'Bankkonto' } });
    expect(settingsAccountsOf(stored)).toEqual({ ...bas, bank: '1940', income25: '3914' });
    const plan = accountPlanWith(stored);
    expect([plan.bank, plan.income[25], plan.income[0], plan.names['1940']]).toEqual(['1940', '3914', '3911', 'Bankkonto']);
  });
});
