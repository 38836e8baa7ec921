/**
 * The desk's verified-facts base: a pure model plus CSV and JSON import/export.
 * Storage lives in main/store/facts-repo.ts; the checker only ever receives facts as data.
 *
 * A fact is one verified statement: subject ("Fadli Afriadi"), attribute ("jabatan"/"title" or
 * a measure like "nilai kepatuhan 2024"), value ("Kepala Perwakilan Ombudsman RI Provinsi
 * Banten" or "96,45"), unit ("persen", "IDR", ...), as-of date, source, who verified it and when.
 * Retired facts are kept for the record but never checked against.
 */

export interface Fact {
  id?: string;
  subject: string;
  attribute: string;
  value: string;
  unit?: string;
  /** ISO date the value holds for */
  asOf?: string;
  /** URL or note */
  source?: string;
  verifiedBy?: string;
  /** ISO date-time */
  verifiedAt?: string;
  retired?: boolean;
}

export const FACT_FIELDS = ['id', 'subject', 'attribute', 'value', 'unit', 'asOf', 'source', 'verifiedBy', 'verifiedAt', 'retired'] as const;
type FactField = (typeof FACT_FIELDS)[number];

/** attributes that hold an office or title (compared as titles, not as figures) */
export function isTitleAttribute(attribute: string): boolean {
  return /^(?:title|jabatan|office|role|position|posisi|gelar|pangkat)$/i.test(attribute.trim());
}

export class FactParseError extends Error {
  constructor(message: string, readonly line?: number) {
    super(line !== undefined ? `line ${line}: ${message}` : message);
    this.name = 'FactParseError';
  }
}

// header aliases so a desk's own spreadsheet imports without renaming columns
const HEADER_ALIASES: Record<string, FactField> = {
  id: 'id', subject: 'subject', subjek: 'subject', name: 'subject', nama: 'subject',
  attribute: 'attribute', atribut: 'attribute', field: 'attribute',
  value: 'value', nilai: 'value', unit: 'unit', satuan: 'unit',
  asof: 'asOf', as_of: 'asOf', 'as of': 'asOf', per: 'asOf', tanggal: 'asOf',
  source: 'source', sumber: 'source',
  verifiedby: 'verifiedBy', verified_by: 'verifiedBy', 'verified by': 'verifiedBy', verifikator: 'verifiedBy',
  verifiedat: 'verifiedAt', verified_at: 'verifiedAt', 'verified at': 'verifiedAt',
  retired: 'retired', pensiun: 'retired', archived: 'retired',
};

function truthy(v: string): boolean {
  return /^(?:1|true|yes|ya|y)$/i.test(v.trim());
}

/** check and normalise one fact; throws FactParseError on missing required fields */
export function normalizeFact(input: Record<string, unknown>, line?: number): Fact {
  const str = (k: string): string | undefined => {
    const v = input[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    throw new FactParseError(`field ${k} must be text`, line);
  };
  const subject = str('subject');
  const attribute = str('attribute');
  const value = str('value');
  if (!subject) throw new FactParseError('subject is required', line);
  if (!attribute) throw new FactParseError('attribute is required', line);
  if (!value) throw new FactParseError('value is required', line);
  const f: Fact = { subject: subject.normalize('NFC'), attribute: attribute.normalize('NFC'), value: value.normalize('NFC') };
  for (const k of ['id', 'unit', 'asOf', 'source', 'verifiedBy', 'verifiedAt'] as const) {
    const v = str(k);
    if (v !== undefined) f[k] = v;
  }
  const r = input.retired;
  if (r === true || (typeof r === 'string' && truthy(r)) || r === 1) f.retired = true;
  return f;
}

// ---- CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) ----------------------------

export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  // detect ; as delimiter (spreadsheets in id-ID locale export with semicolons)
  const firstLine = src.slice(0, src.indexOf('\n') === -1 ? src.length : src.indexOf('\n'));
  const delim = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === delim) { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && src[i + 1] === '\n') { i++; continue; }
    if (c === '\n' || c === '\r') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (quoted) throw new FactParseError('unterminated quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export function parseFactsCsv(text: string): Fact[] {
  const rows = parseCsvRows(text);
  if (rows.length === 0) return [];
  const header = rows[0]!.map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  if (!header.includes('subject') || !header.includes('attribute') || !header.includes('value')) {
    throw new FactParseError('CSV header must name subject, attribute and value columns', 1);
  }
  return rows.slice(1).map((r, idx) => {
    const o: Record<string, unknown> = {};
    header.forEach((h, j) => { if (h) o[h] = r[j] ?? ''; });
    return normalizeFact(o, idx + 2);
  });
}

function csvField(v: string): string {
  return /[",\r\n;]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function serializeFactsCsv(facts: readonly Fact[]): string {
  const lines = [FACT_FIELDS.join(',')];
  for (const f of facts) {
    lines.push(FACT_FIELDS.map((k) => (k === 'retired' ? (f.retired ? 'true' : '') : csvField(f[k] ?? ''))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

// ---- JSON: {"version":1,"facts":[...]} or a bare array -------------------------------------

export function parseFactsJson(text: string): Fact[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new FactParseError(`not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { facts?: unknown })?.facts;
  if (!Array.isArray(list)) throw new FactParseError('expected an array of facts or {"facts": [...]}');
  return list.map((o, i) => {
    if (!o || typeof o !== 'object') throw new FactParseError(`fact ${i + 1} is not an object`);
    return normalizeFact(o as Record<string, unknown>, i + 1);
  });
}

export function serializeFactsJson(facts: readonly Fact[]): string {
  return JSON.stringify({ version: 1, facts }, null, 2) + '\n';
}

/** parse by file name (".csv" or ".json"), falling back on the content's first character */
export function parseFacts(text: string, fileName = ''): Fact[] {
  if (/\.json$/i.test(fileName)) return parseFactsJson(text);
  if (/\.csv$/i.test(fileName)) return parseFactsCsv(text);
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('[') || t.startsWith('{') ? parseFactsJson(text) : parseFactsCsv(text);
}

/** facts the checker should use: not retired */
export function activeFacts(facts: readonly Fact[] | undefined): Fact[] {
  return (facts ?? []).filter((f) => !f.retired);
}
