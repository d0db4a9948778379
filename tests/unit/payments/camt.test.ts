import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { amountToOre, isoDateOf } from '../../../server/domain/payments/camt-amounts.ts';
import { decodeXmlText } from '../../../server/domain/payments/camt-xml.ts';
import { parseCamt, type CamtFile } from '../../../server/domain/payments/camt.ts';
import type { FileResult } from '../../../server/domain/payments/file-errors.ts';
import { ok, ownFixture, refused, sharedOr } from './fixture-files.ts';

const errors = refused;

const text = (name: string) => ownFixture(name).toString('utf8');
const bytes = (xml: string) => Buffer.from(xml, 'utf8');
const NTFCTN = 'Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]';

describe('amounts and dates as ISO 20022 writes them', () => {
  it.each([
    ['12500.00', 1250000], ['12500', 1250000], ['0.5', 50], ['1.23000', 123], ['0', 0],
    ['12.345', null], ['-1.00', null], ['1,00', null], ['', null], ['1e3', null],
  ])('%s → %s öre', (value, ore) => expect(amountToOre(value)).toBe(ore));

  it('takes the date of a date or a date-time, and refuses a day that does not exist', () => {
    expect(isoDateOf('2026-10-30')).toBe('2026-10-30');
    expect(isoDateOf('2026-10-30T18:05:00+01:00')).toBe('2026-10-30');
    expect(isoDateOf('2026-02-30')).toBeNull();
    expect(isoDateOf('30.10.2026')).toBeNull();
  });

  it('decodes the predefined entities and character references, nothing else', () => {
    expect(decodeXmlText('Bygg &amp; Co &lt;AB&gt; &quot;x&quot; &apos;y&apos; &#229;&#xE4;&#246;')).toBe('Bygg & Co <AB> "x" \'y\' åäö');
    expect(decodeXmlText('&lol9; &nbsp;')).toBe('&lol9; &nbsp;');
  });
});

describe('parseCamt on the published samples (or ours where they are absent)', () => {
  it('reads the FFFS camt.054: six entries, the INFO one not booked, its sums checked', () => {
    const { bytes: file, expected } = sharedOr('camt/fffs-finland-camt054-001.02.xml', 'camt054-001.02-bankgiro.xml', { shared: { payments: 11, ignored: 1 }, own: { payments: 6, ignored: 1 } });
    const parsed = ok(parseCamt(file));
    expect(parsed.message).toBe('camt.054');
    expect({ payments: parsed.payments.length, ignored: parsed.ignored.length }).toEqual(expected);
    expect(parsed.ignored[0]!.status).toBe('INFO');
  });

  it('reads a reference with its remitted amount and a credit note as a negative one (FFFS entry 1)', () => {
    const { bytes: file, expected } = sharedOr('camt/fffs-finland-camt054-001.02.xml', 'camt054-001.02-bankgiro.xml', {
      shared: [{ ocr: '3900', amountOre: 250000 }, { ocr: '12344', amountOre: -60000 }],
      own: [{ ocr: '10256', amountOre: 1200000 }, { ocr: '10355', amountOre: 800000 }],
    });
    expect(ok(parseCamt(file)).payments.map((p) => p.references)).toContainEqual(expected);
  });

  it.each([
    sharedOr('camt/fffs-finland-camt053-001.02.xml', 'camt053-001.02-statement.xml', { shared: 13, own: 4 }),
    sharedOr('camt/nordea-denmark-camt053-001.02-extended.xml', 'camt053-001.08-statement.xml', { shared: 8, own: 3 }),
  ])('reads the statement $name, its balances and summary checked', ({ bytes: file, expected }) => {
    const parsed = ok(parseCamt(file));
    expect(parsed.message).toBe('camt.053');
    expect(parsed.payments).toHaveLength(expected);
  });

  it('gives the statement\'s lump sum the entry identity of the notification\'s payments (FFFS ARCH04, or ours)', () => {
    const notification = sharedOr('camt/fffs-finland-camt054-001.02.xml', 'camt054-001.02-bankgiro.xml', { shared: 'camt:091029ACCTSTMTARCH04', own: 'camt:SE26103050501055D001' });
    const statement = sharedOr('camt/fffs-finland-camt053-001.02.xml', 'camt053-001.02-statement.xml', { shared: null, own: null });
    const entry = notification.expected;
    const details = ok(parseCamt(notification.bytes)).payments.filter((p) => p.entryIdentity === entry);
    const lump = ok(parseCamt(statement.bytes)).payments.filter((p) => p.entryIdentity === entry);
    expect(details.length).toBeGreaterThan(1);
    expect(lump).toHaveLength(1);
    expect(lump[0]!.lumpSum).toBe(true);
    expect(lump[0]!.amountOre).toBe(details.reduce((s, p) => s + p.amountOre, 0));
  });
});

