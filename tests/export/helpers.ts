/** Validators shared by the export tests: IPTC JSON schemas (ajv), NewsML-G2 XSD (xmllint), XML well-formedness. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv07 from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { JSDOM } from 'jsdom';

export const SCHEMA_DIR = fileURLToPath(new URL('../fixtures/schemas/', import.meta.url));

function loadJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8')) as Record<string, unknown>;
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

let v3: Validate | undefined;
let v1: Validate | undefined;

/** ninjs 3.0 validator (JSON Schema 2020-12, GeoJSON schema registered for its $ref). */
export function ninjs3Validator(): Validate {
  if (!v3) {
    const ajv = new (Ajv2020 as unknown as typeof Ajv07)({ strict: false, allErrors: true });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    ajv.addSchema(loadJson('GeoJSON-schema.json'));
    v3 = ajv.compile(loadJson('ninjs-schema_3.0.json')) as Validate;
  }
  return v3;
}

/** ninjs 1.6 validator (JSON Schema draft-07). */
export function ninjs1Validator(): Validate {
  if (!v1) {
    const ajv = new Ajv07({ strict: false, allErrors: true });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    v1 = ajv.compile(loadJson('ninjs-schema_1.6.json')) as Validate;
  }
  return v1;
}

export const XMLLINT = (() => {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return r.status === 0 || /libxml/i.test(`${r.stdout}${r.stderr}`);
})();

/** Validate NewsML-G2 XML against the IPTC 2.35 XSD with xmllint; returns xmllint's verdict. */
export function xmllintNewsml(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'redaksi-newsml-'));
  try {
    const file = path.join(dir, 'item.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMA_DIR, 'NewsML-G2_2.35-spec-All-Power.xsd'), file], { encoding: 'utf8' });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let xmlWindow: JSDOM['window'] | undefined;
/** Parse XML strictly; throws with the parser's message when it is not well-formed. */
export function parseXml(xml: string): Document {
  xmlWindow ??= new JSDOM('').window;
  const doc = new xmlWindow.DOMParser().parseFromString(xml, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`not well-formed XML: ${err.textContent}`);
  return doc as unknown as Document;
}

/** Parse an HTML document as a browser would (scripts are not run). */
export function parseHtml(html: string): Document {
  xmlWindow ??= new JSDOM('').window;
  return new xmlWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Everything that could run code or load something in an HTML page; [] when the page is inert. */
export function unsafeMarkup(doc: Document): string[] {
  const problems: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && el.getAttribute('type') !== 'application/ld+json') problems.push(`executable <script>`);
    if (['iframe', 'object', 'embed', 'img', 'svg', 'math', 'style', 'form', 'input', 'frame', 'frameset', 'base', 'video', 'audio', 'source'].includes(tag))
      problems.push(`<${tag}>`);
    if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push('<meta http-equiv>');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name)) {
        if (!/^(https?:\/\/|mailto:)/i.test(attr.value.trim())) problems.push(`${tag}[${name}=${attr.value}]`);
      }
      if (name === 'style') problems.push(`${tag}[style]`);
    }
  }
  return problems;
}

export function hasCommand(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const CMARK = (() => {
  const r = spawnSync('cmark', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
})();

/** Render Markdown with cmark, the CommonMark reference implementation (Debian package `cmark`). */
export function cmarkToHtml(markdown: string): string {
  // --unsafe: keep the inline <strong>/<em>/<u>/<s> our exporter writes (no other raw HTML is ever written)
  const r = spawnSync('cmark', ['--unsafe'], { input: markdown, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cmark failed: ${r.stderr}`);
  return r.stdout;
}
