// VAT (moms) on rent (DOMAIN-SE.md §7.1, SPEC.md): letting is VAT-exempt unless the landlord has
// chosen voluntary tax liability (frivillig beskattning) for premises, then 25 %; housing 0 %.
// Parking and storage follow the lease they belong to (25 % with voluntary VAT, else 0 %): a
// default staff may change per rent row (§7.1 leaves parking to an accountant's word).
import { divideRounded } from './rounding.ts';

export type VatRatePercent = 0 | 25;
export type RentalObjectType = 'premises' | 'apartment' | 'parking' | 'storage';

/** The VAT of a row, rounded to öre half away from zero (once per row). */
export function vatOre(netOre: number, ratePercent: number): number {
  return divideRounded(netOre * ratePercent, 100);
}

/** The VAT rate a new rent row gets for a rental object of a lease. */
export function defaultVatRate(objectType: RentalObjectType, voluntaryVat: boolean): VatRatePercent {
  if (objectType === 'apartment') return 0;
  return voluntaryVat ? 25 : 0;
}
