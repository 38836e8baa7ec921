import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { MarkNode } from '@lexical/mark';
import { NoteNode } from './notes.js';
import { SuggestionNode } from './suggestions.js';

/** Every node a story may contain; anything else in a paste is flattened to these. */
export const EDITOR_NODES: Array<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, HorizontalRuleNode, NoteNode, MarkNode, SuggestionNode];

export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h3', h5: 'ed-h3', h6: 'ed-h3' },
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-li-nested' } },
  link: 'ed-link',
  hr: 'ed-hr',
  note: 'ed-note',
  mark: 'ed-comment',
  markOverlap: 'ed-comment-overlap',
  suggestionInsert: 'ed-sug-ins',
  suggestionDelete: 'ed-sug-del',
  suggestionSplit: 'ed-sug-ins ed-sug-split',
  suggestionJoin: 'ed-sug-del ed-sug-join',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
  },
};
