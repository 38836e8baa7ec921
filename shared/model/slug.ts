/** URL slug from a headline: ASCII, lowercase, single dashes ("Pemkot Tangsel Borong ..." -> "pemkot-tangsel-borong-..."). */
export function slugify(text: string, maxLength = 80): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}

/**
 * The first of base, base-2, base-3, ... not in `taken` (the slugs other stories hold among base
 * and base-<number>, fetched in one query): one index range instead of a probe per candidate,
 * which costs a round trip per duplicate headline.
 */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  if (!base) return '';
  const numbers = new Set<number>();
  let baseTaken = false;
  const prefix = `${base}-`;
  for (const s of taken) {
    if (s === base) baseTaken = true;
    else if (s.startsWith(prefix) && /^[1-9][0-9]*$/.test(s.slice(prefix.length))) numbers.add(Number(s.slice(prefix.length)));
  }
  if (!baseTaken) return base;
  for (let n = 2; ; n++) if (!numbers.has(n)) return `${base}-${n}`;
}
