/**
 * Private notes (renderer/editor/notes.ts) never leave Redaksi: a marker written in a note is in
 * no export target, each read the way its consumer reads it (DOCX unzipped), while the story text
 * around the note is. The comment and reply half of this guarantee is in
 * tests/services/comments.test.ts (comments live in the database, not in the body).
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportTo } from '../../shared/export/index.js';
import { FILE_TARGETS } from '../../shared/model/export-target.js';
import { NOTE_TYPE, paragraphsOf, countWords, plainTextOf } from '../../shared/model/lexical-doc.js';
import type { LexicalJson, SerializedNode } from '../../shared/model/draft.js';
import { wordpressFieldsOf } from '../../main/services/cms/wordpress.js';
import { ghostFieldsOf } from '../../main/services/cms/ghost.js';
import { seedArticle } from './seed.js';

const MARKER = 'ZQXNOTE7741';
const text = (t: string): SerializedNode => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
const note = (t: string): SerializedNode => ({ type: NOTE_TYPE, children: [text(t)], direction: null, format: '', indent: 0, version: 1 });

function withNotes(body: LexicalJson): LexicalJson {
  const children = [...(body.root.children ?? [])];
  children.splice(1, 0, note(`cek lagi angka ini ${MARKER} ke humas`));
  children.push(note(`${MARKER} terakhir`));
  return { root: { ...body.root, children } };
}

async function asText(data: string | Uint8Array, target: string): Promise<string> {
  if (typeof data === 'string') return data;
  if (target !== 'docx') return new TextDecoder().decode(data);
  const zip = await JSZip.loadAsync(data);
  const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
  return parts.join('\n');
}

describe('private notes', () => {
  const plain = seedArticle();
  const noted = seedArticle({ body: withNotes(plain.body) });

  it('are not paragraphs: checks, word counts and plain text skip them', () => {
    expect(paragraphsOf(noted.body)).toEqual(paragraphsOf(plain.body));
    expect(countWords(plainTextOf(noted.body))).toBe(countWords(plainTextOf(plain.body)));
    expect(plainTextOf(noted.body)).not.toContain(MARKER);
  });

  it.each([...FILE_TARGETS])('are stripped from %s', async (target) => {
    const file = await exportTo(target, noted, { fullPage: target === 'html' });
    const out = await asText(file.data, target);
    expect(out).not.toContain(MARKER);
    // the story itself is exported: a second paragraph's opening words are there
    const second = paragraphsOf(plain.body)[1]!.split(' ').slice(0, 3).join(' ');
    expect(out.length).toBeGreaterThan(200);
    if (target !== 'docx') expect(out.replace(/\s+/g, ' ')).toContain(second.slice(0, 12));
  });

  it('are stripped from the WordPress and Ghost payloads', () => {
    const wp = JSON.stringify(wordpressFieldsOf(noted));
    const ghost = JSON.stringify(ghostFieldsOf(noted));
    expect(wp).not.toContain(MARKER);
    expect(ghost).not.toContain(MARKER);
    expect(wp).toContain(paragraphsOf(plain.body)[1]!.slice(0, 12));
    expect(ghost).toContain(paragraphsOf(plain.body)[1]!.slice(0, 12));
  });
});
