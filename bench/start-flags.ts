// The Node flags `npm start` gives the server (package.json's start script, the node command that runs
// dist/server/main.mjs), so that a bench measures a process started as the landlord's is (decision 0031).
import { readFileSync } from 'node:fs';

export function startNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = scripts.start!.split('&&').map((part) => part.trim()).find((part) => part.endsWith('dist/server/main.mjs'));
  if (!command) throw new Error('package.json: the start script runs no dist/server/main.mjs');
  return command.split(/\s+/).slice(1, -1);
}