describe('parseCamt on our camt.054.001.02 of 2026-10-30', () => {
  const file = ok(parseCamt(ownFixture('camt054-001.02-bankgiro.xml')));
  const [lunden, bygg, atelje, kontor, euro, returned] = file.payments;

  it('reads the message, its notification and account', () => {
    expect(file).toMatchObject({ message: 'camt.054', version: '001.02', messageId: 'SE20261030BG0001', createdAt: '2026-10-30T18:05:00+01:00' });
    expect(file.reports).toEqual([{ id: 'SE20261030BG0001-1', account: 'SE4550000000058398257466', entries: 5 }]);
    expect(file.payments).toHaveLength(6);
    expect(file.ignored).toEqual([{ path: `${NTFCTN}/Ntry[5]`, status: 'INFO', amountOre: 25000 }]);
  });

  it('reads each transaction of a deposit: amount, OCR (SCOR), receiving bankgiro (BGNR), payer, bank references', () => {
    expect(lunden).toMatchObject({
      identity: 'camt:tx:BG26103000000001', entryIdentity: 'camt:SE26103050501055D001', source: 'camt.054', kind: 'payment',
      amountOre: 1250000, currency: 'SEK', bookingDate: '2026-10-30', valueDate: '2026-10-30',
      references: [{ ocr: '10157', amountOre: null }], receivingBankgiro: '50501055', refusal: null,
      bankTransactionCode: 'PMNT/RCDT/DMCT', lumpSum: false, path: `${NTFCTN}/Ntry[1]/NtryDtls/TxDtls[1]`,
      fingerprint: '2026-10-30|1250000|10157',
    });
    expect(lunden!.payer.name).toBe('Café Lunden AB');
    expect(bygg!.references).toEqual([{ ocr: '10256', amountOre: 1200000 }, { ocr: '10355', amountOre: 800000 }]);
    expect(bygg!.payer).toEqual({ name: 'Byggvaruhuset Väst AB', addressLines: ['Industrivägen 4', '421 31 Västra Frölunda', 'SE'], identityNumber: null, bankgiro: '9912346' });
  });

  it('keeps free text (Ustrd), its &amp; decoded, for a payment without an OCR', () => {
    expect(atelje).toMatchObject({ references: [], freeText: ['Hyra oktober Ateljé Nord & förråd'] });
  });

  it('knows a payment alone in its entry by the entry, and reads a bankgiro written with a dash', () => {
    expect(kontor).toMatchObject({ identity: 'camt:SE26103050501055D002', entryIdentity: 'camt:SE26103050501055D002', receivingBankgiro: '50501055' });
  });

  it('refuses a payment in another currency per entry, not the file: it is read with its refusal', () => {
    expect(euro).toMatchObject({ currency: 'EUR', amountOre: 10000, refusal: 'currency_not_sek', references: [{ ocr: '10553', amountOre: null }] });
  });

  it('reads a debit as a return, negative, with its reason and the bankgiro it left', () => {
    expect(returned).toMatchObject({ kind: 'return', amountOre: -50000, returnReason: 'AC04', receivingBankgiro: '50501055', bankTransactionCode: 'PMNT/RCDT/RRTN' });
    expect(returned!.payer.name).toBe('Café Lunden AB');
  });
});

describe('parseCamt on our camt.054.001.08 of 2026-11-02 (namespace prefix, the 2019 shapes)', () => {
  const file = ok(parseCamt(ownFixture('camt054-001.08-bankgiro.xml')));

  it('reads Sts/Cd, TxDtls/Amt, Dbtr/Pty and the account as a bankgiro', () => {
    expect(file).toMatchObject({ message: 'camt.054', version: '001.08' });
    expect(file.payments.map((p) => [p.kind, p.amountOre, p.payer.name, p.receivingBankgiro])).toEqual([
      ['payment', 1500000, 'Café Lunden AB', '50501055'],
      ['payment', 1000000, 'Byggvaruhuset Väst AB', '50501055'],
      ['return', 120000, null, '50501055'],
    ]);
    expect(file.payments[0]!.payer.identityNumber).toBe('5560160680');
    expect(file.payments[0]!.valueDate).toBe('2026-11-02');
  });

  it('takes an OCR written with spaces, a Ref without a type, and keeps an RF reference as text', () => {
    expect(file.payments[0]!.references).toEqual([{ ocr: '10751', amountOre: null }]);
    expect(file.payments[1]!.references).toEqual([{ ocr: '10850', amountOre: null }]);
    expect(file.payments[1]!.otherReferences).toEqual(['RF18539007547034']);
  });

  it('reads a reversed credit (RvslInd) as a return and keeps the entry\'s information', () => {
    expect(file.payments[2]).toMatchObject({ identity: 'camt:SE26110250501055D002', kind: 'return', freeText: ['Återförd utbetalning'] });
  });
});

