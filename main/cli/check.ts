/**
 * `redaksi check FILE... | --draft ID [--format json|text] [--data-dir DIR] [--ui-language en|id] [--facts FILE.csv|json]`
 *
 * Prints every finding of the in-story checks (shared/analysis: duplicates, page furniture and
 * whatever else is registered in ANALYZERS) and, when a store is involved (--data-dir or
 * --draft), archive duplicates against that store's other stories.
 * Fact conflicts are checked against `--facts FILE` (CSV or JSON, for this run only) or, when a
 * store is involved and no file is given, against the store's verified-facts base.
 *
 * txt files: one paragraph per non-blank line, the first line (headline) included, so paragraph
 * numbers match what a reader counts in the file. md/html: the body blocks (see main/import).
 * Exit: 0 when no finding has severity error, 1 otherwise, 2 on bad input or usage.
 */
import { readFileSync } from 'node:fs';
import { analyzeStory } from '../../shared/analysis/index.js';
import { FactParseError, parseFacts, type Fact } from '../../shared/analysis/facts/base.js';
import { FactsRepo } from '../store/facts-repo.js';
import { detectLanguage } from '../../shared/analysis/language.js';
import type { ArticleLanguage, Finding, UiLanguage } from '../../shared/model/finding.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import { acquireDataDirLock, DataDirLockedError, type DirLock } from '../app/lock.js';
import { dataDirFromArgs } from '../app/paths.js';
import { ImportError, readArticleFile } from '../import/index.js';
import { ArchiveIndex } from '../store/archive-index.js';
import { openStore, type Store } from '../store/index.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

const FLAGS = new Set(['format', 'data-dir', 'draft', 'ui-language', 'facts']);

export interface CheckedFile {
  path: string;
  draft?: string;
  language: ArticleLanguage;
  paragraphs: number;
  warnings: Finding[];
}

interface Target {
  path: string;
  draft?: string;
  paragraphs: string[];
  language: ArticleLanguage;
}

function sevRank(s: Finding['severity']): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

function textReport(files: CheckedFile[], ui: UiLanguage): string {
  const lines: string[] = [];
  for (const f of files) {
    const head = ui === 'id' ? `${f.path}: ${f.paragraphs} paragraf, bahasa ${f.language}, ${f.warnings.length} peringatan` : `${f.path}: ${f.paragraphs} paragraphs, language ${f.language}, ${f.warnings.length} warning(s)`;
    lines.push(head);
    for (const w of f.warnings) {
      // 1-based here, like the messages and like a reader counting lines (JSON stays 0-based)
      const rel = w.related.length ? ` -> ${w.related.map((r) => (r.article ? `${r.article} ¶${r.paragraph + 1}` : `¶${r.paragraph + 1}`)).join(', ')}` : '';
      lines.push(`  ${w.severity.padEnd(7)} ¶${w.paragraph + 1} ${w.rule}${rel}: ${w.message}`);
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

    // Read every file first: bad input fails before anything else happens.
    const targets: Target[] = positionals.map((p) => {
      const file = readArticleFile(p);
      return { path: p, paragraphs: file.paragraphs, language: detectLanguage(file.paragraphs.join('\n')) };
    });

    // A store is involved with --data-dir (its stories are the archive) or --draft.
    const useStore = flags.has('data-dir') || draftId !== undefined;
    let archive: ArchiveIndex | undefined;
    let ui: UiLanguage = (uiFlag as UiLanguage | undefined) ?? 'en';
    let dismissed = new Set<string>();
    if (useStore) {
      const dir = dataDirFromArgs(argv);
      try {
        lock = acquireDataDirLock(dir, 'redaksi check');
        store = openStore(dir);
      } catch (e) {
        // the app is running: check against the store as it is, without refreshing the index
        if (!(e instanceof DataDirLockedError)) throw e;
        store = openStore(dir, { readonly: true });
      }
      archive = new ArchiveIndex(store.db);
      if (lock) archive.syncDrafts();
      if (!facts) {
        try {
          facts = new FactsRepo(store.db).list();
        } catch {
          // an older read-only store without the facts table: no verified facts
        }
      }
      if (uiFlag === undefined) ui = store.settings.all().uiLanguage ?? 'en';
      if (typeof draftId === 'string') {
        const d = store.drafts.get(draftId);
        if (!d) throw new UsageError(`no story with ID "${draftId}" (see \`redaksi list\`)`);
        targets.push({ path: `draft:${d.id}`, draft: d.id, paragraphs: paragraphsOf(d.body), language: d.language });
        dismissed = new Set(store.decisions.list(d.id).filter((x) => x.kind === 'dismissed').map((x) => x.fingerprint));
      }
    }

    const files: CheckedFile[] = targets.map((t) => {
      const inStory = analyzeStory({ paragraphs: t.paragraphs, language: t.language, uiLanguage: ui, ...(facts ? { facts } : {}) });
      const fromArchive = archive ? archive.query(t.paragraphs, { uiLanguage: ui, ...(t.draft ? { excludeId: t.draft } : {}) }) : [];
      const warnings = [...inStory, ...fromArchive]
        .filter((f) => !dismissed.has(f.fingerprint))
        .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || sevRank(a.severity) - sevRank(b.severity) || a.rule.localeCompare(b.rule));
      const out: CheckedFile = { path: t.path, language: t.language, paragraphs: t.paragraphs.length, warnings };
      if (t.draft) out.draft = t.draft;
      return out;
    });

    if (format === 'json') io.stdout(JSON.stringify({ version: 1, files }) + '\n');
    else io.stdout(textReport(files, ui));
    return files.some((f) => f.warnings.some((w) => w.severity === 'error')) ? EXIT.problems : EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ImportError || e instanceof DataDirLockedError) {
      io.stderr(`redaksi check: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`redaksi check: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  } finally {
    store?.close();
    lock?.release();
  }
}
