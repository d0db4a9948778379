import { describe, expect, it } from 'vitest';
import { asciiJson, kronorNumber, usingQrPayload } from '../../server/domain/billing/uqr.ts';

describe('usingQrPayload (DOMAIN-SE.md §5.1, §7.3)', () => {
  it('the worked avi of §7.3, character for character', () => {
    expect(usingQrPayload({
      payeeName: 'Fastighets AB Exempel', countryCode: 'SE', orgNumber: '556677-8808', invoiceNumber: 220210017, ocr: '22021001718',
      issueDate: '2022-03-10', dueDate: '2022-03-31', amountOre: 13_800_180, vatOre: 2_760_036, giro: '50501055', giroType: 'BG',
    })).toBe('{"uqr":1,"tp":1,"nme":"Fastighets AB Exempel","cc":"SE","cid":"556677-8808","iref":"22021001718","idt":"20220310","ddt":"20220331","due":138001.8,"vat":27600.36,"pt":"BG","acc":"5050-1055"}');
  });
  it('the first example of §5.1, whole kronor as a whole number', () => {
    expect(usingQrPayload({
      payeeName: 'Fastighets AB Exempel', countryCode: 'SE', orgNumber: '556677-8808', invoiceNumber: 202504001, ocr: '20250400114',
      issueDate: '2025-03-15', dueDate: '2025-03-31', amountOre: 3_125_000, vatOre: 625_000, giro: '5050-1055', giroType: 'BG',
    })).toBe('{"uqr":1,"tp":1,"nme":"Fastighets AB Exempel","cc":"SE","cid":"556677-8808","iref":"20250400114","idt":"20250315","ddt":"20250331","due":31250,"vat":6250,"pt":"BG","acc":"5050-1055"}');
  });
  it("payqr's test vector (§5.1): the invoice number stands in for a missing OCR", () => {
    expect(usingQrPayload({
      payeeName: 'Test AB', orgNumber: '1234', invoiceNumber: 1001, ocr: null, issueDate: '2022-07-07', dueDate: '2022-08-06',
      amountOre: 5_000, giro: '5536-7742', giroType: 'BG',
    })).toBe('{"uqr":1,"tp":1,"nme":"Test AB","cid":"1234","iref":"1001","idt":"20220707","ddt":"20220806","due":50,"pt":"BG","acc":"5536-7742"}');
  });
  it('escapes non-ASCII as \\uXXXX so the bytes are ASCII, and the JSON still reads back', () => {
    const payload = usingQrPayload({
      payeeName: 'Café Öster AB', orgNumber: '556016-0680', invoiceNumber: 7, ocr: '732', dueDate: '2026-03-31', amountOre: 1_234_56,
      giro: '50501055', giroType: 'BG',
    });
    expect(payload).toContain('"nme":"Caf\\u00e9 \\u00d6ster AB"');
    expect(payload).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(payload)).toMatchObject({ nme: 'Café Öster AB', due: 1234.56, ddt: '20260331', pt: 'BG', acc: '5050-1055' });
  });
  it('a plusgiro account is written in its pairs', () => {
    const payload = JSON.parse(usingQrPayload({ payeeName: 'X', invoiceNumber: 1, ocr: '133', dueDate: '2026-01-01', amountOre: 1, giro: '41054685', giroType: 'PG' }));
    expect(payload).toMatchObject({ pt: 'PG', acc: '410 54 68-5', due: 0.01 });
  });
});

describe('kronorNumber and asciiJson', () => {
  it('öre as kronor with at most two decimals', () => {
    expect(JSON.stringify([kronorNumber(13_800_180), kronorNumber(2_760_036), kronorNumber(3_125_000), kronorNumber(1), kronorNumber(10)])).toBe('[138001.8,27600.36,31250,0.01,0.1]');
    for (let ore = 0; ore < 100_000; ore += 7) expect(String(kronorNumber(ore))).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(() => kronorNumber(1.5)).toThrow(RangeError);
  });
  it('escapes every non-ASCII character, keeping quotes and backslashes escaped as JSON does', () => {
    expect(asciiJson({ a: 'Ö"\\ä€' })).toBe('{"a":"\\u00d6\\"\\\\\\u00e4\\u20ac"}');
    expect(asciiJson('😀')).toBe('"\\ud83d\\ude00"');
  });
});
