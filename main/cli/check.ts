/**
 * `redaksi check FILE... | --draft ID [--format json|text] [--data-dir DIR] [--ui-language en|id] [--facts FILE.csv|json]
 *   [--min-confidence high|medium]`
 *
 * Prints every finding of the in-story checks (shared/analysis: duplicates, page furniture and
 * whatever else is registered in ANALYZERS) and, when a store is involved (--data-dir or
 * --draft), archive duplicates against that store's other stories.
 * Fact conflicts are checked against `--facts FILE` (CSV or JSON, for this run only) or, when a
 * store is involved and no file is given, against the store's verified-facts base.
 *
 * txt files: one paragraph per non-blank line; the first line is the headline (as `import`
 * reads it: checked as the headline, not as body text), and paragraph numbers still count it, so
 * they match what a reader counts in the file. md/html: the body blocks (see main/import).
 *
 * A file that cannot be read, or whose checks fail, gets its own entry ({path, error: {code,
 * message}} in JSON, one line in text) and the others are still checked.
 * `--min-confidence high` leaves out the findings a rule marks as medium (a likely problem rather
 * than a certain one); the default, medium, prints all.
 *
 * Exit: 0 when no finding has severity error, 1 otherwise, 2 when a file could not be checked
 * (or on usage errors).
 */
import { readFileSync } from 'node:fs';
import { FactParseError, parseFacts, type Fact } from '../../shared/analysis/facts/base.js';
import { detectLanguage } from '../../shared/analysis/language.js';
import { tr } from '../../shared/model/bilingual.js';
import { CONFIDENCES, meetsConfidence, type ArticleLanguage, type Confidence, type Finding, type RelatedRange, type UiLanguage } from '../../shared/model/finding.js';
import type { Status } from '../../shared/model/draft.js';
import { acquireDataDirLock, DataDirLockedError, type DirLock } from '../app/lock.js';
import { dataDirFromArgs } from '../app/paths.js';
import { encodingNotice, ImportError, readArticleFile } from '../import/index.js';
import { catchUpWithProgress } from './archive-catch-up.js';
import { openStore, type Store } from '../store/index.js';
import { createContext } from '../services/index.js';
import type { ServiceContext } from '../services/context.js';
import { checkStoryText, storyTextOf, type StoryText } from '../services/findings.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';
import { errorMessage } from '../../shared/api/errors.js';

const FLAGS = new Set(['format', 'data-dir', 'draft', 'ui-language', 'facts', 'min-confidence']);

export interface CheckedFile {
  path: string;
  draft?: string;
  language: ArticleLanguage;
  paragraphs: number;
  warnings: Finding[];
  /** something the reader should know about how the file was read (a legacy encoding) */
  notice?: string;
}

/** a file that could not be checked: unreadable, or its checks failed */
export interface FailedFile {
  path: string;
  error: { code: 'unreadable' | 'checks-unavailable'; message: string };
}

export type FileReport = CheckedFile | FailedFile;

const isFailed = <T extends object>(f: T | FailedFile): f is FailedFile => 'error' in f;

interface Target {
  path: string;
  /** the body (without the headline) and what the checks read with it */
  story: StoryText;
  /** paragraphs counted before the body (a txt file's headline line), added to every index */
  lineOffset: number;
  notice?: string;
}

function readTarget(file: string): Target | FailedFile {
  try {
    const f = readArticleFile(file);
    // a txt file's paragraphs include its first line; md and html hand the headline apart
    const lineOffset = f.format === 'txt' ? 1 : 0;
    const body = f.paragraphs.slice(lineOffset);
    const notice = encodingNotice(f);
    return { path: file, story: { paragraphs: body, headline: f.headline, language: detectLanguage(f.paragraphs.join('\n')) }, lineOffset, ...(notice ? { notice } : {}) };
  } catch (e) {
    if (e instanceof ImportError) return { path: file, error: { code: 'unreadable', message: e.message } };
    throw e;
  }
}

