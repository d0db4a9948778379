// Whether a build (the web app's, the server's bundle) is current: newer than every one of its sources.
// Shared by build-web.mjs and build-server.mjs, which build only when it is not, and say which.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time under `file` (a file, or a folder walked whole), and which file it is. */
function newest(file) {
  if (!existsSync(file)) return { time: 0, file };
  const stat = statSync(file);
  if (!stat.isDirectory()) return { time: stat.mtimeMs, file };
  let best = { time: stat.mtimeMs, file };
  for (const entry of readdirSync(file)) {
    const found = newest(path.join(file, entry));
    if (found.time > best.time) best = found;
  }
  return best;
}

/**
 * Why `built` (a file under the project root) must be built from `sources` (paths under it), or null
 * when it is current; `--force` on the command line builds anyway.
 */
export function reasonToBuild(built, sources, noBuild = 'there is no build yet') {
  const builtFile = path.join(root, built);
  const builtAt = existsSync(builtFile) ? statSync(builtFile).mtimeMs : 0;
  const source = sources.map((p) => newest(path.join(root, p))).reduce((a, b) => (b.time > a.time ? b : a));
  if (process.argv.includes('--force')) return 'asked to (--force)';
  if (builtAt === 0) return noBuild;
  if (source.time > builtAt) return `${path.relative(root, source.file)} changed after the last build`;
  return null;
}

/** The modification time of `built`, for saying since when it is current. */
export function builtAt(built) {
  return new Date(statSync(path.join(root, built)).mtimeMs).toISOString();
}
