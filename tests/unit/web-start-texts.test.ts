// The back office's texts (web/src/i18n/*/staff) are loaded only when the back office opens, so no code a
// tenant's pages run may look up a `backoffice.*` text: it would show the key itself (issue 13). This
// walks the static imports from the app's entry and from every portal page and reads the text keys in
// each file reached.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const web = path.resolve('web/src');

// Reached from the app's start, but they look up back-office texts only where the back office renders
// them: its frame, the staff guard, and the case dialog's staff view (a tenant's messages are never
// internal, and a tenant's view names the landlord).
const backOfficeOnly = new Set(['components/BackofficeShell.tsx', 'components/Guards.tsx', 'components/cases/CaseDialog.tsx']);

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Files reached from these by static imports (`import … from './x'`), not by `import()` or `import type`. */
function reached(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+'(\.[^']+)'|(?:^|\n)\s*import\s+'(\.[^']+)'/g)) {
      const target = resolve(file, match[1] ?? match[2]!);
      if (target && /\.tsx?$/.test(target)) stack.push(target);
    }
  }
  return seen;
}

const filesUnder = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : []));

describe("the tenant's pages and the back office's texts", () => {
  it('no code a tenant runs looks up a back-office text', () => {
    const files = reached([path.join(web, 'main.tsx'), ...filesUnder(path.join(web, 'pages/portal'))]);
    expect(files.size).toBeGreaterThan(60);
    expect([...files].some((f) => f.includes('/i18n/sv/staff/'))).toBe(false);
    const found: string[] = [];
    for (const file of files) {
      const name = path.relative(web, file);
      if (backOfficeOnly.has(name) || name.startsWith('i18n/')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`](backoffice\.[\w.]+)/g)) found.push(`${name}: ${match[1]}`);
    }
    expect(found).toEqual([]);
  });
});