describe('the same payment in a camt.054 and the day\'s camt.053 has the same identity (decision 0015)', () => {
  const pairs = [
    ['camt054-001.02-bankgiro.xml', 'camt053-001.02-statement.xml'],
    ['camt054-001.08-bankgiro.xml', 'camt053-001.08-statement.xml'],
  ] as const;

  it.each(pairs)('%s and %s', (notificationName, statementName) => {
    const notification = ok(parseCamt(ownFixture(notificationName))).payments;
    const statement = ok(parseCamt(ownFixture(statementName))).payments;
    const entries = new Set(notification.map((p) => p.entryIdentity));
    const identities = new Set(notification.map((p) => p.identity));
    for (const p of statement.filter((s) => entries.has(s.entryIdentity))) {
      expect(p.lumpSum || identities.has(p.identity), `${p.identity} of the statement`).toBe(true);
    }
    expect(statement.filter((s) => !entries.has(s.entryIdentity)).map((s) => s.bankTransactionCode)).toEqual(notificationName.includes('001.02') ? ['PMNT/ICDT/DMCT'] : []);
  });

  it('and the same fingerprint for a payment reported in detail in both', () => {
    const a = ok(parseCamt(ownFixture('camt054-001.02-bankgiro.xml'))).payments.find((p) => p.identity === 'camt:SE26103050501055D002')!;
    const b = ok(parseCamt(ownFixture('camt053-001.02-statement.xml'))).payments.find((p) => p.identity === 'camt:SE26103050501055D002')!;
    expect(b.fingerprint).toBe(a.fingerprint);
  });
});