/** body indices to the numbers the report prints (a txt file's lines) */
function shiftParagraphs(findings: Finding[], offset: number): Finding[] {
  if (offset === 0) return findings;
  const shift = <T extends { paragraph: number; article?: string }>(r: T): T => (r.article ? r : { ...r, paragraph: r.paragraph + offset });
  return findings.map((f) => ({
    ...f,
    paragraph: f.paragraph + offset,
    related: f.related.map(shift),
    ...(f.fix ? { fix: { ...f.fix, edits: f.fix.edits.map(shift) } } : {}),
  }));
}

const STATUS_WORDS: Record<Status, [string, string]> = {
  draft: ['draft', 'draf'],
  submitted: ['submitted', 'diajukan'],
  'in-review': ['in review', 'sedang ditinjau'],
  approved: ['approved', 'disetujui'],
  exported: ['exported', 'diekspor'],
};

/** Another story as a reader knows it: "headline" (date, status) [id] */
function otherStoryText(r: RelatedRange, ui: UiLanguage): string {
  const name = r.label ? `“${r.label}”` : tr(ui, 'an untitled story', 'berita tanpa judul');
  const facts = [r.date?.slice(0, 10), r.status ? tr(ui, ...STATUS_WORDS[r.status]) : undefined].filter(Boolean).join(', ');
  return `${name}${facts ? ` (${facts})` : ''} [${r.article}]`;
}

