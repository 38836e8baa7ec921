/**
 * Sets `key` in `map` as its most recently used entry and drops the least recently used ones past
 * `kept`. A Map iterates in insertion order, so deleting before setting moves the key to the end
 * and the first key is always the oldest: the small per-story memories of the save path (the
 * autosave's base, the word tally) stay bounded without a cache library.
 */
export function rememberRecent<K, V>(map: Map<K, V>, key: K, value: V, kept: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > kept) map.delete(map.keys().next().value as K);
}
