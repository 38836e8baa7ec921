/**
 * Builds a set of unseen news from the records two blind helpers wrote (tests/eval/unseen/PROTOCOL.md):
 *
 *   npm run -s eval:unseen:build -- DIR [--record-hosts SET]
 *
 * Reads DIR/raw/*.jsonl, keeps one page per host and no host of the corpora or of a set already
 * read (tests/eval/unseen/hosts-read.txt), and writes what `eval:unseen` reads: DIR/articles.jsonl,
 * DIR/furniture-labels.jsonl, and the helpers' own list of slips, DIR/slips.jsonl (the misses a
 * reader looks for after the first reading). With --record-hosts it appends the set's hosts to
 * hosts-read.txt, which is done once, when the set is read, so that no later set repeats them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readJsonl } from './jsonl.js';

const HOSTS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'unseen', 'hosts-read.txt');
/** the portals of ../shared/fixtures/corpus: a page of theirs is not unseen */
const CORPUS_HOSTS = ['bbc.co.uk', 'bbc.com', 'detik.com', 'liputan6.com', 'okezone.com', 'kompas.com', 'tempo.co', 'republika.co.id'];

const Label = z.union([z.literal('story'), z.literal('unsure'), z.string().regex(/^(furniture|glued):[a-z-]+$/)]);
const RawRecord = z
  .object({
    id: z.string().regex(/^[ab]\d{4}$/),
    lang: z.enum(['id', 'en']),
    url: z.string().url(),
    headline: z.string(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    paragraphs: z.array(z.string().min(1)).min(1),
    labels: z.array(Label),
    slips: z.array(z.object({ paragraph: z.number().int().min(0), text: z.string(), note: z.string() })).default([]),
  })
  .refine((r) => r.labels.length === r.paragraphs.length, { message: 'one label per paragraph' });
type RawRecord = z.infer<typeof RawRecord>;

const hostOf = (url: string): string => new URL(url).hostname.toLowerCase().replace(/^www\./, '');
const under = (host: string, parent: string): boolean => host === parent || host.endsWith(`.${parent}`);

function readHosts(): Set<string> {
  return new Set(
    fs
      .readFileSync(HOSTS_FILE, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

function main(argv: string[]): void {
  const dir = argv.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!dir) throw new Error('usage: npm run -s eval:unseen:build -- DIR [--record-hosts SET]');
  const recordAt = argv.indexOf('--record-hosts');
  const read = readHosts();
  const files = fs
    .readdirSync(path.join(dir, 'raw'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const kept: RawRecord[] = [];
  const seen = new Set<string>();
  const dropped: string[] = [];
  for (const f of files) {
    for (const [i, line] of readJsonl<unknown>(path.join(dir, 'raw', f)).entries()) {
      const parsed = RawRecord.safeParse(line);
      if (!parsed.success) {
        dropped.push(`${f} #${i + 1}: ${parsed.error.issues.map((e) => `${e.path.join('.')} ${e.message}`).join('; ')}`);
        continue;
      }
      const r = parsed.data;
      const host = hostOf(r.url);
      const why = CORPUS_HOSTS.some((c) => under(host, c)) ? 'a corpus portal' : read.has(host) ? 'read in an earlier set' : seen.has(host) ? 'host twice in this set' : '';
      if (why) {
        dropped.push(`${r.id} ${host}: ${why}`);
        continue;
      }
      seen.add(host);
      kept.push(r);
    }
  }
  const write = (name: string, rows: unknown[]) => fs.writeFileSync(path.join(dir, name), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  write(
    'articles.jsonl',
    kept.map((r) => ({ id: r.id, lang: r.lang, url: r.url, headline: r.headline, date: r.date, paragraphs: r.paragraphs })),
  );
  write(
    'furniture-labels.jsonl',
    kept.flatMap((r) =>
      r.labels.map((l, paragraph) => {
        const [label, kind] = l.split(':');
        return { id: r.id, paragraph, label, ...(kind ? { kind } : {}) };
      }),
    ),
  );
  write(
    'slips.jsonl',
    kept.flatMap((r) => r.slips.map((s) => ({ id: r.id, ...s }))),
  );
  for (const d of dropped) console.log(`dropped ${d}`);
  const by = (lang: string) => kept.filter((r) => r.lang === lang).length;
  console.log(`${kept.length} excerpts (${by('id')} id, ${by('en')} en) from ${kept.length} hosts; ${dropped.length} records dropped`);
  if (recordAt >= 0) {
    const set = argv[recordAt + 1];
    if (!set || !/^\d+$/.test(set)) throw new Error('--record-hosts needs the set number');
    fs.appendFileSync(HOSTS_FILE, `# set ${set}\n${[...seen].sort().join('\n')}\n`);
    console.log(`recorded ${seen.size} hosts of set ${set} in ${path.relative(process.cwd(), HOSTS_FILE)}`);
  }
}

main(process.argv.slice(2));
