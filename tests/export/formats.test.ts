/**
 * The seed article (headline line 1, body lines 6-16 + sign-off line 27, without the page
 * furniture and the repeated block) exported to every file format, each output checked the way
 * its consumer would read it.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FILE_TARGETS, exportAll, exportTo, exportHtml, exportMarkdown, exportNewsml, exportText, ninjs1, ninjs3, type ExportArticle } from '../../shared/export/index.js';
import { importMarkdown } from '../../shared/export/markdown-import.js';
import { docFromBlocks, paragraphsOf } from '../../shared/model/lexical-doc.js';
import { importHtml } from '../../main/import/html.js';
import { seedArticle, seedParagraphs } from './seed.js';
import { CMARK, cmarkToHtml, ninjs1Validator, ninjs3Validator, parseHtml, parseXml, unsafeMarkup, XMLLINT, xmllintNewsml } from './helpers.js';

const seed = seedArticle();
const paragraphs = seedParagraphs();

function asText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}


/**
 * A DOCX's parts with the creation time blanked: two exports a second apart differ only there
 * (and so may differ in compressed length), which is not a difference in the document.
 */
async function docxParts(data: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const text = await zip.file(name)!.async('string');
    out[name] = name === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1') : text;
  }
  return out;
}

describe('seed article: every file target', () => {
  it('the seed body is the 11 body lines and the sign-off, no furniture, no repeated block', () => {
    expect(paragraphs).toHaveLength(12);
    expect(paragraphs[0]).toMatch(/^TANGERANG SELATAN - /);
    expect(paragraphs[11]).toBe('(jon)');
    expect(paragraphs).not.toContain('loading...');
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it('exportTo returns a file name, a MIME type and data for every target', async () => {
    for (const target of FILE_TARGETS) {
      const f = await exportTo(target, seed);
      expect(f.filename).toMatch(/^pemkot-tangsel-borong-penghargaan-ombudsman\./);
      expect(f.mime).toBeTruthy();
      expect(f.data.length).toBeGreaterThan(500);
    }
  });

  it('exportAll gives the same files as exporting each target on its own', async () => {
    const all = await exportAll(FILE_TARGETS, seed, { fullPage: true });
    expect(all.map((f) => f.filename.split('.').slice(1).join('.'))).toEqual(['html', 'md', 'txt', 'docx', 'ninjs.json', 'ninjs1.json', 'newsml.xml']);
    for (const [i, t] of FILE_TARGETS.entries()) {
      const one = await exportTo(t, seed, { fullPage: true });
      if (t === 'docx') expect(await docxParts(all[i]!.data as Uint8Array)).toEqual(await docxParts(one.data as Uint8Array));
      else expect(all[i]!.data).toEqual(one.data);
    }
  });

  for (const fullPage of [false, true]) {
    it(`HTML (${fullPage ? 'full page' : 'article fragment'}) parses, has the story and nothing executable`, async () => {
      const { data } = await exportTo('html', seed, { fullPage });
      const html = asText(data);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      const doc = parseHtml(html);
      expect(unsafeMarkup(doc)).toEqual([]);
      expect(doc.querySelector('h1')?.textContent).toBe(seed.headline);
      const body = Array.from(doc.querySelectorAll('article > p')).map((p) => p.textContent);
      expect(body).toEqual(paragraphs);
      expect(doc.querySelector('.byline')?.textContent).toBe('Redaksi Tangsel');
      expect(doc.querySelector('.dateline time')?.getAttribute('datetime')).toBe('2024-12-04');
      expect(doc.querySelector('.dateline')?.textContent).toBe('TANGERANG SELATAN, 4 Desember 2024');
      const scripts = doc.querySelectorAll('script');
      if (!fullPage) expect(scripts.length).toBe(0);
      else {
        expect(scripts.length).toBe(1);
        const ld = JSON.parse(scripts[0]!.textContent ?? '') as Record<string, unknown>;
        expect(ld['@type']).toBe('NewsArticle');
        expect(ld.headline).toBe(seed.headline);
        expect(ld.inLanguage).toBe('id');
        expect(ld.articleBody).toBe(paragraphs.join('\n\n'));
        expect(doc.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Redaksi Tangsel');
        expect(doc.documentElement.getAttribute('lang')).toBe('id');
      }
    });
  }

  it('Markdown round-trips to the same paragraphs and metadata', async () => {
    const md = asText((await exportTo('md', seed)).data);
    const back = importMarkdown(md);
    expect(back.headline).toBe(seed.headline);
    expect(paragraphsOf(docFromBlocks(back.blocks))).toEqual(paragraphs);
    expect(back.byline).toBe(seed.byline);
    expect(back.tags).toEqual(seed.tags);
    expect(back.datelineDate).toBe('2024-12-04');
    expect(back.language).toBe('id');
    // bare CommonMark: no front matter, headline as "# "
    const bare = exportMarkdown(seed, { frontMatter: false });
    expect(bare.startsWith(`# ${seed.headline}\n\n`)).toBe(true);
    expect(importMarkdown(bare).blocks.map((b) => b.runs.map((r) => r.text).join(''))).toEqual(paragraphs);
    // and the CommonMark reference implementation reads the same paragraphs
    if (CMARK) {
      const doc = parseHtml(cmarkToHtml(bare));
      expect(doc.querySelector('h1')!.textContent).toBe(seed.headline);
      expect(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent)).toEqual(paragraphs);
    } else console.warn('[export] cmark not found (Debian: apt-get install cmark): CommonMark reference check skipped');
  });

  it('plain text: headline first, then byline/dateline, paragraphs separated by blank lines', () => {
    const txt = exportText(seed);
    const chunks = txt.trimEnd().split('\n\n');
    expect(chunks[0]).toBe(seed.headline);
    expect(chunks[1]).toBe('Redaksi Tangsel\nTANGERANG SELATAN, 4 Desember 2024');
    expect(chunks.slice(2)).toEqual(paragraphs);
  });

  it('DOCX opens: every XML part is well-formed and the body text is in document.xml', async () => {
    const { data } = await exportTo('docx', seed);
    expect(data).toBeInstanceOf(Uint8Array);
    const zip = await JSZip.loadAsync(data as Uint8Array);
    const names = Object.keys(zip.files);
    expect(names).toContain('word/document.xml');
    expect(names).toContain('[Content_Types].xml');
    for (const name of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      const xml = await zip.file(name)!.async('string');
      expect(() => parseXml(xml), name).not.toThrow();
    }
    const doc = parseXml(await zip.file('word/document.xml')!.async('string'));
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const paras = Array.from(doc.getElementsByTagNameNS(W, 'p')).map((p) =>
      Array.from(p.getElementsByTagNameNS(W, 't'))
        .map((t) => t.textContent)
        .join(''),
    );
    expect(paras).toContain(seed.headline);
    expect(paras).toContain('Redaksi Tangsel');
    for (const p of paragraphs) expect(paras).toContain(p);
    // named styles a desk template can restyle
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (const id of ['Title', 'Byline', 'Dateline', 'BodyText']) expect(styles).toContain(`w:styleId="${id}"`);
  });

  it('ninjs 3.0 validates against the IPTC schema and carries the story', async () => {
    const json = JSON.parse(asText((await exportTo('ninjs', seed)).data)) as Record<string, unknown>;
    const validate = ninjs3Validator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect((json.headlines as Array<{ value: string }>)[0]!.value).toBe(seed.headline);
    const bodies = json.bodies as Array<{ contentType: string; value: string }>;
    expect(bodies.find((b) => b.contentType === 'text/plain')!.value).toBe(paragraphs.join('\n\n'));
    expect(json.by).toBe('Redaksi Tangsel');
    expect(json.language).toBe('id');
    // the validator really rejects: a 1.x property in a 3.0 object
    expect(validate({ ...json, headline: 'x' })).toBe(false);
  });

  it('ninjs 1.6 validates against the IPTC schema and carries the story', async () => {
    const json = JSON.parse(asText((await exportTo('ninjs1', seed)).data)) as Record<string, unknown>;
    const validate = ninjs1Validator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.headline).toBe(seed.headline);
    expect(json.body_text).toBe(paragraphs.join('\n\n'));
    expect(json.byline).toBe('Redaksi Tangsel');
    expect(validate({ ...json, headlines: [] })).toBe(false);
  });

  it('JSON exports equal the objects they were built from', () => {
    expect(JSON.parse(asText(JSON.stringify(ninjs3(seed))))).toEqual(ninjs3(seed));
    expect(JSON.parse(asText(JSON.stringify(ninjs1(seed))))).toEqual(ninjs1(seed));
  });

  describe.skipIf(!XMLLINT)('NewsML-G2 (xmllint)', () => {
    it('validates against the IPTC NewsML-G2 2.35 XSD and carries the story', () => {
      const xml = exportNewsml(seed);
      const r = xmllintNewsml(xml);
      expect(r.ok, r.output).toBe(true);
      const doc = parseXml(xml);
      const NAR = 'http://iptc.org/std/nar/2006-10-01/';
      expect(doc.getElementsByTagNameNS(NAR, 'headline')[0]!.textContent).toBe(seed.headline);
      const ps = Array.from(doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'p'))
        .filter((p) => !p.getAttribute('class'))
        .map((p) => p.textContent);
      expect(ps).toEqual(paragraphs);
    });

    it('the XSD check really rejects an invalid item (element out of order)', () => {
      // pubStatus moved before itemClass: the schema's sequence forbids it
      const swapped = exportNewsml(seed).replace('<pubStatus qcode="stat:usable"/>', '').replace('<itemClass qcode="ninat:text"/>', '<pubStatus qcode="stat:usable"/><itemClass qcode="ninat:text"/>');
      expect(xmllintNewsml(swapped).ok).toBe(false);
    });
  });
  if (!XMLLINT) console.warn('[export] xmllint not found (Debian: apt-get install libxml2-utils): NewsML-G2 XSD validation skipped');
});

