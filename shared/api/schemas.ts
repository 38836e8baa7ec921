/**
 * zod schemas for everything that crosses the renderer/main boundary. Every transport validates
 * every argument with these before a service sees it (a malformed call gets a structured error).
 */
import { z } from 'zod';
import { DESK_FURNITURE_MAX_LENGTH, DESK_FURNITURE_MAX_LINES, STATUSES, ROLES } from '../model/draft.js';
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

/** A Lexical node: a type, optional children and text; other keys pass (Lexical owns them). */
const SerializedNode: z.ZodType<NodeShape> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(64),
      children: z.array(SerializedNode).max(200_000).optional(),
      text: z.string().max(LIMITS.textNode).optional(),
    })
    .catchall(z.unknown()),
);

function depthOk(node: NodeShape, depth: number): boolean {
  if (depth > LIMITS.nodeDepth) return false;
  return (node.children ?? []).every((c) => depthOk(c, depth + 1));
}

export const LexicalJson = z
  .object({ root: SerializedNode.refine((r) => r.type === 'root', 'the top node must be the root') })
  .refine((doc) => depthOk(doc.root, 0), `documents nest at most ${LIMITS.nodeDepth} levels`);

export const Headline = z.string().max(LIMITS.shortText);
export const Slug = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$|^$/, 'a slug is lowercase letters, digits and single dashes');

export const DeskFurnitureLine = z.string().trim().min(1, 'an empty line').max(DESK_FURNITURE_MAX_LENGTH);

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
