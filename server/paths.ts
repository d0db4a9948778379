// The project's own files (the web build, migrations, fonts, the demo's pictures, the HEIC worker) found
// from the project root, the folder with package.json above this file: the same whether the server runs
// from its sources (tsx: tests, benches) or from the bundle `npm start` builds into dist/server, where a
// path relative to each module's own file would no longer hold (decision 0028).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function rootAbove(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const projectRoot = rootAbove(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. fromRoot('server/db/migrations'). */
export const fromRoot = (...parts: string[]): string => path.join(projectRoot, ...parts);