describe('hostile content is escaped, never executed', () => {
  const evil: ExportArticle = {
    ...seedArticle(),
    headline: 'Judul </script><script>alert(1)</script> & "kutip"',
    kicker: '<img src=x onerror=alert(1)>',
    byline: '"><svg onload=alert(1)>',
    summary: '</title><script>alert(2)</script>',
    tags: ['<b>tag</b>', '</script>'],
    datelinePlace: 'KOTA <i>X</i>',
    body: docFromBlocks([
      { kind: 'paragraph', runs: [{ text: '<script>alert(3)</script> ' }, { text: 'klik', link: 'javascript:alert(4)' }] },
      { kind: 'paragraph', runs: [{ text: 'data', link: 'data:text/html,<script>alert(5)</script>' }, { text: ' dan ' }, { text: 'aman', link: 'https://example.org/a?b=1&c=2' }, { text: ' kutip', link: 'https://example.org/"q"' }] },
      { kind: 'quote', runs: [{ text: '<iframe src="https://evil.example"></iframe>' }] },
      { kind: 'paragraph', runs: [{ text: 'vb', link: ' JaVaScRiPt:alert(6)' }, { text: ' mail', link: 'mailto:desk@example.org' }] },
    ]),
  };

  for (const fullPage of [false, true]) {
    it(`HTML ${fullPage ? 'page' : 'fragment'}: text shows as text, unsafe links become plain text`, () => {
      const html = exportHtml(evil, { fullPage });
      const doc = parseHtml(html);
      expect(unsafeMarkup(doc)).toEqual([]);
      expect(html).not.toMatch(/href="\s*(javascript|data):/i);
      expect(doc.querySelector('h1')!.textContent).toBe(evil.headline);
      expect(doc.querySelector('.kicker')!.textContent).toBe(evil.kicker);
      const links = Array.from(doc.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]);
      expect(links).toEqual([
        ['aman', 'https://example.org/a?b=1&c=2', 'noopener'],
        [' mail', 'mailto:desk@example.org', 'noopener'],
      ]);
      const text = doc.querySelector('article')!.textContent!;
      expect(text).toContain('<script>alert(3)</script> klik');
      expect(text).toContain('vb mail');
      if (fullPage) {
        const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { headline: string };
        expect(ld.headline).toBe(evil.headline);
        expect(html.match(/<\/script/gi)!.length).toBe(1);
        expect(doc.title).toBe(evil.headline);
      }
    });
  }

  it('Markdown: markup in the copy stays literal text after import', () => {
    const md = exportMarkdown(evil);
    // every "<" of the copy is backslash-escaped (front matter uses \u003c)
    expect(md).not.toMatch(/(^|[^\\])<(script|img|svg|iframe|\/)/im);
    expect(md).not.toMatch(/\]\((javascript|data):/i);
    const back = importMarkdown(md);
    expect(back.headline).toBe(evil.headline);
    expect(back.blocks.map((b) => b.runs.map((r) => r.text).join(''))).toEqual(paragraphsOf(evil.body).map((p) => p.replace(/\s+$/, '')));
    expect(back.blocks.flatMap((b) => b.runs.map((r) => r.link).filter(Boolean))).toEqual(['https://example.org/a?b=1&c=2', 'mailto:desk@example.org']);
  });

  it('NewsML-G2 and ninjs stay valid with hostile text', () => {
    expect(ninjs3Validator()(ninjs3(evil))).toBe(true);
    expect(ninjs1Validator()(ninjs1(evil))).toBe(true);
    expect(() => parseXml(exportNewsml(evil))).not.toThrow();
    if (XMLLINT) expect(xmllintNewsml(exportNewsml(evil)).ok).toBe(true);
  });
});

