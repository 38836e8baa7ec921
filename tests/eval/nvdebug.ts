import fs from 'node:fs';
import { analyzeStory } from '../../shared/analysis/index.js';
import { loadEvalArticles } from './corpus.js';
import { INJECTORS, rngFor } from './inject.js';
const [missFile, rule] = [process.argv[2]!, process.argv[3] ?? 'name-variant'];
const loaded = loadEvalArticles()!;
const byKey = new Map(loaded.articles.map((a) => [`${a.corpus}/${a.file}`, a]));
let cur: string[] = [];
(globalThis as any).__nvi = (a: string, b: string, j: string) => cur.push(`${a}/${b}=${j}`);
(globalThis as any).__nv = (a: string, b: string, line: number) => cur.push(`${a}/${b}@${line}`);
for (const l of fs.readFileSync(missFile, 'utf8').split('\n').filter(Boolean)) {
  const m = JSON.parse(l);
  const a = byKey.get(`${m.corpus}/${m.file}`)!;
  const inj = (INJECTORS as any)[rule](a, rngFor(`${a.corpus}/${a.file}/${rule}`));
  cur = [];
  analyzeStory({ paragraphs: inj.paragraphs, headline: a.headline, language: a.language, uiLanguage: 'en', ...(a.date ? { datelineDate: a.date } : {}) });
  const tok = m.token.toLowerCase();
  const rel = cur.filter((x) => x.toLowerCase().split('@')[0]!.split('/').includes(tok));
  console.log(m.kind.padEnd(32), rel.join(' ') || '(never paired)');
}
