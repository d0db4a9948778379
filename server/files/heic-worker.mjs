// Runs in a worker thread (piscina): decoding HEIC is WebAssembly that would otherwise hold the
// server's event loop for seconds per photo. Plain JavaScript, so Node loads it without a compiler.
import decode from 'heic-decode';

/** HEIC bytes in, RGBA pixels out (moved, not copied, back to the caller). */
export default async function decodeHeic({ data }) {
  const image = await decode({ buffer: data });
  const pixels = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return { width: image.width, height: image.height, pixels };
}
