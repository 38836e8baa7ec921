/**
 * JSON with object keys sorted at every level: two documents that differ only in key order
 * (the stored Lexical JSON and the editor's own export of it) give the same string. Used to
 * tell a real change from a re-serialisation (issue 14: opening a story saved it).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return v;
  });
}