describe('HTML import of our own export', () => {
  it('reads back headline, metadata and body', () => {
    const back = importHtml(exportHtml(seed, { fullPage: true }));
    expect(back.headline).toBe(seed.headline);
    expect(back.kicker).toBe(seed.kicker);
    expect(back.byline).toBe(seed.byline);
    expect(back.summary).toBe(seed.summary);
    expect(back.datelinePlace).toBe('TANGERANG SELATAN');
    expect(back.datelineDate).toBe('2024-12-04');
    expect(back.language).toBe('id');
    expect(paragraphsOf(docFromBlocks(back.blocks))).toEqual(paragraphs);
  });

  it('reads foreign HTML: source newlines are spaces, <br> is a break, scripts are dropped', () => {
    const back = importHtml(
      '<h1>Title</h1><div>one\n  two <b>bold</b><br>next<script>alert(1)</script></div><p onclick="x()">para <a href="javascript:1">link</a></p><ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>',
    );
    expect(back.headline).toBe('Title');
    expect(back.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'one two ' }, { text: 'bold', bold: true }, { text: '\n' }, { text: 'next' }] },
      { kind: 'paragraph', runs: [{ text: 'para link' }] },
      { kind: 'bullet', runs: [{ text: 'a' }] },
      { kind: 'bullet', runs: [{ text: 'b' }] },
      { kind: 'number', runs: [{ text: 'c' }] },
    ]);
  });

  it('reads the formatting of a Google Docs / Word paste from inline styles', () => {
    const gdocs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:400;">biasa </span><span style="font-weight:700;">tebal</span><span style="font-style:italic;"> miring</span><span style="text-decoration:underline;"> garis</span></p></b>';
    expect(importHtml(gdocs).blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'biasa ' }, { text: 'tebal', bold: true }, { text: ' miring', italic: true }, { text: ' garis', underline: true }] },
    ]);
    expect(importHtml('<p class="MsoNormal"><b>Kata<span style="font-weight:normal"> lepas</span></b></p>').blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Kata', bold: true }, { text: ' lepas' }] },
    ]);
  });
});
