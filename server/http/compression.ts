// Compression of what the server answers. Tenants open Mina sidor on phones, often on a mobile network.
// - The web app's files are compressed once, at build (brotli and gzip beside each file, see
//   vite.config.ts), and @fastify/static sends the variant the browser accepts (spa.ts, preCompressed).
// - API answers above COMPRESS_THRESHOLD bytes are compressed as they are sent, brotli at a quality
//   that costs little CPU per answer (the best quality, 11, is for files compressed once), else gzip.
// What is compressed already (a PDF, a picture, a precompressed file) is sent as it is.
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/** Below this an answer fits a packet or two, and compressing it saves less than it costs. */
export const COMPRESS_THRESHOLD = 1024;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    // No client of ours sends a compressed body: no decompression hook on every request.
    globalDecompression: false,
    threshold: COMPRESS_THRESHOLD,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}
