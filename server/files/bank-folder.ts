// The watched folder for bank files (BANK_FILES_DIR): which files wait there, and moving one away
// once it is dealt with, to processed/ or refused/ beside them, never over another file.
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';

export type FolderOutcome = 'processed' | 'refused';

/** A name being written (dot files, .tmp, .part) is left alone until it is renamed. */
const inProgress = (name: string) => name.startsWith('.') || /\.(tmp|part)$/i.test(name);

/** The files waiting in the folder, by name; the subfolders (processed/, refused/) are not looked in. */
export async function waitingBankFiles(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && !inProgress(e.name)).map((e) => e.name).sort();
}

export async function bankFileSize(dir: string, name: string): Promise<number> {
  return (await stat(path.join(dir, name))).size;
}

export async function readBankFileFrom(dir: string, name: string): Promise<Buffer> {
  return readFile(path.join(dir, name));
}

/** Moves the file into processed/ or refused/; a name taken there gets "-2", "-3" … before its extension. */
export async function moveBankFile(dir: string, name: string, outcome: FolderOutcome): Promise<string> {
  const target = path.join(dir, outcome);
  await mkdir(target, { recursive: true });
  const { name: stem, ext } = path.parse(name);
  for (let n = 1; ; n++) {
    const candidate = path.join(target, n === 1 ? name : `${stem}-${n}${ext}`);
    try {
      await stat(candidate);
    } catch {
      await rename(path.join(dir, name), candidate);
      return candidate;
    }
  }
}
