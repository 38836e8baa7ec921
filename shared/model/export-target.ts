/**
 * Where a story can go: a file written from the export model (shared/export), or a push to a
 * CMS (main/services/cms). One list for each, so the contract's schema, the dialog, the record
 * and the CLI cannot disagree about which targets exist.
 */

/** ninjs = IPTC ninjs 3.0 (camelCase), ninjs1 = ninjs 1.6 (the 1.x lowercase shape) */
export const FILE_TARGETS = ['html', 'md', 'txt', 'docx', 'ninjs', 'ninjs1', 'newsml'] as const;
export const CMS_TARGETS = ['wordpress', 'ghost'] as const;
export const EXPORT_TARGETS = [...FILE_TARGETS, ...CMS_TARGETS] as const;

export type FileTarget = (typeof FILE_TARGETS)[number];
export type CmsTarget = (typeof CMS_TARGETS)[number];
export type ExportTarget = FileTarget | CmsTarget;

const CMS_SET: ReadonlySet<string> = new Set(CMS_TARGETS);

export function isCmsTarget(target: ExportTarget): target is CmsTarget {
  return CMS_SET.has(target);
}

export function isFileTarget(target: ExportTarget): target is FileTarget {
  return !isCmsTarget(target);
}
