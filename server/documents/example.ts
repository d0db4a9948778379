// An example avi: Café Lunden AB's quarterly rent for lease 100101 (the demo data's rent rows, SPEC.md
// "Demo data"), quarter 2 2026. Used by the PDF test, the bench and docs/images/avi-example.png.
// The figures are worked out by hand here; the invoice run computes the same from the lease.
import type { InvoiceDocument } from './invoice-document.ts';

// A quarter of each yearly row, 25 % VAT rounded per row to öre (half up).
const rows = [
  { description: 'Grundhyra lokal', netOre: 85_500_00, vatOre: 21_375_00 },       // 342 000 kr/år
  { description: 'Indexuppräkning', netOre: 6_840_00, vatOre: 1_710_00 },         // 27 360 kr/år
  { description: 'Fastighetsskattetillägg', netOre: 2_280_00, vatOre: 570_00 },   // 9 120 kr/år
  { description: 'Värme', netOre: 3_562_50, vatOre: 890_63 },                     // 14 250 kr/år
].map((r) => ({ ...r, periodFrom: '2026-04-01', periodTo: '2026-06-30', vatRatePercent: 25 }));

const netOre = rows.reduce((sum, r) => sum + r.netOre, 0); // 98 182,50
const vatOre = rows.reduce((sum, r) => sum + r.vatOre, 0); // 24 545,63

export const exampleInvoice: InvoiceDocument = {
  language: 'sv',
  landlord: {
    name: 'Fastighets AB Exempel',
    orgNumber: '556677-8808',
    vatNumber: 'SE556677880801',
    street: 'Kungsportsavenyen 1',
    postalCode: '411 36',
    city: 'Göteborg',
    bankgiro: '5050-1055',
    email: 'kundservice@exempel.se',
    phone: '031-123 45 00',
    website: 'www.exempel.se',
    fTax: true,
    logo: null,
  },
  customer: { name: 'Café Lunden AB', identityNumber: '559123-4561', street: 'Utlandagatan 6', postalCode: '412 61', city: 'Göteborg' },
  invoice: {
    kind: 'rent',
    number: '2026-000412',
    issueDate: '2026-03-02',
    dueDate: '2026-03-31', // the last banking day before 2026-04-01 (DOMAIN-SE.md §7.2)
    periodLabel: 'Kvartal 2 2026',
    text: null,
    leaseNumber: '100101',
    objects: 'Lokal 1001, Utlandagatan 6; Förråd F-01, Utlandagatan 6',
    periodFrom: '2026-04-01',
    periodTo: '2026-06-30',
    creditsNumber: null,
    rows,
    vatByRate: [{ ratePercent: 25, netOre, vatOre }],
    netOre,
    vatOre,
    totalOre: netOre + vatOre, // 122 728,13
    // base 260410001 + length digit 1 (11 digits) + check digit 3 (DOMAIN-SE.md §2)
    ocr: '26041000113',
    // 122728 13, amount check digit 2 (Luhn over 12272813), bankgiro 50501055, type 41 (§4)
    ocrLine: '#               26041000113 #  122728 13   2 >                50501055 #41#    ',
    qrPayload: '{"uqr":1,"tp":1,"nme":"Fastighets AB Exempel","cc":"SE","cid":"556677-8808","iref":"26041000113","idt":"20260302","ddt":"20260331","due":122728.13,"vat":24545.63,"pt":"BG","acc":"5050-1055"}',
  },
};

/** The same avi credited in full: a credit note carries no payment details. */
export const exampleCreditNote: InvoiceDocument = {
  ...exampleInvoice,
  invoice: {
    ...exampleInvoice.invoice,
    kind: 'credit',
    number: '2026-000431',
    issueDate: '2026-03-10',
    dueDate: '2026-03-10',
    creditsNumber: '2026-000412',
    ocr: null,
    ocrLine: null,
    qrPayload: null,
  },
};
