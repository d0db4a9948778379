// Reads a SIE 4 file back as an accounting system would: CP437 bytes, CRLF lines, records split into
// fields (quoted text with backslash escapes, {} object lists), each #VER with its #TRANS lines.
import iconv from 'iconv-lite';

export interface ReadVoucher { head: string; series: string; number: number; date: string; text: string; trans: { account: string; amountOre: number }[] }

/** A record's fields: `#VER A 1 20260310 "Hyresavi \"x\""` → ['#VER', 'A', '1', '20260310', 'Hyresavi "x"']. */
export function sieFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ') { i++; continue; }
    if (line[i] === '"') {
      let text = '';
      for (i++; i < line.length && line[i] !== '"'; i++) text += line[i] === '\\' ? line[++i] : line[i];
      fields.push(text);
      i++;
    } else if (line[i] === '{') {
      const end = line.indexOf('}', i);
      fields.push(line.slice(i, end < 0 ? undefined : end + 1));
      i = end < 0 ? line.length : end + 1;
    } else {
      const end = line.indexOf(' ', i);
      fields.push(line.slice(i, end < 0 ? undefined : end));
      i = end < 0 ? line.length : end;
    }
  }
  return fields;
}

/** "1234.50" → 123450, "-0.05" → −5. */
export function sieOre(amount: string): number {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) throw new Error(`not a SIE amount: ${amount}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

export function readSie(bytes: Uint8Array) {
  const text = iconv.decode(Buffer.from(bytes), 'cp437');
  const lines = text.split('\r\n');
  if (lines.at(-1) !== '') throw new Error('a SIE file ends with CRLF');
  const records = lines.slice(0, -1);
  const vouchers: ReadVoucher[] = [];
  for (const line of records) {
    const fields = sieFields(line.trim());
    if (fields[0] === '#VER') vouchers.push({ head: line, series: fields[1]!, number: Number(fields[2]), date: fields[3]!, text: fields[4] ?? '', trans: [] });
    if (fields[0] === '#TRANS') vouchers.at(-1)!.trans.push({ account: fields[1]!, amountOre: sieOre(fields[3]!) });
  }
  const declared = new Set(records.filter((l) => l.startsWith('#KONTO')).map((l) => sieFields(l)[1]));
  /** The fields of the first record of a label (#ORGNR, #FNAMN …), without the label. */
  const field = (label: string) => sieFields(records.find((l) => l.startsWith(`${label} `)) ?? '').slice(1);
  return { text, records, vouchers, declared, field };
}
