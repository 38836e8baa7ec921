/**
 * `@name` mentions in comments and replies (issue 15). A newsroom user's name may have spaces
 * ("Dewi Lestari"), so a mention cannot be read from the text alone: it is an `@` followed by
 * one of the known names (longest first, any case), ending where a name cannot go on. The
 * composer sends the names picked from its list; the store keeps those that are still written
 * in the text, plus any known name typed by hand, so a mention is structured data, not a guess.
 */

/** a character that can continue a user name (shared/api/hub-contract.ts UserName) */
const NAME_CHAR = /[\p{L}\p{N}_'-]/u;

/** longest mention kept (a user name is at most 100 characters) */
export const MENTION_MAX = 100;

/**
 * The names of `people` mentioned in `text`, each once, in the spelling of `people`, in the
 * order they first appear.
 */
export function mentionsIn(text: string, people: readonly string[]): string[] {
  if (!text.includes('@') || people.length === 0) return [];
  const byLength = [...new Set(people.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const lower = text.toLocaleLowerCase();
  const found: string[] = [];
  for (let at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
    // an e-mail address (rina@kompas.id) is not a mention
    if (at > 0 && NAME_CHAR.test(text[at - 1]!)) continue;
    const name = byLength.find((p) => {
      const end = at + 1 + p.length;
      return lower.startsWith(p.toLocaleLowerCase(), at + 1) && (end >= text.length || !NAME_CHAR.test(text[end]!));
    });
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

/** The partly typed name before the caret (`@De|`), or null when the caret is not in a mention. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && NAME_CHAR.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  // names have at most two spaces in practice; a long run of words is ordinary text again
  if (query.length > MENTION_MAX || /\s{2}|\n/.test(query) || query.split(' ').length > 3) return null;
  return { start: at, query };
}

/** People whose name starts with the query, or has a word that does, any case; at most `limit`. */
export function matchPeople(people: readonly string[], query: string, limit = 8): string[] {
  const q = query.trim().toLocaleLowerCase();
  // "@Dewi Lestari " with its space typed (or just picked) is a finished mention: nothing to offer
  if (/\s$/.test(query) && people.some((p) => p.toLocaleLowerCase() === q)) return [];
  const starts = people.filter((p) => p.toLocaleLowerCase().startsWith(q));
  const words = people.filter((p) => !starts.includes(p) && p.toLocaleLowerCase().split(/\s+/).some((w) => w.startsWith(q)));
  return [...starts, ...words].slice(0, limit);
}
