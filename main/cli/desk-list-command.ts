/**
 * The desk's own lists from the command line, so a desk can script them and `redaksi check` on a
 * server uses the same lists as the app:
 *
 *   redaksi furniture [--json]          website leftovers (Settings > Website leftovers)
 *   redaksi furniture add "LINE"        put a line on the list
 *   redaksi furniture remove "LINE"     take it off (matched as the checks match: case, spaces
 *                                       and closing punctuation aside)
 *   redaksi spellings [--json]          names and words that are right as written (Settings > Spellings)
 *   redaksi spellings add WORD          never report WORD as a typo
 *   redaksi spellings remove WORD       (matched without case)
 */
import { contract } from '../../shared/api/contract.js';
import type { Settings } from '../../shared/model/draft.js';
import { withStore } from './store-commands.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

interface DeskList {
  command: string;
  /** the Settings field and the calls that change it */
  field: 'deskFurniture' | 'deskSpellings';
  add: 'settings.deskFurniture.add' | 'settings.deskSpellings.add';
  remove: 'settings.deskFurniture.remove' | 'settings.deskSpellings.remove';
  /** the name of the calls' one input field */
  input: 'line' | 'word';
  /** what one item is, for messages ("line", "spelling") */
  item: string;
  /** the key of the list in `--json` output */
  jsonKey: 'lines' | 'spellings';
  needs: string;
  empty: string;
}

const FURNITURE: DeskList = {
  command: 'furniture',
  field: 'deskFurniture',
  add: 'settings.deskFurniture.add',
  remove: 'settings.deskFurniture.remove',
  input: 'line',
  item: 'line',
  jsonKey: 'lines',
  needs: 'one line of at most 300 characters',
  empty: 'The desk has no lines of its own yet (`redaksi furniture add "LINE"`).',
};

const SPELLINGS: DeskList = {
  command: 'spellings',
  field: 'deskSpellings',
  add: 'settings.deskSpellings.add',
  remove: 'settings.deskSpellings.remove',
  input: 'word',
  item: 'spelling',
  jsonKey: 'spellings',
  needs: 'one word of at most 60 characters',
  empty: 'The desk has no spellings of its own yet (`redaksi spellings add WORD`).',
};

export const runFurniture = (argv: string[], io: CliIo) => runDeskList(FURNITURE, argv, io);
export const runSpellings = (argv: string[], io: CliIo) => runDeskList(SPELLINGS, argv, io);

async function runDeskList(list: DeskList, argv: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['json']);
  const [action, ...words] = positionals;
  const itemsOf = (s: Settings) => s[list.field];
  if (action === undefined || action === 'list') {
    const items = withStore(argv, false, (store) => itemsOf(store.settings.all()));
    if (flags.has('json')) io.stdout(JSON.stringify({ [list.jsonKey]: items }) + '\n');
    else if (items.length === 0) io.stdout(`${list.empty}\n`);
    else for (const l of items) io.stdout(`${l}\n`);
    return EXIT.ok;
  }
  if (action !== 'add' && action !== 'remove') throw new UsageError(`${list.command}: unknown action "${action}" (list, add or remove)`);
  const method = action === 'add' ? list.add : list.remove;
  const parsed = contract[method].input.safeParse({ [list.input]: words.join(' ') });
  if (!parsed.success) throw new UsageError(`${list.command} ${action} needs ${list.needs}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  // the settings calls are synchronous: the list is written before the store closes
  const { before, after } = await withStore(argv, true, async (store, services) => {
    const n = itemsOf(store.settings.all()).length;
    const call = services[method] as (input: unknown) => Settings | Promise<Settings>;
    return { before: n, after: itemsOf(await call(parsed.data)).length };
  });
  const changed = after !== before;
  const done = action === 'add' ? (changed ? 'Added' : 'Already on the list') : changed ? 'Removed' : `That ${list.item} is not on the list`;
  // either way the list now is what was asked for: a script may add an item twice
  io.stdout(`${done}; the desk's list has ${after} ${list.item}${after === 1 ? '' : 's'}.\n`);
  return EXIT.ok;
}
