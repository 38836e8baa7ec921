/**
 * zod schemas for everything that crosses the renderer/main boundary. Every transport validates
 * every argument with these before a service sees it (a malformed call gets a structured error).
 */
import { z } from 'zod';
import { DESK_FURNITURE_MAX_LENGTH, DESK_FURNITURE_MAX_LINES, DESK_SPELLING_MAX_LENGTH, DESK_SPELLING_PATTERN, DESK_SPELLINGS_MAX, STATUSES, ROLES } from '../model/draft.js';
import { RULE_IDS } from '../model/finding.js';
import { CMS_TARGETS, EXPORT_TARGETS } from '../model/export-target.js';

/** generous, but bounded: nothing arrives that could exhaust memory */
export const LIMITS = {
  id: 64,
  shortText: 1_000,
  longText: 20_000,
  tags: 50,
  /** a body's serialized JSON; a 10,000-word story is ~1 MB of Lexical JSON */
  bodyJsonBytes: 32 * 1024 * 1024,
  nodeDepth: 64,
  textNode: 2_000_000,
  query: 500,
} as const;

export const Id = z.string().min(1).max(LIMITS.id).regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, - and _');
export const Language = z.enum(['en', 'id']);
export const Status = z.enum(STATUSES);
export const Role = z.enum(ROLES);

const short = z.string().max(LIMITS.shortText);
const long = z.string().max(LIMITS.longText);

export const DraftMeta = z
  .object({
    kicker: short.optional(),
    byline: short.optional(),
    datelinePlace: short.optional(),
    datelineDate: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateline date is YYYY-MM-DD')]).optional(),
    section: short.optional(),
    tags: z.array(z.string().min(1).max(100)).max(LIMITS.tags).optional(),
    summary: long.optional(),
    embargo: z.union([z.literal(''), z.iso.datetime({ local: true, offset: true })]).optional(),
    editorsNote: long.optional(),
  })
  .strict();

interface NodeShape {
  type: string;
  children?: NodeShape[];
  text?: string;
  [k: string]: unknown;
}

type Issue = { message: string; path: (string | number)[] };

/** The first thing wrong with a document's root node, found by one walk without recursion. */
function documentIssue(root: unknown): Issue | undefined {
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [{ node: root, path: [], depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, path, depth } = top;
    if (depth > LIMITS.nodeDepth) return { message: `documents nest at most ${LIMITS.nodeDepth} levels`, path: [] };
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return { message: 'a node is an object', path };
    const { type, children, text } = node as Record<string, unknown>;
    if (typeof type !== 'string' || type.length < 1 || type.length > 64) return { message: 'a node has a type of 1 to 64 characters', path: [...path, 'type'] };
    if (depth === 0 && type !== 'root') return { message: 'the top node must be the root', path: [] };
    if (text !== undefined && (typeof text !== 'string' || text.length > LIMITS.textNode)) {
      return { message: `a node's text is a string of at most ${LIMITS.textNode} characters`, path: [...path, 'text'] };
    }
    if (children === undefined) continue;
    if (!Array.isArray(children) || children.length > 200_000) return { message: "a node's children are a list of at most 200000 nodes", path: [...path, 'children'] };
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], path: [...path, 'children', i], depth: depth + 1 });
  }
  return undefined;
}

/**
 * A Lexical document's root: every node an object with a type, optional children and text;
 * other keys pass (Lexical owns them); at most nodeDepth levels.
 * Checked by one walk, not by z.object per node: zod's object parse copies every node and puts
 * the schema's keys first. For an autosave of the 10,000-word story that cost 1.8 ms, and the new
 * key order hid every plain story from the store's packing (body-packing.ts `isParagraphsDoc`
 * compares key order), so each was packed as formatted JSON, 3.5 ms more (#17). The walk answers
 * with the caller's own objects.
 */
const DocumentRoot = z.custom<NodeShape>().superRefine((root, ctx) => {
  const issue = documentIssue(root);
  if (issue) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

export const LexicalJson = z.object({ root: DocumentRoot });

export const Headline = z.string().max(LIMITS.shortText);
export const Slug = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$|^$/, 'a slug is lowercase letters, digits and single dashes');

export const DeskFurnitureLine = z.string().trim().min(1, 'an empty line').max(DESK_FURNITURE_MAX_LENGTH);
export const DeskSpelling = z
  .string()
  .trim()
  .min(1, 'an empty spelling')
  .max(DESK_SPELLING_MAX_LENGTH)
  .regex(DESK_SPELLING_PATTERN, 'one word: letters, and apostrophes, hyphens or dots inside it');

export const SettingsPatch = z
  .object({
    userName: short.optional(),
    role: Role.optional(),
    uiLanguage: Language.optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    headlineSoftLimit: z.number().int().min(10).max(1000).optional(),
    summarySoftLimit: z.number().int().min(10).max(5000).optional(),
    enDateOrder: z.enum(['mdy', 'dmy']).optional(),
    cmsCreateTerms: z.boolean().optional(),
    cmsPostStatus: z.enum(['draft', 'pending']).optional(),
    publisher: z.string().max(200).optional(),
    screenReaderMode: z.boolean().optional(),
    deskFurniture: z.array(DeskFurnitureLine).max(DESK_FURNITURE_MAX_LINES).optional(),
    deskSpellings: z.array(DeskSpelling).max(DESK_SPELLINGS_MAX).optional(),
  })
  .strict();

export const RuleIdSchema = z.enum(RULE_IDS);
export const Fingerprint = z.string().min(1).max(200);
/** paragraphs sent for a check: bounded in count and size */
export const Paragraphs = z.array(z.string().max(LIMITS.textNode)).max(20_000);
export const ExportTarget = z.enum(EXPORT_TARGETS);
export const CmsTarget = z.enum(CMS_TARGETS);

export const FactInput = z
  .object({
    subject: z.string().trim().min(1).max(500),
    attribute: z.string().trim().min(1).max(200),
    value: z.string().trim().min(1).max(2000),
    unit: z.string().max(100).optional(),
    asOf: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'as-of is YYYY-MM-DD')]).optional(),
    source: z.string().max(2000).optional(),
  })
  .strict();
