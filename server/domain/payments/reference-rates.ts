// Riksbanken's reference rate (referensränta, räntelagen 9 §) per calendar half-year, for dröjsmålsränta
// (interest.ts). Each is the policy rate at the end of the half-year before, rounded up to the nearest
// half percentage point (referenceRateFromPolicyRate). The last entry stands until the next is added:
// add each 1 January and 1 July's rate as Riksbanken publishes it (riksbank.se, "Referensränta").
// UNVERIFIED: taken from the policy rates as remembered, not read off Riksbanken's table; check them.
import type { ReferenceRate } from './interest.ts';

export const REFERENCE_RATES: readonly ReferenceRate[] = [
  { from: '2019-01-01', rateBp: -50 },
  { from: '2019-07-01', rateBp: 0 },
  { from: '2022-07-01', rateBp: 50 },
  { from: '2023-01-01', rateBp: 250 },
  { from: '2023-07-01', rateBp: 350 },
  { from: '2024-01-01', rateBp: 400 },
  { from: '2024-07-01', rateBp: 400 },
  { from: '2025-01-01', rateBp: 250 },
  { from: '2025-07-01', rateBp: 200 },
  { from: '2026-01-01', rateBp: 200 },
];
