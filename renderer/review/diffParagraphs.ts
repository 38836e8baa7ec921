/**
 * The review's compare view in paragraphs (#14 point 5): a word diff (jsdiff) of the submitted
 * text against the current one, cut at paragraph breaks so unchanged paragraphs can be folded
 * ("changes only"), and its changes numbered so the editor can step through them.
 */
import { diffWordsWithSpace } from 'diff';

export interface DiffSegment {
  kind: 'same' | 'ins' | 'del';
  text: string;
  /** for ins and del: which change (0-based) this segment belongs to */
  change?: number;
}

export interface DiffParagraph {
  segments: DiffSegment[];
  changed: boolean;
}

export interface ParagraphDiff {
  paragraphs: DiffParagraph[];
  /** how many changes: runs of insertions and deletions with no unchanged word between them */
  changes: number;
  added: number;
  removed: number;
}

const words = (s: string) => s.match(/\S+/g)?.length ?? 0;

export function diffParagraphs(from: string, to: string): ParagraphDiff {
  const paragraphs: DiffParagraph[] = [];
  let current: DiffParagraph = { segments: [], changed: false };
  let changes = 0;
  let added = 0;
  let removed = 0;
  // a change is open while insertions and deletions follow each other (a replaced word is one
  // change, not two); an unchanged word or a paragraph break closes it
  let open = false;
  const close = () => {
    if (current.segments.length > 0) paragraphs.push(current);
    current = { segments: [], changed: false };
    open = false;
  };
  for (const part of diffWordsWithSpace(from, to)) {
    const kind: DiffSegment['kind'] = part.added ? 'ins' : part.removed ? 'del' : 'same';
    if (kind === 'ins') added += words(part.value);
    if (kind === 'del') removed += words(part.value);
    // paragraph breaks inside a part end the paragraph; the break itself is not shown as text
    const pieces = part.value.split(/\n+/);
    pieces.forEach((text, i) => {
      if (i > 0) close();
      if (text === '') return;
      if (kind === 'same') {
        if (/\S/.test(text)) open = false;
        current.segments.push({ kind, text });
        return;
      }
      if (!open) {
        changes++;
        open = true;
      }
      current.changed = true;
      current.segments.push({ kind, text, change: changes - 1 });
    });
  }
  close();
  return { paragraphs, changes, added, removed };
}
