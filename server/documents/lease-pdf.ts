// A lease as a PDF (A4, Swedish): the demo's digitally signed leases are such documents, made once at
// seeding and stored like any uploaded lease document. A real landlord uploads the signed PDF it has.
import PDFDocument from 'pdfkit';
import { invoiceFonts } from './fonts.ts';
import { formatMoney } from './invoice-texts.ts';
import { LEFT, mm, RIGHT, type Doc } from './pdf-layout.ts';

export interface LeaseDocument {
  number: string;
  landlord: { name: string; orgNumber: string; street: string; postalCode: string; city: string };
  customer: { name: string; identityNumber: string; street: string; postalCode: string; city: string };
  objects: string[];
  startDate: string;
  endDate: string | null;
  noticePeriodMonths: number;
  billingPeriod: 'monthly' | 'quarterly';
  rentRows: { description: string; yearlyOre: number; vatRatePercent: number }[];
  signedOn: string;
  signedBy: string[];
}

export async function renderLeasePdf(doc: LeaseDocument): Promise<Buffer> {
  const { regular, bold } = invoiceFonts();
  const signed = new Date(`${doc.signedOn}T00:00:00Z`);
  const pdf: Doc = new PDFDocument({
    size: 'A4', margin: 0, pdfVersion: '1.7', lang: 'sv-SE', displayTitle: true,
    font: null as unknown as string,
    info: { Title: `Hyresavtal ${doc.number}`, Author: doc.landlord.name, Creator: 'Hyresportal', Producer: 'Hyresportal (PDFKit)', CreationDate: signed, ModDate: signed },
  });
  pdf.registerFont('regular', regular as unknown as Buffer);
  pdf.registerFont('bold', bold as unknown as Buffer);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = RIGHT - LEFT;
  const heading = (text: string) => { pdf.moveDown(0.8).font('bold').fontSize(11).text(text, LEFT, undefined, { width }); pdf.font('regular').fontSize(10); };
  const line = (text: string) => pdf.text(text, LEFT, undefined, { width });

  pdf.font('bold').fontSize(18).text(`Hyresavtal ${doc.number}`, LEFT, mm(25), { width });
  pdf.font('regular').fontSize(10).moveDown(0.3);
  line('Hyresavtal för lokal enligt 12 kap. jordabalken.');
  heading('Hyresvärd');
  line(`${doc.landlord.name}, org.nr ${doc.landlord.orgNumber}`);
  line(`${doc.landlord.street}, ${doc.landlord.postalCode} ${doc.landlord.city}`);
  heading('Hyresgäst');
  line(`${doc.customer.name}, org.nr ${doc.customer.identityNumber}`);
  line(`${doc.customer.street}, ${doc.customer.postalCode} ${doc.customer.city}`);
  heading('Hyresobjekt');
  for (const object of doc.objects) line(object);
  heading('Hyrestid');
  line(doc.endDate ? `Från ${doc.startDate} till ${doc.endDate}.` : `Från ${doc.startDate}, tills vidare.`);
  line(`Uppsägningstid ${doc.noticePeriodMonths} ${doc.noticePeriodMonths === 1 ? 'månad' : 'månader'}.`);
  heading('Hyra');
  for (const row of doc.rentRows) line(`${row.description}: ${formatMoney(row.yearlyOre, 'sv')} per år exkl. moms (moms ${row.vatRatePercent} %)`);
  line(`Hyran betalas ${doc.billingPeriod === 'quarterly' ? 'kvartalsvis' : 'månadsvis'} i förskott, senast sista bankdagen före periodens början, till hyresvärdens bankgiro med OCR-nummer enligt avi.`);
  heading('Underskrifter');
  line(`Avtalet är undertecknat digitalt ${doc.signedOn} av:`);
  for (const name of doc.signedBy) line(`– ${name}`);
  pdf.end();
  return done;
}
