// Rules for files given with cases, messages and notices: which kinds, how many, how big, and how
// their names are made safe to store and to send back in a Content-Disposition header.

export const ATTACHMENT_LIMITS = {
  /** Bytes per file as uploaded. */
  maxBytes: 10 * 1024 * 1024,
  /** Files on one case, message or notice. */
  perItem: 10,
  /** Uploads a user may hold that nothing has claimed yet. */
  pendingPerUser: 30,
  /** Unclaimed uploads are removed after this many hours. */
  pendingHours: 24,
} as const;

export interface StoredKind {
  /** What the file is served as. */
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp';
  extension: 'pdf' | 'jpg' | 'png' | 'webp';
  image: boolean;
  /** HEIC/HEIF is turned into JPEG: browsers other than Safari cannot show it. */
  fromHeic: boolean;
}

/** How a file of the type found by its content (magic bytes) is kept; null for types we do not take. */
export function storedKind(detectedMime: string | undefined): StoredKind | null {
  switch (detectedMime) {
    case 'application/pdf': return { contentType: 'application/pdf', extension: 'pdf', image: false, fromHeic: false };
    case 'image/jpeg': return { contentType: 'image/jpeg', extension: 'jpg', image: true, fromHeic: false };
    case 'image/png': return { contentType: 'image/png', extension: 'png', image: true, fromHeic: false };
    case 'image/webp': return { contentType: 'image/webp', extension: 'webp', image: true, fromHeic: false };
    case 'image/heic':
    case 'image/heif': return { contentType: 'image/jpeg', extension: 'jpg', image: true, fromHeic: true };
    default: return null;
  }
}

const MAX_NAME = 120;

/**
 * The name a file is kept under: no folders, no control or reserved characters, at most 120
 * characters, and an extension that matches what the file really is (IMG_0042.HEIC → IMG_0042.jpg).
 */
export function safeFilename(original: string, extension: string, fallbackStem: string): string {
  const base = original.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const stem = cleaned.replace(/\.[^.]{1,10}$/, '').trim() || fallbackStem;
  const room = MAX_NAME - extension.length - 1;
  return `${[...stem].slice(0, room).join('').trim()}.${extension}`;
}

/** `attachment` with a plain-ASCII fallback name and the exact name in RFC 5987/6266 form. */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A list of attachment ids given with a case, message or notice: unique and within the limit. */
export function attachmentIdsWithinLimit(ids: readonly string[]): boolean {
  return ids.length <= ATTACHMENT_LIMITS.perItem && new Set(ids).size === ids.length;
}
