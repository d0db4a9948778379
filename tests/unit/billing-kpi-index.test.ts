import { describe, expect, it } from 'vitest';
import { IndexUpliftError, indexUplift } from '../../server/domain/billing/kpi-index.ts';

describe('indexUplift (DOMAIN-SE.md §7.1, §7.3)', () => {
  it('375 000 kr, KPI okt 2019 336,04 → okt 2021 346,44 gives 11 605,76 kr a year', () => {
    expect(indexUplift({ baseRentOre: 375_000_00, kpiBase: 336.04, kpiCurrent: 346.44 })).toBe(11_605_76);
  });
  it('a share of the base rent is indexed when the clause says so', () => {
    // 11 605,76… × 0,8 = 9 284,61
    expect(indexUplift({ baseRentOre: 375_000_00, kpiBase: 336.04, kpiCurrent: 346.44, shareOfBase: 0.8 })).toBe(9_284_61);
    expect(indexUplift({ baseRentOre: 375_000_00, kpiBase: 336.04, kpiCurrent: 346.44, shareOfBase: 0 })).toBe(0);
  });
  it('only increases count: an unchanged or lower KPI gives no uplift', () => {
    expect(indexUplift({ baseRentOre: 375_000_00, kpiBase: 336.04, kpiCurrent: 336.04 })).toBe(0);
    expect(indexUplift({ baseRentOre: 375_000_00, kpiBase: 346.44, kpiCurrent: 336.04 })).toBe(0);
  });
  it('is exact for large rents', () => {
    // 90 000 000,00 kr × 10,40 / 336,04 = 2 785 382,692… kr
    expect(indexUplift({ baseRentOre: 9_000_000_000, kpiBase: 336.04, kpiCurrent: 346.44 })).toBe(278_538_269);
  });
  it.each([
    [{ kpiCurrent: null }, 'kpiCurrent'], [{ kpiCurrent: undefined }, 'kpiCurrent'], [{ kpiCurrent: -1 }, 'kpiCurrent'], [{ kpiCurrent: 0 }, 'kpiCurrent'],
    [{ kpiCurrent: Number.NaN }, 'kpiCurrent'], [{ kpiBase: 0 }, 'kpiBase'], [{ kpiBase: null }, 'kpiBase'],
    [{ baseRentOre: -1 }, 'baseRentOre'], [{ baseRentOre: 1.5 }, 'baseRentOre'], [{ shareOfBase: 1.2 }, 'shareOfBase'],
  ])('refuses %o with a typed error naming %s', (override, field) => {
    const input = { baseRentOre: 375_000_00, kpiBase: 336.04, kpiCurrent: 346.44, ...override };
    expect(() => indexUplift(input)).toThrow(IndexUpliftError);
    try { indexUplift(input); } catch (error) { expect((error as IndexUpliftError).field).toBe(field); }
  });
});
