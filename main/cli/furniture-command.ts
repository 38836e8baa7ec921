/**
 * `redaksi furniture`: the desk's list of website leftovers (Settings > Website leftovers) from
 * the command line, so a desk can script it and `redaksi check` on a server uses the same list.
 *
 *   redaksi furniture [--json]          list the lines
 *   redaksi furniture add "LINE"        put a line on the list
 *   redaksi furniture remove "LINE"     take it off (matched as the checks match: case, spaces
 *                                       and closing punctuation aside)
 */
import { contract } from '../../shared/api/contract.js';
import { withStore } from './store-commands.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

export async function runFurniture(argv: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['json']);
  const [action, ...words] = positionals;
  if (action === undefined || action === 'list') {
    const lines = withStore(argv, false, (store) => store.settings.all().deskFurniture);
    if (flags.has('json')) io.stdout(JSON.stringify({ lines }) + '\n');
    else if (lines.length === 0) io.stdout('The desk has no lines of its own yet (`redaksi furniture add "LINE"`).\n');
    else for (const l of lines) io.stdout(`${l}\n`);
    return EXIT.ok;
  }
  if (action !== 'add' && action !== 'remove') throw new UsageError(`furniture: unknown action "${action}" (list, add or remove)`);
  const method = action === 'add' ? 'settings.deskFurniture.add' : 'settings.deskFurniture.remove';
  const parsed = contract[method].input.safeParse({ line: words.join(' ') });
  if (!parsed.success) throw new UsageError(`furniture ${action} needs one line of at most 300 characters: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  // the settings calls are synchronous: the list is written before the store closes
  const { before, after } = await withStore(argv, true, async (store, services) => {
    const n = store.settings.all().deskFurniture.length;
    return { before: n, after: (await services[method](parsed.data)).deskFurniture.length };
  });
  const changed = after !== before;
  const done = action === 'add' ? (changed ? 'Added' : 'Already on the list') : changed ? 'Removed' : 'That line is not on the list';
  // either way the list now is what was asked for: a script may add a line twice
  io.stdout(`${done}; the desk's list has ${after} line${after === 1 ? '' : 's'}.\n`);
  return EXIT.ok;
}
