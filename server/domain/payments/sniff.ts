// What kind of bank file the bytes are, from their first bytes: so an upload goes to the right parser
// and a wrong file (a PDF, an archive, a spreadsheet) is named in the refusal instead of being read as
// 80-column records or XML.

export type FileKind = 'empty' | 'bgmax' | 'xml' | 'pdf' | 'zip' | 'binary' | 'text';

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function isWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

export function sniffFileKind(bytes: Uint8Array): FileKind {
  let start = startsWith(bytes, UTF8_BOM) ? 3 : 0;
  while (start < bytes.length && isWhitespace(bytes[start])) start += 1;
  if (start >= bytes.length) return 'empty';
  if (startsWith(bytes, ascii('%PDF-'), start)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe]) || bytes[start] === 0x3c /* < */) return 'xml';
  if (startsWith(bytes, ascii('01BGMAX'), start)) return 'bgmax';
  const head = bytes.subarray(0, 4096);
  return head.some((b) => b === 0 || (b < 0x20 && !isWhitespace(b))) ? 'binary' : 'text';
}

/** Whether the bytes, having some above ASCII, are valid UTF-8 (a Latin-1 file with å ä ö never is). */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (startsWith(bytes, UTF8_BOM)) return true;
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
