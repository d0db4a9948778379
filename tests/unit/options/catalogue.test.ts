import { describe, expect, it } from 'vitest';
import { appliesToObject, possibleOn, spacesFor } from '../../../server/domain/options/applies.ts';
import { caseStatusFor, isInPlace, isOngoingOrder, mayMove, nextStatuses } from '../../../server/domain/options/status.ts';
import { nextPeriodStart, surchargeStart } from '../../../server/domain/options/next-period.ts';

const cafe = { id: 'o1001', type: 'premises', spaces: [{ id: 's1', kind: 'kitchen' }, { id: 's2', kind: 'bathroom' }, { id: 's3', kind: 'kitchen' }] };

describe('where an option applies', () => {
  it('applies by object type or by a named object, and only to spaces of its kind', () => {
    expect(appliesToObject({ spaceKind: 'kitchen', objectTypes: ['premises'], objectIds: [] }, cafe)).toBe(true);
    expect(appliesToObject({ spaceKind: 'kitchen', objectTypes: ['apartment'], objectIds: ['o1001'] }, cafe)).toBe(true);
    expect(appliesToObject({ spaceKind: 'kitchen', objectTypes: ['apartment'], objectIds: ['o2001'] }, cafe)).toBe(false);
    expect(appliesToObject({ spaceKind: 'kitchen', objectTypes: [], objectIds: [] }, cafe)).toBe(false);
    expect(spacesFor({ spaceKind: 'kitchen', objectTypes: ['premises'], objectIds: [] }, cafe).map((s) => s.id)).toEqual(['s1', 's3']);
    expect(spacesFor({ spaceKind: 'office', objectTypes: ['premises'], objectIds: [] }, cafe)).toEqual([]);
    expect(spacesFor({ spaceKind: 'kitchen', objectTypes: ['parking'], objectIds: [] }, cafe)).toEqual([]);
  });
});

describe('what of the catalogue is possible on an object', () => {
  const place = (spaceKind: string, objectTypes: string[], objectIds: string[] = []) => ({ spaceKind, objectTypes, objectIds });
  const groups = [{ id: 'g1', name: 'Diskm.' }, { id: 'g2', name: 'Golv' }, { id: 'g3', name: 'Parkering' }];
  const optionsOf = new Map([
    ['g1', [{ name: 'Standard', option: place('kitchen', ['premises']) }, { name: 'Bostad', option: place('kitchen', ['apartment']) }, { name: 'Tyst', option: place('kitchen', [], ['o1001']) }]],
    ['g2', [{ name: 'Klinker', option: place('bathroom', ['premises']) }, { name: 'Kontor', option: place('office', ['premises']) }]],
    ['g3', [{ name: 'Laddbox', option: place('kitchen', ['parking']) }]],
  ]);

  it('lists only the categories with an option possible there, counted, in the order given', () => {
    const found = possibleOn(groups, optionsOf, cafe);
    expect(found.categories).toEqual([{ id: 'g1', name: 'Diskm.', optionCount: 2 }, { id: 'g2', name: 'Golv', optionCount: 1 }]);
    expect(found.byGroup.has('g3')).toBe(false);
  });

  it("gives each option the object's spaces of its kind, by type or by the object named", () => {
    const found = possibleOn(groups, optionsOf, cafe);
    expect(found.byGroup.get('g1')!.map((p) => [p.entry.name, p.spaces.map((s) => s.id)])).toEqual([['Standard', ['s1', 's3']], ['Tyst', ['s1', 's3']]]);
    expect(found.byGroup.get('g2')!.map((p) => [p.entry.name, p.spaces.map((s) => s.id)])).toEqual([['Klinker', ['s2']]]);
  });

  it('finds nothing for an object without spaces of the kinds, or a group without options', () => {
    expect(possibleOn(groups, optionsOf, { id: 'o9', type: 'premises', spaces: [{ id: 'x', kind: 'storage' }] }).categories).toEqual([]);
    expect(possibleOn([{ id: 'g4', name: 'Tom' }], optionsOf, cafe).categories).toEqual([]);
  });
});

describe('option order status', () => {
  it('moves Mottagen → Godkänd → Planerad → Utförd → Avslutad, and to Nekad until done', () => {
    expect(mayMove('received', 'approved')).toBe(true);
    expect(mayMove('approved', 'planned')).toBe(true);
    expect(mayMove('planned', 'planned')).toBe(true);
    expect(mayMove('planned', 'done')).toBe(true);
    expect(mayMove('approved', 'done')).toBe(true);
    expect(mayMove('done', 'closed')).toBe(true);
    for (const from of ['received', 'approved', 'planned'] as const) expect(mayMove(from, 'rejected')).toBe(true);
  });

  it('never moves back, skips approval, or leaves Avslutad or Nekad', () => {
    expect(mayMove('received', 'done')).toBe(false);
    expect(mayMove('received', 'planned')).toBe(false);
    expect(mayMove('done', 'rejected')).toBe(false);
    expect(mayMove('done', 'planned')).toBe(false);
    expect(nextStatuses('closed')).toEqual([]);
    expect(nextStatuses('rejected')).toEqual([]);
  });

  it('calls received, approved and planned ongoing; done and closed in place; the case follows', () => {
    expect(['received', 'approved', 'planned'].every((s) => isOngoingOrder(s as 'received'))).toBe(true);
    expect(isOngoingOrder('done')).toBe(false);
    expect(isOngoingOrder('rejected')).toBe(false);
    expect(isInPlace('done') && isInPlace('closed')).toBe(true);
    expect(isInPlace('rejected')).toBe(false);
    expect(caseStatusFor('received')).toBe('registered');
    expect(caseStatusFor('planned')).toBe('in_progress');
    expect(caseStatusFor('done')).toBe('in_progress');
    expect(caseStatusFor('closed')).toBe('closed');
    expect(caseStatusFor('rejected')).toBe('closed');
  });
});

describe("a done option's surcharge starts with the next billing period", () => {
  it('of a monthly lease: the next month', () => {
    expect(nextPeriodStart('monthly', '2026-12-02')).toBe('2027-01-01');
    expect(nextPeriodStart('monthly', '2026-01-31')).toBe('2026-02-01');
    expect(nextPeriodStart('monthly', '2026-03-01')).toBe('2026-04-01');
  });

  it('of a quarterly lease: the next quarter', () => {
    expect(nextPeriodStart('quarterly', '2026-12-02')).toBe('2027-01-01');
    expect(nextPeriodStart('quarterly', '2026-04-01')).toBe('2026-07-01');
    expect(nextPeriodStart('quarterly', '2026-09-30')).toBe('2026-10-01');
  });

  it('after the periods whose avi is already issued', () => {
    expect(surchargeStart('quarterly', '2026-12-02', ['2027-01-01'])).toBe('2027-04-01');
    expect(surchargeStart('monthly', '2026-12-02', ['2027-01-01', '2027-02-01'])).toBe('2027-03-01');
    expect(surchargeStart('monthly', '2026-12-02', ['2026-12-01'])).toBe('2027-01-01');
  });
});
