// Reading an ISO 20022 XML file in one pass, without holding its whole tree (decision 0020): the bytes
// decoded a slice at a time (per the declaration, as camt-xml.ts decodes them), tokenized by saxes (a
// conformant, non-validating SAX parser that expands no DTD entity: a DOCTYPE never reaches it, see
// below), and built into the same tree fast-xml-parser makes with camt-xml.ts's options (text trimmed,
// attributes under '@name', namespace prefixes off element names, a repeated element an array). Chosen
// elements (camt's Ntry) are handed to the caller as they close and left out of the tree, so a file of
// 50,000 payments never has 50,000 payments' elements in memory at once.
//
// A refused file gets the errors the whole-file reader gives (readXml in camt-xml.ts: NOT_UTF8, then a
// DOCTYPE or ENTITY anywhere, then the first syntax error with its line), so both refuse alike: on any
// sign of trouble this reader stops and asks readXml for them. Only what saxes alone refuses (an
// undefined entity such as &nbsp;, a character XML forbids) is its own XML_MALFORMED, with its line.
import iconv from 'iconv-lite';
import { SaxesParser } from 'saxes';
import { declaredEncoding, readXml, readXmlText, type XmlNode, type XmlValue } from './camt-xml.ts';
import { fail, type FileResult } from './file-errors.ts';
import { sniffFileKind } from './sniff.ts';

/** Elements nested deeper are refused (fast-xml-parser's maxNestedTags in camt-xml.ts). */
export const MAX_DEPTH = 64;
/**
 * Bytes decoded and parsed at a time. Small: Node gives a decoded text of about a megabyte or more as an
 * external two-byte string, outside the heap, which only the second full collection after it frees;
 * slices of a megabyte had a camt.054 of 38 MB held three times over (117 MB outside the heap) at the
 * import's peak. A text of 64 KB is an ordinary string the young generation's collection frees.
 */
const SLICE = 1 << 16;
/** What refuses a file before it is parsed (camt-xml.ts): looked for in each slice and the end of the one before. */
const DECLARATION = /<!DOCTYPE|<!ENTITY/i;
const DECLARATION_LENGTH = '<!DOCTYPE'.length;

export interface XmlCut {
  /**
   * At an element's start, with the names from the root to it (prefixes off), its parent as built so
   * far (the children that have ended) and its attributes: whether it is handed to `take` when it ends
   * instead of joining its parent.
   */
  cut(path: readonly string[], parent: XmlNode | null, attributes: Readonly<Record<string, string>>): boolean;
  take(element: XmlValue, path: readonly string[]): void;
}

interface Frame {
  name: string;
  /** Made when the first child ends: most elements have text only. */
  children: XmlNode | null;
  attributes: Record<string, string> | null;
  text: string | undefined;
  cut: boolean;
}

/** A text decoder a slice at a time; throws on bytes that are not the encoding (UTF-8 only, as readXml). */
function decoderOf(bytes: Uint8Array): { body: Uint8Array; write: (slice: Uint8Array) => string; end: () => string } | 'NOT_UTF8' | { unsupported: string } {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    const decoder = iconv.getDecoder('utf16');
    return { body: bytes, write: (slice) => decoder.write(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength)), end: () => decoder.end() ?? '' };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const encoding = declaredEncoding(body) ?? 'utf-8';
  if (encoding === 'utf-8' || encoding === 'utf8') {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    return { body, write: (slice) => decoder.decode(slice, { stream: true }), end: () => decoder.decode() };
  }
  if (!iconv.encodingExists(encoding)) return { unsupported: encoding };
  const decoder = iconv.getDecoder(encoding);
  return { body, write: (slice) => decoder.write(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength)), end: () => decoder.end() ?? '' };
}

class Stop extends Error {}

