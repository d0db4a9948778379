// Organisationsnummer and personnummer (DOMAIN-SE.md §1), checked by the community packages.
// Canonical forms: 10 digits for an organisation, 12 for a person; shown with a dash.
import Organisationsnummer from 'organisationsnummer';
import Personnummer from 'personnummer';

export interface IdentityNumber {
  kind: 'organisation' | 'person';
  canonical: string;
  display: string;
}

export function parseIdentityNumber(input: string): IdentityNumber | null {
  const trimmed = input.trim().replace(/\s+/g, '');
  if (!/^[0-9+-]{10,13}$/.test(trimmed)) return null;
  try {
    const org = Organisationsnummer.parse(trimmed);
    if (!org.isPersonnummer()) return { kind: 'organisation', canonical: org.format(false), display: org.format(true) };
  } catch {
    // not an organisationsnummer; it may still be a personnummer
  }
  try {
    const person = Personnummer.parse(trimmed, { allowCoordinationNumber: true, allowInterimNumber: false });
    const long = person.format(true); // YYYYMMDD-NNNN
    return { kind: 'person', canonical: long.replace(/[-+]/, ''), display: long };
  } catch {
    return null;
  }
}

/** Shows a stored canonical number with its dash. */
export function formatIdentityNumber(canonical: string): string {
  if (/^\d{10}$/.test(canonical)) return `${canonical.slice(0, 6)}-${canonical.slice(6)}`;
  if (/^\d{12}$/.test(canonical)) return `${canonical.slice(0, 8)}-${canonical.slice(8)}`;
  return canonical;
}