function textReport(files: FileReport[], ui: UiLanguage): string {
  const lines: string[] = [];
  for (const f of files) {
    if (isFailed(f)) {
      lines.push(`${f.path}: ${tr(ui, 'not checked', 'tidak diperiksa')} (${f.error.code}): ${f.error.message}`);
      continue;
    }
    if (f.notice) lines.push(`${f.path}: ${f.notice}`);
    const head = tr(ui, `${f.path}: ${f.paragraphs} paragraphs, language ${f.language}, ${f.warnings.length} warning(s)`, `${f.path}: ${f.paragraphs} paragraf, bahasa ${f.language}, ${f.warnings.length} peringatan`);
    lines.push(head);
    for (const w of f.warnings) {
      // 1-based here, like the messages and like a reader counting lines (JSON stays 0-based)
      const rel = w.related.length ? ` -> ${w.related.map((r) => (r.article ? `${otherStoryText(r, ui)} ¶${r.paragraph + 1}` : `¶${r.paragraph + 1}`)).join(', ')}` : '';
      const unsure = w.confidence === 'medium' ? tr(ui, ' (possible)', ' (mungkin)') : '';
      lines.push(`  ${w.severity.padEnd(7)} ¶${w.paragraph + 1} ${w.rule}${unsure}${rel}: ${w.message}`);
    }
  }
  return lines.join('\n') + '\n';
}

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  let lock: DirLock | undefined;
  let store: Store | undefined;
  try {
    const { flags, positionals } = parseArgs(argv);
    for (const k of flags.keys()) if (!FLAGS.has(k)) throw new UsageError(`unknown option --${k}`);
    const format = (flags.get('format') ?? 'text') as string;
    if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, not "${format}"`);
    const uiFlag = flags.get('ui-language');
    if (uiFlag !== undefined && uiFlag !== 'en' && uiFlag !== 'id') throw new UsageError('--ui-language must be en or id');
    const minFlag = flags.get('min-confidence') ?? 'medium';
    if (!CONFIDENCES.includes(minFlag as Confidence)) throw new UsageError(`--min-confidence must be ${CONFIDENCES.join(' or ')}`);
    const minConfidence = minFlag as Confidence;
    const draftId = flags.get('draft');
    if (draftId === true) throw new UsageError('--draft needs a story ID');
    if (positionals.length === 0 && draftId === undefined) throw new UsageError('check needs at least one FILE (.txt, .md, .html) or --draft ID');

    const factsFlag = flags.get('facts');
    if (factsFlag === true) throw new UsageError('--facts needs a FILE.csv or FILE.json');
    let facts: Fact[] | undefined;
    if (typeof factsFlag === 'string') {
      let text: string;
      try {
        text = readFileSync(factsFlag, 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read facts file ${factsFlag}: ${(e as Error).message}`);
      }
      try {
        facts = parseFacts(text, factsFlag);
      } catch (e) {
        if (e instanceof FactParseError) throw new UsageError(`facts file ${factsFlag}: ${e.message}`);
        throw e;
      }
    }

    // A file that cannot be read is reported in its own entry; the rest are still checked.
    const read = positionals.map(readTarget);
    const targets = read.filter((t): t is Target => !isFailed(t));

    // A store is involved with --data-dir (its stories are the archive) or --draft; the checks
    // then run through the findings service, with the store's facts, archive and settings.
    const useStore = flags.has('data-dir') || draftId !== undefined;
    let ctx: ServiceContext | undefined;
    let ui: UiLanguage = (uiFlag as UiLanguage | undefined) ?? 'en';
    let dismissed = new Set<string>();
    if (useStore) {
      const dir = dataDirFromArgs(argv);
      let readOnly = false;
      try {
        lock = acquireDataDirLock(dir, 'redaksi check');
        store = openStore(dir, { damageCheck: 'recent' });
      } catch (e) {
        // the app is running: check against the store as it is, without refreshing the index
        if (!(e instanceof DataDirLockedError)) throw e;
        store = openStore(dir, { readonly: true });
        readOnly = true;
      }
      ctx = createContext(store, { readOnly });
      if (lock) {
        const r = await catchUpWithProgress(store, io, 'check');
        if (r.stopped) return EXIT.usage;
      }
      if (uiFlag === undefined) ui = store.settings.all().uiLanguage ?? 'en';
      if (typeof draftId === 'string') {
        const d = store.drafts.get(draftId);
        if (!d) throw new UsageError(`no story with ID "${draftId}" (see \`redaksi list\`)`);
        targets.push({ path: `draft:${d.id}`, story: storyTextOf(d), lineOffset: 0 });
        dismissed = new Set(store.decisions.list(d.id).filter((x) => x.kind === 'dismissed').map((x) => x.fingerprint));
      }
    }

    const checkTarget = async (t: Target): Promise<FileReport> => {
      let found: Finding[];
      try {
        found = await checkStoryText(t.story, { ...(ctx ? { ctx } : {}), ...(facts ? { facts } : {}), uiLanguage: ui, without: dismissed });
      } catch (e) {
        // a crashed check must not read as a clean story
        const message = `checks unavailable: ${errorMessage(e)}`;
        return { path: t.path, error: { code: 'checks-unavailable', message } };
      }
      const warnings = shiftParagraphs(found, t.lineOffset).filter((f) => meetsConfidence(f, minConfidence));
      const out: CheckedFile = { path: t.path, language: t.story.language, paragraphs: t.story.paragraphs.length + t.lineOffset, warnings };
      if (t.story.draftId) out.draft = t.story.draftId;
      if (t.notice) out.notice = t.notice;
      return out;
    };
    const checked = new Map<Target, FileReport>();
    for (const t of targets) checked.set(t, await checkTarget(t));
    // in the order given: files as named on the command line, then the draft
    const files: FileReport[] = [...read.map((r) => (isFailed(r) ? r : checked.get(r)!)), ...targets.filter((t) => t.story.draftId).map((t) => checked.get(t)!)];

    if (format === 'json') io.stdout(JSON.stringify({ version: 1, files }) + '\n');
    else io.stdout(textReport(files, ui));
    if (files.some(isFailed)) return EXIT.usage;
    return files.some((f) => !isFailed(f) && f.warnings.some((w) => w.severity === 'error')) ? EXIT.problems : EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ImportError || e instanceof DataDirLockedError) {
      io.stderr(`redaksi check: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`redaksi check: ${errorMessage(e)}\n`);
    return EXIT.usage;
  } finally {
    store?.close();
    lock?.release();
  }
}