describe('parseCamt refuses a wrong file whole, with the XML path (or line) and the reason', () => {
  const codes = (result: FileResult<CamtFile>) => errors(result).map((e) => [e.code, e.path ?? e.line]);

  it.each([
    ['an empty file', Buffer.alloc(0), [['EMPTY_FILE', undefined]]],
    ['a PDF', Buffer.from('%PDF-1.7\n'), [['NOT_XML', undefined]]],
    ['a BgMax file', ownFixture('bgmax-2026-08.txt'), [['NOT_XML', undefined]]],
    ['an XML bomb', ownFixture('camt-xml-bomb.xml'), [['XML_DOCTYPE', 3]]],
    ['a cut file', ownFixture('camt054-cut.xml'), [['XML_MALFORMED', 44]]],
    ['a camt.052', ownFixture('camt052-report.xml'), [['NOT_A_NOTIFICATION', 'Document']]],
    ['a pain.001', ownFixture('pain001-payment.xml'), [['NOT_A_NOTIFICATION', 'Document']]],
    ['an HTML page', bytes('<html><body>Inloggad</body></html>'), [['NOT_ISO20022', 'html']]],
  ])('%s', (_what, file, expected) => {
    expect(codes(parseCamt(file))).toEqual(expected);
  });

  it('names the message it got', () => {
    expect(errors(parseCamt(ownFixture('camt052-report.xml')))[0]!.params).toEqual({ message: 'camt.052.001.02' });
    expect(errors(parseCamt(ownFixture('pain001-payment.xml')))[0]!.params).toEqual({ message: 'pain.001.001.03' });
  });

  it('refuses an ENTITY declaration even without a DOCTYPE, and never expands one', () => {
    const xml = text('camt054-001.02-bankgiro.xml').replace('<Document', '<!ENTITY x "y">\n<Document');
    expect(codes(parseCamt(bytes(xml)))).toEqual([['XML_DOCTYPE', 7]]);
  });

  it('refuses a version it does not know', () => {
    const xml = text('camt054-001.02-bankgiro.xml').replace('camt.054.001.02', 'camt.054.001.01');
    expect(errors(parseCamt(bytes(xml)))).toEqual([{ code: 'UNSUPPORTED_VERSION', path: 'Document', params: { message: 'camt.054.001.01' } }]);
  });

  it('refuses bytes that are not the UTF-8 they declare, and reads a declared ISO-8859-1', () => {
    const xml = text('camt054-001.02-bankgiro.xml');
    expect(codes(parseCamt(iconv.encode(xml, 'latin1')))).toEqual([['NOT_UTF8', undefined]]);
    const latin = iconv.encode(xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1');
    expect(ok(parseCamt(latin)).payments[0]!.payer.name).toBe('Café Lunden AB');
    expect(codes(parseCamt(bytes(xml.replace('encoding="UTF-8"', 'encoding="x-klingon"'))))).toEqual([['XML_ENCODING_UNSUPPORTED', undefined]]);
  });

  it('checks the control sums: batch count and total, entry against its transactions, TxsSummry', () => {
    expect(codes(parseCamt(ownFixture('camt054-bad-sums.xml')))).toEqual([
      ['COUNT_MISMATCH', `${NTFCTN}/Ntry[1]/NtryDtls[1]/Btch/NbOfTxs`],
      ['SUM_MISMATCH', `${NTFCTN}/Ntry[1]/NtryDtls[1]/Btch/TtlAmt`],
      ['SUM_MISMATCH', `${NTFCTN}/Ntry[2]/Amt`],
      ['COUNT_MISMATCH', `${NTFCTN}/TxsSummry/TtlNtries/NbOfNtries`],
      ['SUM_MISMATCH', `${NTFCTN}/TxsSummry/TtlNtries/Sum`],
    ]);
    expect(errors(parseCamt(ownFixture('camt054-bad-sums.xml')))[2]!.params).toEqual({ statedOre: 1000000, actualOre: 900000 });
  });

  it('checks the net, credit and debit totals of TxsSummry', () => {
    const xml = text('camt054-001.02-bankgiro.xml');
    expect(codes(parseCamt(bytes(xml.replace('<TtlNetNtryAmt>48350.00', '<TtlNetNtryAmt>48351.00'))))).toEqual([['SUM_MISMATCH', `${NTFCTN}/TxsSummry/TtlNtries/TtlNetNtryAmt`]]);
    expect(codes(parseCamt(bytes(xml.replace('<NbOfNtries>4</NbOfNtries><Sum>48850.00', '<NbOfNtries>3</NbOfNtries><Sum>48850.00'))))).toEqual([['COUNT_MISMATCH', `${NTFCTN}/TxsSummry/TtlCdtNtries/NbOfNtries`]]);
    expect(codes(parseCamt(bytes(xml.replace('<Sum>500.00</Sum>', '<Sum>5000.00</Sum>'))))).toEqual([['SUM_MISMATCH', `${NTFCTN}/TxsSummry/TtlDbtNtries/Sum`]]);
  });

  it('checks a statement\'s closing balance against its opening and entries, and wants its balances', () => {
    const xml = text('camt053-001.02-statement.xml');
    const stmt = 'Document/BkToCstmrStmt/Stmt[1]';
    expect(errors(parseCamt(bytes(xml.replace('139250.00', '139250.01'))))).toEqual([
      { code: 'BALANCE_MISMATCH', path: `${stmt}/Bal`, params: { openingOre: 10000000, movementOre: 3925000, closingOre: 13925001 } },
    ]);
    const noBalances = xml.replace(/<Bal>[\s\S]*?<\/Bal>/g, '');
    expect(codes(parseCamt(bytes(noBalances)))).toEqual([['MISSING_ELEMENT', `${stmt}/Bal`]]);
  });

  it('lists every missing or malformed element with its path', () => {
    expect(errors(parseCamt(ownFixture('camt054-missing-elements.xml'))).map((e) => [e.code, e.path!.replace(`${NTFCTN}/`, ''), e.params.value ?? ''])).toEqual([
      ['MISSING_ELEMENT', 'Document/BkToCstmrDbtCdtNtfctn/GrpHdr/MsgId', ''],
      ['MISSING_ELEMENT', 'Ntry[1]/Amt', ''],
      ['BAD_VALUE', 'Ntry[2]/CdtDbtInd', 'CRED'],
      ['BAD_VALUE', 'Ntry[2]/BookgDt', '2026-02-30'],
      ['BAD_VALUE', 'Ntry[3]/Amt', '12.345'],
      ['BAD_VALUE', 'Ntry[4]/Amt/@Ccy', ''],
      ['MISSING_ELEMENT', 'Ntry[4]/BkTxCd', ''],
    ]);
  });

  it('wants the group header, a notification and its account', () => {
    const xml = text('camt054-001.02-bankgiro.xml');
    expect(codes(parseCamt(bytes(xml.replace('<IBAN>SE4550000000058398257466</IBAN>', ''))))).toEqual([['MISSING_ELEMENT', `${NTFCTN}/Acct/Id`]]);
    const empty = '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn/></Document>';
    expect(codes(parseCamt(bytes(empty)))).toEqual([
      ['MISSING_ELEMENT', 'Document/BkToCstmrDbtCdtNtfctn/GrpHdr'],
      ['MISSING_ELEMENT', 'Document/BkToCstmrDbtCdtNtfctn/GrpHdr/MsgId'],
      ['MISSING_ELEMENT', 'Document/BkToCstmrDbtCdtNtfctn/GrpHdr/CreDtTm'],
      ['MISSING_ELEMENT', 'Document/BkToCstmrDbtCdtNtfctn/Ntfctn'],
    ]);
    const statementBody = empty.replace('camt.054', 'camt.053');
    expect(codes(parseCamt(bytes(statementBody)))).toEqual([['MISSING_ELEMENT', 'Document/BkToCstmrStmt']]);
  });
});
