/** JSON Lines as the eval's hand-kept files write them: one object per line, blank lines skipped. */
import fs from 'node:fs';

/** each line of `file` parsed; a line that is not JSON is named by file and line number */
export function readJsonl<T>(file: string): T[] {
  const out: T[] = [];
  fs.readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as T);
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
  return out;
}
