// What the invoice PDF shows, computed beforehand by whoever issues the invoice (the invoice run, a
// one-off invoice, a credit note). The renderer (invoice-pdf.ts) formats and places; it computes no
// money, no OCR and no payload: every figure here is printed as given.

/** Money is integer öre; dates are ISO 'YYYY-MM-DD' business dates. */
export interface InvoiceDocument {
  /** The language of every label on the page (the customer's). */
  language: 'sv' | 'en';
  landlord: {
    name: string;
    /** Display form, '556677-8808'. */
    orgNumber: string;
    /** Momsregistreringsnummer, 'SE556677880801'. */
    vatNumber: string;
    street: string;
    postalCode: string;
    city: string;
    /** Display form, '5050-1055'. */
    bankgiro: string;
    email?: string | null;
    phone?: string | null;
    website?: string | null;
    /** Godkänd för F-skatt: printed when true. */
    fTax: boolean;
    /** PNG or JPEG, drawn at most 50 × 18 mm in the top left corner. */
    logo?: Buffer | null;
  };
  customer: {
    name: string;
    /** Organisationsnummer or personnummer in display form, '559123-4561'. */
    identityNumber: string;
    street: string;
    postalCode: string;
    city: string;
  };
  invoice: {
    /** rent: a hyresavi; one_off: a faktura; credit: a kreditfaktura (no payment details). */
    kind: 'rent' | 'one_off' | 'credit';
    /** The invoice's number in the gap-free series (löpnummer). */
    number: string;
    issueDate: string;
    dueDate: string;
    /** The period as a heading, already in the language: 'Kvartal 2 2026', 'April 2026'. */
    periodLabel: string | null;
    /** A one-off invoice's text, or a note on the invoice. */
    text?: string | null;
    leaseNumber: string | null;
    /** The rental objects as the portal names them: 'Lokal 1001, Utlandagatan 6'. */
    objects: string | null;
    periodFrom?: string | null;
    periodTo?: string | null;
    /** A credit note: the number of the invoice it credits. */
    creditsNumber?: string | null;
    /** A credit note's amounts are printed negative whether given negative or positive. */
    rows: InvoiceDocumentRow[];
    vatByRate: { ratePercent: number; netOre: number; vatOre: number }[];
    netOre: number;
    vatOre: number;
    totalOre: number;
    /** The OCR reference (DOMAIN-SE.md §2); null on a credit note. */
    ocr: string | null;
    /** The 79-column OCR line of DOMAIN-SE.md §4, column 1 last (trailing spaces kept); null on a credit note. */
    ocrLine: string | null;
    /** The UsingQR JSON (§5.1), ASCII only; null on a credit note. */
    qrPayload: string | null;
  };
}

export interface InvoiceDocumentRow {
  description: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  netOre: number;
  vatRatePercent: number;
  vatOre: number;
}
