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

/** The first of slug, slug-2, slug-3, ... that `taken` does not claim. */
export function uniqueSlug(base: string, taken: (candidate: string) => boolean): string {
  if (!base) return '';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
