/**
 * The desk's spellings through the services (issue 12, a trust follow-up): a name the desk
 * confirms as right as written is never reported as a typo by the checks main runs for a stored
 * story; the list keeps one entry per word whatever its case, survives a restart, and a malformed
 * entry is refused before any service code runs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { dispatch } from '../../main/transport/dispatch.js';
import type { Services } from '../../shared/api/contract.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { tempDir } from '../helpers/tmp.js';

const STORY = [
  'Reports say Standard Life, which owns a stake, backed the deal. Standard Life Investments agreed.',
  'The exchange also talks to Euronext and Liffe, the derivatives market.',
  'Standard Life said nothing.',
];

describe('desk spellings', () => {
  let dir: string;
  let store: Store;
  let api: Services;
  beforeEach(() => {
    dir = tempDir();
    store = openStore(dir);
    api = createServices(store);
  });
  afterEach(() => store.close());

  const names = async (id: string) => (await api['findings.check']({ id })).filter((f) => f.rule === 'name-variant');

  it('a spelling on the list is not a typo in the stored story\'s checks; taken off, it is again', async () => {
    const { id } = await api['drafts.create']({ headline: 'Exchange talks', body: docFromParagraphs(STORY) });
    expect((await names(id)).map((f) => STORY[f.paragraph]!.slice(f.start, f.end))).toEqual(['Liffe']);
    expect((await api['settings.deskSpellings.add']({ word: 'Liffe' })).deskSpellings).toEqual(['Liffe']);
    expect(await names(id)).toEqual([]);
    // one entry per word, whatever its case; newest first
    expect((await api['settings.deskSpellings.add']({ word: 'LIFFE' })).deskSpellings).toEqual(['Liffe']);
    expect((await api['settings.deskSpellings.add']({ word: 'Rodgers' })).deskSpellings).toEqual(['Rodgers', 'Liffe']);
    expect((await api['settings.deskSpellings.remove']({ word: 'liffe' })).deskSpellings).toEqual(['Rodgers']);
    expect(await names(id)).toHaveLength(1);
  });

  it('survives a restart of the store', async () => {
    await api['settings.deskSpellings.add']({ word: 'Liffe' });
    store.close();
    store = openStore(dir);
    api = createServices(store);
    expect((await api['settings.get']({})).deskSpellings).toEqual(['Liffe']);
  });

  it('refuses what is not one word before any service code runs, and changes nothing', async () => {
    for (const word of ['Standard Life', '', '   ', 'x'.repeat(61), '<script>', '-Liffe']) {
      const r = await dispatch(api, 'settings.deskSpellings.add', { word });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-argument');
    }
    expect((await dispatch(api, 'settings.set', { deskSpellings: ['two words'] })).ok).toBe(false);
    expect((await api['settings.get']({})).deskSpellings).toEqual([]);
    // names of other scripts and with inner marks are words
    for (const word of ["O'Neill", 'Ñúñez', 'Al-Hilal', 'Nguyễn']) expect((await dispatch(api, 'settings.deskSpellings.add', { word })).ok).toBe(true);
  });
});
