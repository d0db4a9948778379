// Reading the one file of an upload request (multipart/form-data, field "file"), for every route that
// takes one: a second part, a part without a file name, or a body cut short is refused in words.
// Each upload route's plugin registers @fastify/multipart with its own size limit (uploadLimits).
import type { FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.ts';
import { assertStorableText } from './text-check.ts';

/** The multipart limits of a route plugin that takes one file of at most `fileSize` bytes. */
export function uploadLimits(fileSize: number) {
  // One field is let through (and refused by readOneFile) so that a file sent without a file name,
  // which arrives as a field, can be told so.
  return { limits: { fileSize, files: 1, parts: 1, fields: 1, fieldSize: 1024, fieldNameSize: 100, headerPairs: 50 } };
}

/** The rate limit of uploads: per user, not per address (many tenants can share an office network). */
export function uploadRateLimit(limit: { max: number; windowSeconds: number }) {
  return { rateLimit: { max: limit.max, timeWindow: limit.windowSeconds * 1000, keyGenerator: (request: FastifyRequest) => `upload:${request.principal?.userId ?? request.ip}` } };
}

/** The request's one file. `tooLarge` names the refusal of a file over the plugin's size limit. */
export async function readOneFile(request: FastifyRequest, options: { tooLarge?: ErrorCode } = {}): Promise<{ data: Buffer; filename: string }> {
  let file: { data: Buffer; filename: string } | null = null;
  try {
    // Iterating to the end (not request.file()) lets the parts limit refuse a second part.
    for await (const part of request.parts()) {
      if (part.type === 'field') throw new AppError(part.fieldname === 'file' ? 'FILE_NAME_MISSING' : 'ONE_FILE_PER_UPLOAD');
      if (part.fieldname !== 'file') throw new AppError('NO_FILE');
      // busboy leaves filename undefined for an octet-stream part without one
      file = { data: await part.toBuffer(), filename: (part.filename as string | undefined) ?? '' };
    }
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'FST_REQ_FILE_TOO_LARGE' && options.tooLarge) throw new AppError(options.tooLarge, {}, { cause: error });
    // busboy's own complaints (a broken boundary, a body that ends too soon) carry no code
    if (error instanceof AppError || code.startsWith('FST_')) throw error;
    throw new AppError('UPLOAD_INCOMPLETE', {}, { cause: error });
  }
  // An empty part is no file chosen (NO_FILE, from the use case); content without a name is a client's mistake.
  if (!file) throw new AppError('NO_FILE');
  if (!file.filename && file.data.length > 0) throw new AppError('FILE_NAME_MISSING');
  // Browsers write " in a multipart file name as %22 (and line breaks as %0D/%0A): undo that first.
  const filename = file.filename.replace(/%22/g, '"').replace(/%0D|%0A/gi, ' ');
  assertStorableText({ file: filename });
  return { data: file.data, filename };
}
