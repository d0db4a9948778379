// The invoice PDF's words in Swedish and English, and its money format.
import type { InvoiceDocument } from './invoice-document.ts';

type Kind = InvoiceDocument['invoice']['kind'];

export interface InvoiceTexts {
  title: Record<Kind, string>;
  number: string;
  date: string;
  credits: string;
  orgNumber: string;
  vatNumber: string;
  fTax: string;
  customerNumber: string;
  lease: string;
  objects: string;
  period: string;
  description: string;
  net: string;
  vatRate: string;
  vat: string;
  netTotal: string;
  vatAt: (rate: string, base: string) => string;
  toPay: string;
  creditTotal: string;
  dueDate: string;
  bankgiro: string;
  ocr: string;
  scan: string;
  useOcr: string;
  lateInterest: string;
  creditNoPayment: string;
  page: (n: number, of: number) => string;
}

export const invoiceTexts: Record<InvoiceDocument['language'], InvoiceTexts> = {
  sv: {
    title: { rent: 'Hyresavi', one_off: 'Faktura', credit: 'Kreditfaktura' },
    number: 'Fakturanummer',
    date: 'Fakturadatum',
    credits: 'Krediterar faktura',
    orgNumber: 'Org.nr',
    vatNumber: 'Momsreg.nr',
    fTax: 'Godkänd för F-skatt',
    customerNumber: 'Kundens org.nr',
    lease: 'Avtal',
    objects: 'Objekt',
    period: 'Period',
    description: 'Beskrivning',
    net: 'Belopp exkl. moms',
    vatRate: 'Moms %',
    vat: 'Moms',
    netTotal: 'Summa exkl. moms',
    vatAt: (rate, base) => `Moms ${rate} (på ${base})`,
    toPay: 'Att betala',
    creditTotal: 'Att kreditera',
    dueDate: 'Förfallodag',
    bankgiro: 'Bankgiro',
    ocr: 'OCR-nummer',
    scan: 'Skanna med din bankapp',
    useOcr: 'Ange OCR-numret när du betalar.',
    lateInterest: 'Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen.',
    creditNoPayment: 'Kreditfakturan ska inte betalas.',
    page: (n, of) => `Sida ${n} av ${of}`,
  },
  en: {
    title: { rent: 'Rent notice', one_off: 'Invoice', credit: 'Credit note' },
    number: 'Invoice number',
    date: 'Invoice date',
    credits: 'Credits invoice',
    orgNumber: 'Org. no.',
    vatNumber: 'VAT reg. no.',
    fTax: 'Approved for F-tax',
    customerNumber: "Customer's org. no.",
    lease: 'Lease',
    objects: 'Premises',
    period: 'Period',
    description: 'Description',
    net: 'Amount excl. VAT',
    vatRate: 'VAT %',
    vat: 'VAT',
    netTotal: 'Total excl. VAT',
    vatAt: (rate, base) => `VAT ${rate} (on ${base})`,
    toPay: 'Amount to pay',
    creditTotal: 'Amount credited',
    dueDate: 'Due date',
    bankgiro: 'Bankgiro',
    ocr: 'OCR reference',
    scan: 'Scan with your bank app',
    useOcr: 'Give the OCR reference when you pay.',
    lateInterest: 'Payment after the due date is charged interest under the Swedish Interest Act (räntelagen).',
    creditNoPayment: 'This credit note is not to be paid.',
    page: (n, of) => `Page ${n} of ${of}`,
  },
};

const money = {
  sv: new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'SEK', currencyDisplay: 'code', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** '12 345,00 kr' (sv-SE: no-break space between groups and before kr, U+2212 for minus); 'SEK 12,345.00' (en). */
export function formatMoney(ore: number, language: InvoiceDocument['language']): string {
  if (!Number.isSafeInteger(ore)) throw new Error(`Amount in öre must be an integer: ${ore}`);
  return money[language].format(ore / 100);
}

/** '25 %' (sv, with a no-break space), '25%' (en). */
export function formatPercent(rate: number, language: InvoiceDocument['language']): string {
  return language === 'sv' ? `${rate}\u00a0%` : `${rate}%`;
}
