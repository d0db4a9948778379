// Aviseringskörning: preview a period, start a run (a background job), follow its progress.
import { Type } from '@sinclair/typebox';

/** The period to run: a month ('2026-04') or a quarter ('2026-Q2'); a bad key is refused in words (422). */
export const InvoiceRunBody = Type.Object({
  period: Type.String({ minLength: 1, maxLength: 20, description: "A month 'YYYY-MM' or a quarter 'YYYY-QN', e.g. '2026-04' or '2026-Q2'" }),
}, { additionalProperties: false });
