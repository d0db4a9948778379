// Quantity rules of an option: only an option whose unit is piece (styck) takes a quantity, a whole
// number from 1 to the option's largest; any other unit is ordered once. Pure, shared with the web's
// + and − buttons (@domain/options/quantity).
export type OptionUnit = 'piece' | 'other';

export type QuantityRefusal = 'not_whole' | 'below_one' | 'above_max' | 'not_piece';

/** Why a quantity is refused for an option, or null when it may be ordered. */
export function quantityRefusal(option: { unit: OptionUnit; maxQuantity: number }, quantity: number): QuantityRefusal | null {
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || !Number.isInteger(quantity)) return 'not_whole';
  if (quantity < 1) return 'below_one';
  if (option.unit !== 'piece') return quantity === 1 ? null : 'not_piece';
  if (quantity > option.maxQuantity) return 'above_max';
  return null;
}

/** The largest quantity the catalogue may give an option: 1 unless its unit is piece. */
export function largestQuantity(unit: OptionUnit, maxQuantity: number): number {
  return unit === 'piece' ? maxQuantity : 1;
}
