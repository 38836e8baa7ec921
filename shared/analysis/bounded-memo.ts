/**
 * Answers of a pure function kept between checks: a re-check after a keystroke asks most of the
 * same questions again (is this a word, is this line furniture, how do these two quotes align).
 * Emptied at once when full, not evicted one by one: a session's memory stays bounded, and a
 * check never pays for bookkeeping on the lookups that hit.
 */
export class BoundedMemo<K, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** the answer for `key`, computed by `compute` the first time (`V` never includes undefined) */
  get(key: K, compute: (key: K) => V): V {
    const hit = this.answers.get(key);
    if (hit !== undefined) return hit;
    const answer = compute(key);
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, answer);
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }
}
