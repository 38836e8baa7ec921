/**
 * The files `redaksi import` reads from its arguments: a file is taken as named (a wrong type is
 * the reader's error to report), a folder is walked recursively for .txt/.md/.html, in name
 * order so two runs over the same folder import in the same order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatOf, ImportError } from './read-file.js';

export interface ImportSources {
  /** files named on the command line: refused as a whole when one is bad (the user chose each) */
  named: string[];
  /** files found in folders: a bad one is reported and skipped */
  found: string[];
  /** files in folders that are not articles (images, .DS_Store ...), not read */
  ignored: number;
}

function isArticle(file: string): boolean {
  try {
    formatOf(file);
    return true;
  } catch {
    return false;
  }
}

export function importSources(args: string[]): ImportSources {
  const out: ImportSources = { named: [], found: [], ignored: 0 };
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && isArticle(p)) out.found.push(p);
      else out.ignored++;
    }
  };
  for (const a of args) {
    let isDir = false;
    try {
      isDir = fs.statSync(a).isDirectory();
    } catch {
      // missing: the reader says "no such file" with the path
    }
    if (!isDir) {
      out.named.push(a);
      continue;
    }
    const before = out.found.length;
    walk(a);
    // most likely a wrong path; an import that silently did nothing would hide it
    if (out.found.length === before) throw new ImportError(`${a}: not a file, and a folder with no .txt, .md or .html files in it.`);
  }
  return out;
}
