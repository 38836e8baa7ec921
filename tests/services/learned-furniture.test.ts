/**
 * Learned boilerplate through the services (issue 12, point 2b): a short line standing word for
 * word in five or more earlier stories of the store is page furniture, and the message says in
 * how many; edits, trash and the story itself are counted right; lines the shape rules or the
 * desk's list already flag are not reported twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import type { Services } from '../../shared/api/contract.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Finding } from '../../shared/model/finding.js';
import { tempDir } from '../helpers/tmp.js';

// a portal's sign-off that no shape rule knows
const SIGN_OFF = 'Kirim cerita Anda ke redaksi kami, hadiah menanti.';
const storyText = (n: number) => [
  `Hujan deras mengguyur kecamatan nomor ${n} sejak malam sehingga ratusan rumah warga terendam air setinggi satu meter lebih.`,
  SIGN_OFF,
];

describe('learned boilerplate (archive short lines)', () => {
  let store: Store;
  let api: Services;
  beforeEach(() => {
    store = openStore(tempDir());
    api = createServices(store);
  });
  afterEach(() => store.close());

  const learned = (found: Finding[]) => found.filter((f) => f.rule === 'page-furniture');

  it('flags a line once five other stories hold it, with the count; not before, and not counting the story itself', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 4; n++) ids.push((await api['drafts.create']({ headline: `Banjir ${n}`, body: docFromParagraphs(storyText(n)) })).id);
    const draft = await api['drafts.create']({ headline: 'Banjir baru', body: docFromParagraphs(storyText(99)) });
    // four other stories: not yet boilerplate
    expect(learned(await api['findings.archive']({ draftId: draft.id, paragraphs: storyText(99) }))).toEqual([]);
    ids.push((await api['drafts.create']({ headline: 'Banjir 4', body: docFromParagraphs(storyText(4)) })).id);
    const found = learned(await api['findings.archive']({ draftId: draft.id, paragraphs: storyText(99) }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ paragraph: 1, confidence: 'medium' });
    expect(found[0]!.message).toContain('in 5 earlier stories');
    expect(found[0]!.fix?.edits[0]).toMatchObject({ paragraph: 1 });

    // an edit that drops the line from one story, and a trashed story, count no more
    await api['drafts.save']({ id: ids[0]!, body: docFromParagraphs([storyText(0)[0]!]), baseVersion: 1 });
    expect(learned(await api['findings.archive']({ draftId: draft.id, paragraphs: storyText(99) }))).toEqual([]);
    await api['drafts.save']({ id: ids[0]!, body: docFromParagraphs(storyText(0)), baseVersion: 2 });
    expect(learned(await api['findings.archive']({ draftId: draft.id, paragraphs: storyText(99) }))).toHaveLength(1);
    await api['drafts.trash']({ id: ids[1]! });
    expect(learned(await api['findings.archive']({ draftId: draft.id, paragraphs: storyText(99) }))).toEqual([]);
  });

  it('leaves lines the shape rules or the desk list flag to them', async () => {
    const junk = ['Baca juga: Harga cabai naik lagi di pasar induk', SIGN_OFF];
    for (let n = 0; n < 6; n++) await api['drafts.create']({ headline: `Cerita ${n}`, body: docFromParagraphs([storyText(n)[0]!, ...junk]) });
    let found = learned(await api['findings.archive']({ paragraphs: junk }));
    expect(found.map((f) => f.paragraph)).toEqual([1]);
    await api['settings.deskFurniture.add']({ line: SIGN_OFF });
    found = learned(await api['findings.archive']({ paragraphs: junk }));
    expect(found).toEqual([]);
  });
});
