/**
 * What the desk's lists (desk-furniture.ts, desk-spellings.ts) do alike: an item is stored as the
 * desk wrote it and compared as its list normalises it; adding one the list already has in some
 * spelling changes nothing, the newest goes first (Settings shows it at the top), and the list is
 * bounded.
 */
export interface DeskList {
  /** the items as a check looks them up; empty ones are dropped */
  set(items: readonly string[]): ReadonlySet<string>;
  /** the list with one more item, unless it has it already */
  with(items: readonly string[], item: string): string[];
  without(items: readonly string[], item: string): string[];
  /**
   * `set` for a check that runs on every keystroke: the list changes rarely, so its set is
   * rebuilt only when another list comes in (a worker receives a copy of the list with every
   * message: what it holds is compared, not the reference)
   */
  lookup(): (items: readonly string[]) => ReadonlySet<string>;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

export function deskList(normalize: (item: string) => string, clean: (item: string) => string, maxItems: number): DeskList {
  const list: DeskList = {
    set(items) {
      const out = new Set<string>();
      for (const i of items) {
        const n = normalize(i);
        if (n) out.add(n);
      }
      return out;
    },
    with(items, item) {
      const n = normalize(item);
      if (!n || items.some((i) => normalize(i) === n)) return [...items];
      return [clean(item), ...items].slice(0, maxItems);
    },
    without(items, item) {
      const n = normalize(item);
      return items.filter((i) => normalize(i) !== n);
    },
    lookup() {
      let last: readonly string[] = [];
      let set: ReadonlySet<string> = new Set();
      return (items) => {
        if (!sameItems(last, items)) {
          last = items;
          set = list.set(items);
        }
        return set;
      };
    },
  };
  return list;
}
