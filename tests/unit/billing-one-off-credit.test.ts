import { describe, expect, it } from 'vitest';
import { firstBankingDayFrom, oneOffDueDate, oneOffRows } from '../../server/domain/billing/one-off.ts';
import { formatKronor, parseKronor } from '../../server/domain/money.ts';
import { creditableNetOfRow, creditNoteRows, uncreditedByRate, uncreditedTotal, type CreditableRow } from '../../server/domain/billing/credit-note.ts';
import { totals } from '../../server/domain/billing/rows.ts';

describe('a one-off invoice', () => {
  it('is due 30 days after issue, moved forward to a banking day (DOMAIN-SE.md §7.2)', () => {
    expect(oneOffDueDate('2026-03-02')).toBe('2026-04-01'); // a Wednesday
    expect(oneOffDueDate('2026-03-04')).toBe('2026-04-07'); // 3 April långfredag, a weekend, 6 April annandag påsk
    expect(oneOffDueDate('2025-12-01')).toBe('2026-01-02'); // nyårsafton, nyårsdagen
    expect(oneOffDueDate('2026-05-07')).toBe('2026-06-08'); // 6 June nationaldagen, a Saturday; the 7th a Sunday
  });

  it('moves a day that is no banking day to the next one: weekends, holidays and their eves', () => {
    expect(firstBankingDayFrom('2026-04-01')).toBe('2026-04-01');
    expect(firstBankingDayFrom('2026-06-06')).toBe('2026-06-08'); // nationaldagen, a Saturday
    expect(firstBankingDayFrom('2026-06-19')).toBe('2026-06-22'); // midsommarafton, then the weekend
    expect(firstBankingDayFrom('2025-12-24')).toBe('2025-12-29'); // julafton, juldagen, annandag jul, weekend
    expect(firstBankingDayFrom('2025-12-31')).toBe('2026-01-02'); // nyårsafton, nyårsdagen
  });

  it('books quantity × unit net with VAT rounded per row', () => {
    const rows = oneOffRows([
      { description: 'Extra nyckel', unitNetOre: 450_00, vatRatePercent: 25 },
      { description: 'Passerbricka', quantity: 3, unitNetOre: 33_33, vatRatePercent: 25 },
      { description: 'Flyttstädning', quantity: 1, unitNetOre: 1_999_99, vatRatePercent: 0 },
    ]);
    expect(rows).toEqual([
      { kind: 'one_off', description: 'Extra nyckel', netOre: 450_00, vatRatePercent: 25, vatOre: 112_50 },
      { kind: 'one_off', description: 'Passerbricka, 3 st à 33,33 kr', netOre: 99_99, vatRatePercent: 25, vatOre: 25_00 },
      { kind: 'one_off', description: 'Flyttstädning', netOre: 1_999_99, vatRatePercent: 0, vatOre: 0 },
    ]);
    expect(totals(rows).totalOre).toBe(450_00 + 112_50 + 99_99 + 25_00 + 1_999_99);
    expect(() => oneOffRows([{ description: 'x', quantity: 0, unitNetOre: 1, vatRatePercent: 0 }])).toThrow(RangeError);
  });

  it('reads kronor as typed and writes them the Swedish way', () => {
    expect(parseKronor('450')).toBe(450_00);
    expect(parseKronor('450,5')).toBe(450_50);
    expect(parseKronor('1 234.56 kr')).toBe(1_234_56);
    expect(parseKronor('225,00')).toBe(225_00);
    for (const bad of ['', '-5', '4,505', 'tio', '1.234,50', '12e3']) expect(parseKronor(bad)).toBeNull();
    expect(formatKronor(1_234_567_89)).toBe('1 234 567,89');
    expect(formatKronor(5)).toBe('0,05');
    expect(formatKronor(-281_25)).toBe('-281,25');
  });
});

const key: CreditableRow = { position: 1, kind: 'one_off', description: 'Extra nyckel', netOre: 450_00, vatRatePercent: 25, vatOre: 112_50 };
const avi: CreditableRow[] = [
  { position: 1, kind: 'base_rent', description: 'Bashyra kontor', netOre: 93_750_00, vatRatePercent: 25, vatOre: 23_437_50 },
  { position: 2, kind: 'index', description: 'Indextillägg', netOre: 2_901_44, vatRatePercent: 25, vatOre: 725_36 },
  { position: 3, kind: 'parking', description: 'Parkering', netOre: 4_500_00, vatRatePercent: 0, vatOre: 0 },
];

