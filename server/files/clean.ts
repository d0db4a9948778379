// An uploaded file is judged by its content, not its name, and images are drawn again: that drops
// every piece of metadata (EXIF with GPS position, XMP, comments), turns the picture the way the
// camera meant, limits its size, and turns HEIC into JPEG so every browser can show it.
import { fileTypeFromBuffer } from 'file-type';
import type sharpModule from 'sharp';
import { decodeHeic } from './heic.ts';
import { AppError } from '../errors.ts';
import { safeFilename, storedKind } from '../domain/attachments.ts';

export interface CleanFile {
  data: Buffer;
  contentType: string;
  filename: string;
  /** A small WebP for lists, for images only. */
  thumbnail: Buffer | null;
}

/** Longest side of a stored photo: plenty for a fault report, and a phone loads it quickly. */
const MAX_SIDE = 2560;
const THUMBNAIL_SIDE = 480;
/** More pixels than any phone camera gives (48 MP); guards against a small file that unpacks enormously. */
const MAX_INPUT_PIXELS = 60_000_000;

/**
 * sharp, loaded at the first upload: libvips is some 6 MB resident and more with its JavaScript, which a
 * server that nobody sends a photo to need not hold (issue 13's embedded memory).
 */
let loaded: Promise<typeof sharpModule> | null = null;
const loadSharp = () => (loaded ??= import('sharp').then((m) => m.default));

/** A HEIC photo as pixels for sharp (sharp's own builds read AVIF, not HEIC). */
async function heicPixels(sharp: typeof sharpModule, data: Buffer) {
  const { width, height, pixels } = await decodeHeic(data, MAX_INPUT_PIXELS);
  return sharp(pixels, { raw: { width, height, channels: 4 } });
}

export async function cleanUpload(data: Buffer, originalName: string): Promise<CleanFile> {
  const detected = await fileTypeFromBuffer(data);
  const kind = storedKind(detected?.mime);
  if (!kind) throw new AppError('UNSUPPORTED_FILE_TYPE');
  const filename = safeFilename(originalName, kind.extension, kind.image ? 'bild' : 'dokument');
  if (!kind.image) return { data, contentType: kind.contentType, filename, thumbnail: null };

  const sharp = await loadSharp();
  try {
    const source = kind.fromHeic ? await heicPixels(sharp, data) : sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const image = source
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const cleaned = await (kind.contentType === 'image/png' ? image.png({ compressionLevel: 9 })
      : kind.contentType === 'image/webp' ? image.webp({ quality: 85 })
        : image.jpeg({ quality: 85 })).toBuffer();
    const thumbnail = await sharp(cleaned).resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true }).webp({ quality: 70 }).toBuffer();
    return { data: cleaned, contentType: kind.contentType, filename, thumbnail };
  } catch (error) {
    throw new AppError('FILE_UNREADABLE', {}, { cause: error });
  }
}
