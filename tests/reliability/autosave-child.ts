/**
 * The victim of the crash harness (crash.test.ts): the real store and services in a child
 * process, driven like a reporter typing into the editor. It is killed with SIGKILL at a random
 * moment; the parent then reopens the store and checks what survived.
 *
 * Protocol on stdout, one line each, written synchronously (stdout is a pipe: on Linux a pipe
 * write is synchronous, so a line printed is in the parent's hands before the next statement):
 *   ready <startKeystroke>      the store is open, the draft loaded
 *   k <n> <ms>                  keystroke n was typed at wall-clock ms (text now ends with word wn)
 *   ack <n> <version> <ms>      a save holding keystrokes 1..n has COMMITTED (the service call
 *                               returned: the transaction is durable, synchronous=FULL)
 *
 * Timing mimics renderer/editor/autosave.ts scaled down ~30x so a round is short: keystrokes
 * every 2-10 ms in bursts of 2-8, thinking pauses of 25-65 ms, a trailing debounce of 20 ms after the
 * last keystroke, the save sent with the version it was based on.
 *
 * argv: dataDir draftId seed
 */
import { openStore } from '../../main/store/index.js';
// the same draft and revision service modules createServices() assembles, without the export,
// CMS and analysis modules (docx, zod, ...) that would triple the child's start-up time
import { draftServices } from '../../main/services/drafts.js';
import { revisionServices } from '../../main/services/revisions.js';
import { docFromParagraphs, paragraphsOf } from '../../shared/model/lexical-doc.js';
import { errorMessage } from '../../shared/api/errors.js';

const DEBOUNCE_MS = 20;
const WORDS_PER_PARAGRAPH = 12;

const [dataDir, draftId, seedArg] = process.argv.slice(2);
if (!dataDir || !draftId) {
  process.stderr.write('usage: autosave-child DATA_DIR DRAFT_ID [SEED]\n');
  process.exit(2);
}

// small deterministic PRNG (mulberry32) so a failing round can be replayed from its seed
let seed = Number(seedArg ?? 1) >>> 0;
function rand(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const out = (line: string) => process.stdout.write(line + '\n');

/** the text after n keystrokes: words w1..wn, WORDS_PER_PARAGRAPH per paragraph */
function paragraphsFor(n: number): string[] {
  const words = Array.from({ length: n }, (_, i) => `w${i + 1}`);
  const paras: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_PARAGRAPH) paras.push(words.slice(i, i + WORDS_PER_PARAGRAPH).join(' '));
  return paras.length ? paras : [''];
}

const store = openStore(dataDir);
const ctx = { store, now: () => new Date(), archiveDirty: new Set<string>() };
const api = { ...draftServices(ctx), ...revisionServices(ctx) };

async function main(): Promise<void> {
  const draft = await api['drafts.get']({ id: draftId! });
  const words = paragraphsOf(draft.body).join(' ').split(/\s+/).filter(Boolean);
  let typed = words.length;
  let version = draft.version;
  let saves = 0;
  out(`ready ${typed}`);

  let timer: NodeJS.Timeout | undefined;
  const save = async () => {
    timer = undefined;
    const n = typed;
    const res = await api['drafts.save']({ id: draftId!, baseVersion: version, body: docFromParagraphs(paragraphsFor(n)), headline: `Crash test ${n}` });
    version = res.version;
    saves++;
    // a named revision now and then: a bigger, multi-row transaction to be killed inside
    if (saves % 7 === 0) await api['revisions.create']({ draftId: draftId!, label: `checkpoint ${n}` });
    out(`ack ${n} ${version} ${Date.now()}`);
  };

  // type forever; the parent kills us
  for (;;) {
    const burst = 2 + Math.floor(rand() * 7);
    for (let i = 0; i < burst; i++) {
      await new Promise((r) => setTimeout(r, 2 + rand() * 8));
      typed++;
      out(`k ${typed} ${Date.now()}`);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void save().catch((e: unknown) => out(`error ${String(e)}`)), DEBOUNCE_MS);
    }
    await new Promise((r) => setTimeout(r, 25 + rand() * 40));
  }
}

void main().catch((e: unknown) => {
  out(`error ${errorMessage(e)}`);
  process.exit(3);
});