describe('a credit note', () => {
  it('crediting all of an invoice mirrors its rows, negative, and nets it to nothing', () => {
    const balances = uncreditedByRate(avi, []);
    expect(uncreditedTotal(balances)).toBe(93_750_00 + 23_437_50 + 2_901_44 + 725_36 + 4_500_00);
    const result = creditNoteRows(avi, balances, 'all');
    expect(result).toEqual({
      ok: true, rows: [
        { kind: 'credit', description: 'Bashyra kontor', periodFrom: null, periodTo: null, netOre: -93_750_00, vatRatePercent: 25, vatOre: -23_437_50 },
        { kind: 'credit', description: 'Indextillägg', periodFrom: null, periodTo: null, netOre: -2_901_44, vatRatePercent: 25, vatOre: -725_36 },
        { kind: 'credit', description: 'Parkering', periodFrom: null, periodTo: null, netOre: -4_500_00, vatRatePercent: 0, vatOre: 0 },
      ],
    });
    if (!result.ok) return;
    expect(uncreditedByRate(avi, result.rows)).toEqual([]);
    expect(creditNoteRows(avi, uncreditedByRate(avi, result.rows), 'all')).toEqual({ ok: false, refusal: { kind: 'nothing_left' } });
  });

  it('crediting half of a row: its VAT rounded per row; the rest is what is left', () => {
    const half = creditNoteRows([key], uncreditedByRate([key], []), [{ position: 1, netOre: 225_00 }]);
    expect(half).toEqual({ ok: true, rows: [{ kind: 'credit', description: 'Extra nyckel', periodFrom: null, periodTo: null, netOre: -225_00, vatRatePercent: 25, vatOre: -56_25 }] });
    if (!half.ok) return;
    const left = uncreditedByRate([key], half.rows);
    expect(left).toEqual([{ ratePercent: 25, netOre: 225_00, vatOre: 56_25 }]);
    expect(uncreditedTotal(left)).toBe(281_25);
    expect(creditableNetOfRow(key, left)).toBe(225_00);
    // more than is left of the row's rate is refused, naming the part and the most it may be
    expect(creditNoteRows([key], left, [{ position: 1, netOre: 225_01 }])).toEqual({ ok: false, refusal: { kind: 'too_large', index: 0, maxNetOre: 225_00 } });
    const rest = creditNoteRows([key], left, 'all');
    expect(rest.ok && rest.rows).toEqual([{ kind: 'credit', description: 'Extra nyckel', periodFrom: null, periodTo: null, netOre: -225_00, vatRatePercent: 25, vatOre: -56_25 }]);
  });

  it('never credits more VAT than was charged, even when each part rounds up', () => {
    // 6 öre at 25 % is 1.5 → 2 öre VAT; three credits of 2 öre would each round 0.5 → 1
    const tiny: CreditableRow = { position: 1, kind: 'one_off', description: 'x', netOre: 6, vatRatePercent: 25, vatOre: 2 };
    let credited: { netOre: number; vatRatePercent: number; vatOre: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const result = creditNoteRows([tiny], uncreditedByRate([tiny], credited), [{ position: 1, netOre: 2 }]);
      expect(result.ok).toBe(true);
      if (result.ok) credited = [...credited, ...result.rows];
    }
    expect(credited.map((r) => r.vatOre)).toEqual([-1, -1, 0]);
    expect(uncreditedByRate([tiny], credited)).toEqual([]);
  });

  it('refuses a row that is not on the invoice, the same row twice and more than the row', () => {
    const balances = uncreditedByRate(avi, []);
    expect(creditNoteRows(avi, balances, [{ position: 9, netOre: 1 }])).toEqual({ ok: false, refusal: { kind: 'unknown_row', index: 0, position: 9 } });
    expect(creditNoteRows(avi, balances, [{ position: 3, netOre: 1 }, { position: 3, netOre: 1 }])).toEqual({ ok: false, refusal: { kind: 'duplicate_row', index: 1, position: 3 } });
    expect(creditNoteRows(avi, balances, [{ position: 3, netOre: 4_500_01 }])).toEqual({ ok: false, refusal: { kind: 'too_large', index: 0, maxNetOre: 4_500_00 } });
    expect(creditNoteRows(avi, balances, [])).toEqual({ ok: false, refusal: { kind: 'nothing_left' } });
  });

  it('after a part, crediting the rest takes each row up to what its rate has left', () => {
    const first = creditNoteRows(avi, uncreditedByRate(avi, []), [{ position: 2, netOre: 2_901_44 }, { position: 3, netOre: 1_000_00 }]);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.rows.map((r) => [r.netOre, r.vatOre])).toEqual([[-2_901_44, -725_36], [-1_000_00, 0]]);
    const rest = creditNoteRows(avi, uncreditedByRate(avi, first.rows), 'all');
    expect(rest.ok).toBe(true);
    if (!rest.ok) return;
    // the 25 % rate has 93 750 kr left: the first row takes it (the index row's part is used up by the rate)
    expect(rest.rows.map((r) => [r.description, r.netOre, r.vatOre])).toEqual([
      ['Bashyra kontor', -93_750_00, -23_437_50],
      ['Parkering', -3_500_00, 0],
    ]);
    expect(uncreditedByRate(avi, [...first.rows, ...rest.rows])).toEqual([]);
  });
});
