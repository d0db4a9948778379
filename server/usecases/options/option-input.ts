// An option as staff enter it, checked and completed into what is stored: a name, a price (a monthly
// surcharge, a one-off fee or both, above 0), the unit and its largest quantity (1 unless piece), and
// where it applies (a space kind, and object types or named objects that exist). Refusals name the field.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { largestQuantity } from '../../domain/options/quantity.ts';
import { rentalObjects } from '../../db/schema/index.ts';
import { findGroup } from '../../repositories/option-catalogue.ts';
import type { OptionRow } from '../../repositories/options.ts';

export type SpaceKind = OptionRow['spaceKind'];
export type ObjectType = OptionRow['objectTypes'][number];

export interface OptionFields {
  groupId: string;
  name: string;
  description: string;
  monthlyOre: number | null;
  monthlyVatRatePercent: 0 | 25;
  feeOre: number | null;
  feeVatRatePercent: 0 | 25;
  unit: 'piece' | 'other';
  maxQuantity: number;
  spaceKind: SpaceKind;
  objectTypes: ObjectType[];
  objectIds: string[];
  sortOrder: number;
}

const refuse = (code: 'VALIDATION' | 'OPTION_PRICE_MISSING' | 'OPTION_PLACE_MISSING' | 'OPTION_GROUP_UNKNOWN', field: string): never => {
  throw new AppError(code, code === 'VALIDATION' ? { keyword: 'required', field } : {}, { details: { field } });
};

export async function checkOptionFields(db: Db, input: OptionFields): Promise<OptionFields> {
  const name = input.name.trim();
  if (!name) refuse('VALIDATION', 'name');
  const description = input.description.trim();
  if (!description) refuse('VALIDATION', 'description');
  if (!(await findGroup(db, input.groupId))) refuse('OPTION_GROUP_UNKNOWN', 'groupId');
  const price = (v: number | null) => (v === null || v === 0 ? null : v);
  const monthlyOre = price(input.monthlyOre);
  const feeOre = price(input.feeOre);
  if (monthlyOre === null && feeOre === null) refuse('OPTION_PRICE_MISSING', 'monthlyOre');
  const objectIds = [...new Set(input.objectIds)];
  if (objectIds.length > 0) {
    const known = await db.select({ id: rentalObjects.id }).from(rentalObjects).where(inArray(rentalObjects.id, objectIds));
    if (known.length !== objectIds.length) refuse('VALIDATION', 'objectIds');
  }
  if (objectIds.length === 0 && input.objectTypes.length === 0) refuse('OPTION_PLACE_MISSING', 'objectTypes');
  return {
    ...input, name, description, monthlyOre, feeOre, objectIds, objectTypes: [...new Set(input.objectTypes)],
    maxQuantity: largestQuantity(input.unit, input.maxQuantity),
  };
}

/** Whether a change makes the carts that hold the option see it again (decision 0017). */
export function changesWhatCartsSaw(before: OptionRow, after: OptionFields): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return before.monthlyOre !== after.monthlyOre || before.feeOre !== after.feeOre || before.monthlyVatRatePercent !== after.monthlyVatRatePercent
    || before.feeVatRatePercent !== after.feeVatRatePercent || before.unit !== after.unit || before.maxQuantity !== after.maxQuantity
    || before.spaceKind !== after.spaceKind || before.groupId !== after.groupId || before.name !== after.name
    || !same(before.objectTypes, after.objectTypes) || !same(before.objectIds, after.objectIds);
}
