// Reading an ISO 20022 XML file safely: its bytes decoded per its declaration, any DOCTYPE or ENTITY
// refused before parsing (no entity expansion, so no XML bomb), well-formedness checked with
// fast-xml-parser's validator (which gives the line), then parsed with processEntities off. The five
// predefined entities and character references (&amp; &#229;) are plain XML, not DTD entities, and
// are decoded here. Also the helpers camt.ts walks the tree with, keeping an XML path for errors.
import iconv from 'iconv-lite';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fail, type FileResult } from './file-errors.ts';
import { sniffFileKind } from './sniff.ts';

export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = XmlNode | XmlNode[] | string | string[];

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** &amp; &lt; &gt; &quot; &apos; and &#NNN; / &#xHH; references; anything else is left as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (!name.startsWith('#')) return PREDEFINED[name]!;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const parser = new XMLParser({
  processEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  maxNestedTags: 64,
  // Namespace prefixes off element names (<ns2:Ntry> is Ntry); xmlns attributes are kept as written.
  transformTagName: (name) => name.slice(name.indexOf(':') + 1),
  tagValueProcessor: (_name, value) => decodeXmlText(value),
  attributeValueProcessor: (_name, value) => decodeXmlText(value),
});

/** The encoding the XML declaration names, lower-case, or null when there is none. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = iconv.decode(bytes.subarray(0, 200), 'latin1');
  if (!head.startsWith('<?xml')) return null;
  const declaration = head.slice(0, head.indexOf('?>') + 2);
  const m = /\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(declaration);
  return m ? m[1]!.toLowerCase() : null;
}

/** The document's text, decoded as its BOM or declaration says. */
export function readXmlText(bytes: Uint8Array): FileResult<string> {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return { ok: true, value: iconv.decode(bytes, 'utf16') };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const encoding = declaredEncoding(body) ?? 'utf-8';
  if (encoding === 'utf-8' || encoding === 'utf8') {
    try {
      return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(body) };
    } catch {
      return fail('NOT_UTF8');
    }
  }
  if (!iconv.encodingExists(encoding)) return fail('XML_ENCODING_UNSUPPORTED', {}, { encoding });
  return { ok: true, value: iconv.decode(body, encoding) };
}

/** The document as a tree of elements (text values as strings, attributes under '@name'). */
export function readXml(bytes: Uint8Array): FileResult<XmlNode> {
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') return fail('EMPTY_FILE');
  if (kind !== 'xml') return fail('NOT_XML', {}, { looksLike: kind });
  const text = readXmlText(bytes);
  if (!text.ok) return text;
  const declaration = /<!DOCTYPE|<!ENTITY/i.exec(text.value);
  if (declaration) return fail('XML_DOCTYPE', { line: text.value.slice(0, declaration.index).split(/\r\n|\n|\r/).length });
  const valid = XMLValidator.validate(text.value);
  if (valid !== true) return fail('XML_MALFORMED', { line: valid.err.line }, { column: valid.err.col, detail: valid.err.msg });
  return { ok: true, value: parser.parse(text.value) as XmlNode };
}

// Walking the tree. An element that occurs once is a value, several times an array; these helpers
// take either, so a file with one Ntry reads like a file with many.

export function all(node: XmlValue | undefined, name: string): XmlValue[] {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function first(node: XmlValue | undefined, ...names: string[]): XmlValue | undefined {
  let current = node;
  for (const name of names) {
    if (current === undefined || typeof current === 'string' || Array.isArray(current)) return undefined;
    const value: XmlValue | undefined = current[name];
    current = Array.isArray(value) ? value[0] : value;
  }
  return current;
}

/** The text of an element (or of its #text when it has attributes), trimmed; undefined when absent. */
export function textOf(node: XmlValue | undefined, ...names: string[]): string | undefined {
  const element = first(node, ...names);
  if (element === undefined || Array.isArray(element)) return undefined;
  if (typeof element === 'string') return element;
  const text = element['#text'];
  return typeof text === 'string' ? text : '';
}

export function attribute(node: XmlValue | undefined, name: string): string | undefined {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The texts of every element of that name, e.g. all Ustrd lines. */
export function texts(node: XmlValue | undefined, name: string): string[] {
  return all(node, name).map((v) => textOf(v) ?? '').filter((t) => t !== '');
}
