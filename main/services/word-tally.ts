import { countWords } from '../../shared/model/lexical-doc.js';
import { rememberRecent } from '../../shared/model/recent.js';

interface Tally {
  paragraphs: string[];
  counts: number[];
}

/**
 * The word count of the stories being edited, recounting only the paragraphs a save changed: an
 * autosave sends the whole story, and counting all of a 10,000-word story's words was a quarter
 * of the save (#17). A word never runs over the blank line between paragraphs (countWords'
 * expression has no line break in it), so the story's count is the sum of its paragraphs'.
 * Only the last few stories are kept.
 */
export class WordTally {
  private readonly stories = new Map<string, Tally>();

  constructor(private readonly kept = 8) {}

  count(id: string, paragraphs: string[]): number {
    const last = this.stories.get(id);
    const counts = new Array<number>(paragraphs.length);
    let head = 0;
    let tail = 0;
    if (last) {
      const a = last.paragraphs;
      while (head < a.length && head < paragraphs.length && a[head] === paragraphs[head]) {
        counts[head] = last.counts[head]!;
        head++;
      }
      while (tail < a.length - head && tail < paragraphs.length - head && a[a.length - 1 - tail] === paragraphs[paragraphs.length - 1 - tail]) {
        counts[paragraphs.length - 1 - tail] = last.counts[a.length - 1 - tail]!;
        tail++;
      }
    }
    let total = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      if (i >= head && i < paragraphs.length - tail) counts[i] = countWords(paragraphs[i]!);
      total += counts[i]!;
    }
    rememberRecent(this.stories, id, { paragraphs, counts }, this.kept);
    return total;
  }
}
