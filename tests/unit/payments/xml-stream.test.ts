// The one-pass reader (xml-stream.ts, parseCamt) against the whole-file reader it replaced (readXml,
// fast-xml-parser's tree, parseCamtTree): the same tree, the same payments, the same refusals with the
// same lines and paths, on every fixture, on files larger than one slice, and on files cut or spoilt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readXml } from '../../../server/domain/payments/camt-xml.ts';
import { parseCamt, parseCamtTree } from '../../../server/domain/payments/camt.ts';
import { writeCamt054, type CamtEntryOut } from '../../../server/domain/payments/camt-write.ts';
import { MAX_DEPTH, readXmlStream } from '../../../server/domain/payments/xml-stream.ts';
import { ocrForInvoice } from '../../../server/domain/billing/index.ts';
import { ok, refused } from './fixture-files.ts';

const fixtures = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => [f, readFileSync(path.join(dir, f))] as const) : []);
const ours = fixtures(path.resolve('tests/fixtures/payments'));
// The banks' public files, where ../shared is beside the checkout (a clean clone may not have it).
const banks = fixtures(path.resolve(process.env.SHARED_FIXTURES ?? '../shared/fixtures', 'camt'));
const all = [...ours, ...banks];

/**
 * The whole-file reader's tree with its attribute values normalized as XML wants (a line break in one
 * is a space: saxes does it, fast-xml-parser does not; only xsi:schemaLocation ever has one).
 */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k.startsWith('@') && typeof v === 'string' ? v.replace(/[\t\n\r]/g, ' ') : normalized(v)]));
}

/** What the whole-file reader makes of the bytes. */
function whole(bytes: Uint8Array) {
  const xml = readXml(bytes);
  return xml.ok ? parseCamtTree(xml.value) : xml;
}

/** A camt.054 of `n` payments in entries of 100, over one slice (1 MiB) for n above about 1,500. */
function bigFile(n: number): string {
  const entries: CamtEntryOut[] = [];
  for (let d = 0; d * 100 < n; d++) {
    entries.push({
      reference: `D${d}`, bookingDate: '2026-11-02',
      payments: Array.from({ length: Math.min(100, n - d * 100) }, (_, k) => {
        const i = d * 100 + k;
        return { reference: `T${i}`, amountOre: 1_000_00 + i, references: i % 7 === 3 ? [{ ocr: ocrForInvoice(1000 + i), amountOre: 500_00 }, { ocr: ocrForInvoice(5000 + i), amountOre: 500_00 + i }] : [{ ocr: ocrForInvoice(1000 + i) }], payerName: `Kund ${i} Åkesson & Söner <AB>` };
      }),
    });
  }
  return writeCamt054({ messageId: 'BIG', createdAt: '2026-11-02T18:00:00+01:00', bankgiro: '50501055', entries });
}

