import { describe, expect, it } from 'vitest';
import { bgmaxPayments, parseBgmax } from '../../../server/domain/payments/bgmax.ts';
import { parseCamt } from '../../../server/domain/payments/camt.ts';
import { digitGroups, paymentFingerprint, uniqueIdentities, type IncomingPayment } from '../../../server/domain/payments/incoming.ts';
import { looksLikeUtf8, sniffFileKind } from '../../../server/domain/payments/sniff.ts';
import { ownFixture } from './fixture-files.ts';

describe('sniffFileKind: which parser a file is for', () => {
  it.each([
    ['', 'empty'], ['\r\n  \n', 'empty'], ['%PDF-1.7', 'pdf'], ['PK\u0003\u0004xyz', 'zip'], ['<?xml version="1.0"?>', 'xml'],
    ['\ufeff<Document/>', 'xml'], ['  <Document/>', 'xml'], ['01BGMAX               01', 'bgmax'], ['Datum;Belopp\n', 'text'], ['\u0000\u0001\u0002', 'binary'],
  ])('%j → %s', (content, kind) => expect(sniffFileKind(Buffer.from(content, 'utf8'))).toBe(kind));

  it('sees our fixtures for what they are', () => {
    expect(sniffFileKind(ownFixture('bgmax-2026-08.txt'))).toBe('bgmax');
    expect(sniffFileKind(ownFixture('camt054-001.02-bankgiro.xml'))).toBe('xml');
  });

  it('tells UTF-8 from Latin-1 by the bytes above ASCII', () => {
    expect(looksLikeUtf8(Buffer.from('Café', 'utf8'))).toBe(true);
    expect(looksLikeUtf8(Buffer.from('Café', 'latin1'))).toBe(false);
    expect(looksLikeUtf8(Buffer.from('Cafe', 'latin1'))).toBe(false);
  });
});

describe('payment identity helpers (decision 0015)', () => {
  it('finds the OCR candidates in a reference text', () => {
    expect(digitGroups('20250400213 20250400312')).toEqual(['20250400213', '20250400312']);
    expect(digitGroups('Faktura 10157, 10256;10355')).toEqual(['10157', '10256', '10355']);
    expect(digitGroups('KREDIT A-1')).toEqual([]);
  });

  it('makes a fingerprint of date, amount and sorted OCRs', () => {
    expect(paymentFingerprint('2026-10-30', 2000000, [{ ocr: '10355', amountOre: 800000 }, { ocr: '10256', amountOre: null }, { ocr: '10355', amountOre: null }])).toBe('2026-10-30|2000000|10256,10355');
  });

  it('gives a repeated identity within a file a suffix', () => {
    const p = { identity: 'x' } as IncomingPayment;
    expect(uniqueIdentities([p, p, { ...p, identity: 'y' }, p]).map((q) => q.identity)).toEqual(['x', 'x#2', 'y', 'x#3']);
  });

  it('gives the same payment the same fingerprint in a BgMax file and a camt.054', () => {
    const pad = (s: string) => s.padEnd(80);
    const bgmax = Buffer.from([
      pad('01BGMAX               0120261030184500123456P'), pad('050050501055          SEK'),
      pad('200000000000                    10157000000000001250000212610300001010'),
      pad('15000000000000000000060000000123456782026103000301000000000001250000SEK00000001'), pad('7000000001000000000000000000000001'),
    ].join('\r\n'), 'latin1');
    const fromBgmax = parseBgmax(bgmax);
    const fromCamt = parseCamt(ownFixture('camt054-001.02-bankgiro.xml'));
    if (!fromBgmax.ok || !fromCamt.ok) throw new Error('fixtures must parse');
    const a = bgmaxPayments(fromBgmax.value)[0]!;
    const b = fromCamt.value.payments[0]!;
    expect(a.identity).not.toBe(b.identity);
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});
