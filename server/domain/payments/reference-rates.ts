// Riksbanken's reference rate (referensränta, räntelagen 9 §) per calendar half-year, for dröjsmålsränta
// (interest.ts). Each is the policy rate at the end of the half-year before, rounded up to the nearest
// half percentage point (referenceRateFromPolicyRate). The last entry stands until the next is added:
// add each 1 January and 1 July's rate as Riksbanken publishes it (riksbank.se, "Referensränta").
// Checked on 3 December 2026 against Riksbanken's published table (to 2023-07-01) and, after it, the
// policy rate in effect on each 30 June and 31 December: note that a December decision applies from
// January (the cut to 2.50 % of 19 December 2024 applied from 8 January 2025, so 2025 began at 2.75 %,
// rounded up to 3.00 %). Tested in tests/unit/payments/reference-rates.test.ts.
import type { ReferenceRate } from './interest.ts';

export const REFERENCE_RATES: readonly ReferenceRate[] = [
  { from: '2019-01-01', rateBp: -50 },
  { from: '2019-07-01', rateBp: 0 },
  { from: '2022-07-01', rateBp: 50 },
  { from: '2023-01-01', rateBp: 250 },
  { from: '2023-07-01', rateBp: 350 },
  { from: '2024-01-01', rateBp: 400 },
  { from: '2024-07-01', rateBp: 400 },
  { from: '2025-01-01', rateBp: 300 },
  { from: '2025-07-01', rateBp: 200 },
  { from: '2026-01-01', rateBp: 200 },
];
