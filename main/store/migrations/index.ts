import type { Migration } from './types.js';
import { migration as m001 } from './001_core.js';
import { migration as m002 } from './002_exports.js';
import { migration as m003 } from './003_decisions.js';
import { migration as m004 } from './004_archive_index.js';
import { migration as m005 } from './005_facts.js';
import { migration as m006 } from './006_archive_sketch.js';
import { migration as m007 } from './007_list_order_indexes.js';
import { migration as m008 } from './008_archive_pending.js';
import { migration as m009 } from './009_packed_revisions.js';
import { migration as m010 } from './010_search_pending.js';
import { migration as m011 } from './011_compact_archive.js';
import { migration as m012 } from './012_archive_lines.js';
import { migration as m013 } from './013_comments.js';
import { migration as m014 } from './014_newsroom_sync.js';
import { migration as m015 } from './015_comment_mentions_sync.js';
import { migration as m016 } from './016_packed_drafts.js';
import { migration as m017 } from './017_sync_conflicts.js';
import { migration as m018 } from './018_unnamed_actor.js';
import { migration as m019 } from './019_search_merges.js';
import { migration as m020 } from './020_draft_edits.js';

/** Every migration, in order. Add the next number at the end; never edit a shipped one. */
export const MIGRATIONS: Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016, m017, m018, m019, m020];
