// Runs in a worker thread (piscina): decoding HEIC is WebAssembly that would otherwise hold the
// server's event loop for seconds per photo. Plain JavaScript, so Node loads it without a compiler.
import decode from 'heic-decode';

/** HEIC bytes in, RGBA pixels out. The size is checked before any pixel is unpacked. */
export default async function decodeHeic({ data, maxPixels }) {
  const images = await decode.all({ buffer: data });
  try {
    const primary = images[0];
    if (primary.width * primary.height > maxPixels) throw new RangeError(`${primary.width}x${primary.height} has more than ${maxPixels} pixels`);
    const image = await primary.decode();
    const pixels = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
    return { width: image.width, height: image.height, pixels };
  } finally {
    images.dispose();
  }
}