/** The line, column and reason of the first thing saxes (or the depth limit) refuses: asked again of a refused file only, with positions on. */
function locate(text: string): { line: number; column: number; detail: string } {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  let found: { line: number; column: number; detail: string } | null = null;
  parser.on('error', (error) => {
    found = { line: parser.line, column: parser.column + 1, detail: error.message.replace(/^\d+:\d+: /, '') };
    throw new Stop();
  });
  parser.on('opentag', () => {
    depth += 1;
    if (depth > MAX_DEPTH) {
      found = { line: parser.line, column: parser.column + 1, detail: `elements nested deeper than ${MAX_DEPTH}` };
      throw new Stop();
    }
  });
  parser.on('closetag', () => { depth -= 1; });
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return found ?? { line: parser.line, column: parser.column + 1, detail: 'not well-formed' };
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An ended element as fast-xml-parser gives it: its text alone, '' when empty, else its children, text and attributes. */
function valueOf(frame: Frame): XmlValue {
  const { attributes, text } = frame;
  const hasText = text !== undefined && text.length > 0;
  if (frame.children === null && attributes === null) return hasText ? text : '';
  const children = frame.children ?? {};
  if (hasText) children['#text'] = text;
  if (attributes) for (const name in attributes) children[`@${name}`] = attributes[name]!;
  return children;
}

/** A value is never an array itself: an array is a repeated element. */
function attach(parent: XmlNode, name: string, value: XmlValue): void {
  const existing = parent[name];
  if (existing === undefined) parent[name] = value;
  else if (Array.isArray(existing)) (existing as XmlValue[]).push(value as XmlNode);
  else parent[name] = [existing, value] as XmlNode[];
}

/**
 * The document's tree, less the elements `cut` took, or the errors that refuse it (as readXml's).
 * Everything `take` was given before a refusal is to be thrown away by the caller.
 */
export function readXmlStream(bytes: Uint8Array, cut?: XmlCut): FileResult<XmlNode> {
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') return fail('EMPTY_FILE');
  if (kind !== 'xml') return fail('NOT_XML', {}, { looksLike: kind });
  const decoder = decoderOf(bytes);
  if (decoder === 'NOT_UTF8') return fail('NOT_UTF8');
  if ('unsupported' in decoder) return fail('XML_ENCODING_UNSUPPORTED', {}, { encoding: decoder.unsupported });

  const root: XmlNode = {};
  const stack: Frame[] = [];
  const path: string[] = [];
  // Positions are not tracked (a fifth of saxes's time): a refused file is read again for them (locate).
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('error', () => {
    throw new Stop();
  });
  const addText = (text: string, trim: boolean) => {
    const frame = stack[stack.length - 1];
    if (!frame) return;
    const value = trim ? text.trim() : text;
    if (value.length > 0 || !trim) frame.text = frame.text === undefined ? value : frame.text + value;
  };
  parser.on('text', (text) => addText(text, true));
  parser.on('cdata', (text) => addText(text, false));
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH) throw new Stop();
    const name = localName(tag.name);
    const parent = stack[stack.length - 1];
    path.push(name);
    const attributes = tag.attributes as Record<string, string>;
    let any = false;
    for (const _ in attributes) {
      any = true;
      break;
    }
    const taken = cut ? cut.cut(path, parent ? parent.children ?? {} : null, attributes) : false;
    stack.push({ name, children: null, attributes: any ? attributes : null, text: undefined, cut: taken });
  });
  parser.on('closetag', () => {
    const frame = stack.pop()!;
    const value = valueOf(frame);
    if (frame.cut) cut!.take(value, path);
    else if (stack.length === 0) attach(root, frame.name, value);
    else {
      const parent = stack[stack.length - 1]!;
      attach(parent.children ??= {}, frame.name, value);
    }
    path.pop();
  });

  let stopped = false;
  let tail = '';
  const feed = (text: string): boolean => {
    if (text.length === 0) return true;
    if (DECLARATION.test(tail + text)) return false;
    tail = text.slice(-DECLARATION_LENGTH);
    try {
      parser.write(text);
      return true;
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      stopped = true;
      return false;
    }
  };
  const { body } = decoder;
  let parsing = true;
  for (let at = 0; at < body.length + SLICE; at += SLICE) {
    let text: string;
    try {
      text = at < body.length ? decoder.write(body.subarray(at, at + SLICE)) : decoder.end();
    } catch {
      return fail('NOT_UTF8');
    }
    // Past a refusal only the decoding goes on: bytes that are not UTF-8 refuse the file first (as readXml).
    if (parsing) parsing = feed(text);
  }
  if (parsing) {
    try {
      parser.close();
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      stopped = true;
      parsing = false;
    }
  }
  if (parsing) return { ok: true, value: root };
  // The whole-file reader's errors, so that both refuse a file alike; saxes's own where it finds none
  // (or, nested too deep, fails itself).
  let whole: FileResult<XmlNode> | null = null;
  try {
    whole = readXml(bytes);
  } catch {
    whole = null;
  }
  if (whole && !whole.ok) return whole;
  if (!stopped) return fail('XML_DOCTYPE', {});
  const text = readXmlText(bytes);
  const { line, column, detail } = locate(text.ok ? text.value : '');
  return fail('XML_MALFORMED', { line }, { column, detail });
}
