import type { Store } from '../store/index.js';
import type { ArticleFile } from '../import/read-file.js';
import type { Draft, DraftMeta } from '../../shared/model/draft.js';
import { blockText, docFromBlocks } from '../../shared/model/lexical-doc.js';
import { detectLanguage } from '../../shared/analysis/language.js';
import { createContext } from '../services/index.js';
import { createDraft } from '../services/drafts.js';

/** A read article file becomes a draft (language detected from its text), as `import` and `export FILE` need. */
export function importDraft(store: Store, file: ArticleFile, meta?: DraftMeta): Draft {
  const text = [file.headline, ...file.blocks.map(blockText)].join('\n');
  return createDraft(createContext(store), { headline: file.headline, body: docFromBlocks(file.blocks), language: detectLanguage(text), ...(meta ? { meta } : {}) }, 'import');
}