describe('the one-pass reader agrees with the whole-file reader', () => {
  it('has fixtures to compare', () => expect(ours.length).toBeGreaterThanOrEqual(10));

  it.each(all)('on %s: the same tree and the same result', (_name, bytes) => {
    const xml = readXml(bytes);
    if (xml.ok) expect(readXmlStream(bytes)).toEqual(normalized(xml));
    expect(parseCamt(bytes)).toEqual(whole(bytes));
  });

  const big = bigFile(1500);
  it('on a file of several slices, its multi-byte letters across their seams', { timeout: 60_000 }, () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
    const bytes = Buffer.from(big);
    const read = ok(parseCamt(bytes));
    expect(read.payments).toHaveLength(1500);
    expect(read.payments[1499]!.payer.name).toBe('Kund 1499 Åkesson & Söner <AB>');
    expect(parseCamt(bytes)).toEqual(whole(bytes));
    const latin = iconv.encode(big.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1');
    expect(parseCamt(latin)).toEqual(whole(latin));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(big, 'utf16le')]);
    expect(parseCamt(utf16)).toEqual(whole(utf16));
  });

  it('when a report gives its entries before its account (read from the tree, in file order)', { timeout: 30_000 }, () => {
    const account = /<Acct>[\s\S]*?<\/Acct>/.exec(big)![0];
    const late = big.replace(account, '').replace('</Ntfctn>', `${account}</Ntfctn>`);
    const bytes = Buffer.from(late);
    expect(ok(parseCamt(bytes)).payments[0]!.receivingBankgiro).toBe('50501055');
    expect(parseCamt(bytes)).toEqual(whole(bytes));
  });

  it('when many entries are wrong: the first hundred errors listed in file order, the rest counted', { timeout: 30_000 }, () => {
    const spoilt = Buffer.from(big.replaceAll('Ccy="SEK"', 'Ccy="sek"').replace('<MsgId>BIG</MsgId>', ''));
    const errors = refused(parseCamt(spoilt));
    expect(errors[0]).toMatchObject({ code: 'MISSING_ELEMENT', path: 'Document/BkToCstmrDbtCdtNtfctn/GrpHdr/MsgId' });
    expect(errors.at(-1)).toMatchObject({ code: 'TOO_MANY_ERRORS' });
    expect(parseCamt(spoilt)).toEqual(whole(spoilt));
  });

  it.each([1_000, 600_000, 1_048_570, 1_100_000])('when the file is cut after %i bytes: the same line', { timeout: 30_000 }, (at) => {
    const cut = Buffer.from(big).subarray(0, at);
    expect(refused(parseCamt(cut))[0]!.code).toBe('XML_MALFORMED');
    expect(parseCamt(cut)).toEqual(whole(cut));
  });

  it('refuses a DOCTYPE or ENTITY wherever it stands, also across the seam of two slices, with its line', { timeout: 30_000 }, () => {
    const head = big.indexOf('<Document');
    const comment = (at: number) => `${big.slice(0, head)}<!-- ${'x'.repeat(at - head - 5)}<!ENTITY x "y"> -->\n${big.slice(head)}`;
    for (const at of [head + 10, 1024 * 1024 - 4]) {
      const bytes = Buffer.from(comment(at));
      expect(refused(parseCamt(bytes))).toEqual([expect.objectContaining({ code: 'XML_DOCTYPE', line: 2 })]);
      expect(parseCamt(bytes)).toEqual(whole(bytes));
    }
  });

  it('refuses bytes that are not UTF-8 first, wherever they are, as the whole-file reader does', { timeout: 30_000 }, () => {
    const bad = Buffer.concat([Buffer.from(big.replace('<Document', '<!DOCTYPE Document>\n<Document')), Buffer.from([0xff])]);
    expect(refused(parseCamt(bad))).toEqual([{ code: 'NOT_UTF8', params: {} }]);
    const late = Buffer.from(big);
    late[1_100_000] = 0xff;
    expect(refused(parseCamt(late))).toEqual([{ code: 'NOT_UTF8', params: {} }]);
  });
});

describe('what only the one-pass reader refuses', () => {
  const small = readFileSync(path.resolve('tests/fixtures/payments/camt054-001.08-bankgiro.xml'), 'utf8');

  it('an entity no DTD could define (&nbsp;), with its line, where the whole-file reader kept it as text', () => {
    const line = small.split('\n').findIndex((l) => l.includes('MsgId>')) + 1;
    const bytes = Buffer.from(small.replace('BG0001</ns2:MsgId>', 'BG0001&nbsp;</ns2:MsgId>'));
    expect(whole(bytes).ok).toBe(true);
    expect(refused(parseCamt(bytes))).toEqual([{ code: 'XML_MALFORMED', line, params: { column: expect.any(Number), detail: expect.stringContaining('entity') } }]);
  });

  it(`elements nested deeper than ${MAX_DEPTH}, with the line`, () => {
    const deep = small.replace('</ns2:Document>', `${'<a>'.repeat(MAX_DEPTH)}\n<b/>${'</a>'.repeat(MAX_DEPTH)}</ns2:Document>`);
    const line = deep.split('\n').findIndex((l) => l.includes('<a><a>')) + 1;
    expect(refused(parseCamt(Buffer.from(deep)))).toEqual([{ code: 'XML_MALFORMED', line, params: { column: expect.any(Number), detail: `elements nested deeper than ${MAX_DEPTH}` } }]);
  });
});
