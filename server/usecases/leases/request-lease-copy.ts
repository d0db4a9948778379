// "Begär kopia": a tenant asks for a copy of a lease (one signed on paper has no PDF in the portal). It is
// a case of the category "Avtal och dokument", routed as that category says (to the customer manager), so
// the request is seen, answered in the dialog and followed under Ärenden. Asking again while that case is
// open gives the same case: a double click or a second visit makes one request.
import { AppError } from '../../errors.ts';
import { findOpenCaseOfLease } from '../../repositories/cases.ts';
import { findCustomerLeases } from '../../repositories/leases.ts';
import type { Language } from '../../i18n/language.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import { createCase } from '../cases/create-case.ts';
import type { CaseDeps } from '../cases/notify.ts';

const texts: Record<Language, { title: (n: string) => string; description: (n: string) => string }> = {
  sv: {
    title: (n) => `Kopia av hyresavtal ${n}`,
    description: (n) => `Vi ber om en kopia av hyresavtal ${n}. (Skickat med knappen Begär kopia i Mina sidor.)`,
  },
  en: {
    title: (n) => `Copy of lease ${n}`,
    description: (n) => `Please send us a copy of lease ${n}. (Sent with the Request a copy button in Mina sidor.)`,
  },
};

export async function requestLeaseCopy(deps: CaseDeps, scope: TenantScope, input: { leaseId: string; lang: Language; ip: string }) {
  const [bundle] = await findCustomerLeases(deps.db, scope, scope.customerId, input.leaseId);
  if (!bundle) throw new AppError('NOT_FOUND');
  const number = bundle.lease.number;
  const titles = Object.values(texts).map((t) => t.title(number));
  const open = await findOpenCaseOfLease(deps.db, scope, { leaseId: bundle.lease.id, categoryCode: 'document', titles });
  if (open) return { case: open, created: false };
  const text = texts[input.lang];
  const created = await createCase(deps, scope, {
    title: text.title(number), description: text.description(number), category: 'document',
    leaseId: bundle.lease.id, rentalObjectId: null, spaceId: null, ip: input.ip,
  });
  return { case: created, created: true };
}
