import { describe, expect, it } from 'vitest';
import { openStore } from '../../main/store/index.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { tempDir } from '../helpers/tmp.js';

describe('decisions repository', () => {
  it('records, lists and removes decisions by fingerprint; deciding again replaces', () => {
    const store = openStore(tempDir());
    try {
      store.drafts.insert({ id: 'd1', headline: 'x', slug: 'x', slugLocked: false, status: 'draft', language: 'id', meta: {}, body: docFromParagraphs(['x']), plainText: 'x', wordCount: 1, paragraphCount: 1, at: '2024-12-04T10:30:00Z' });
      const repo = store.decisions;
      const at = '2024-12-04T10:30:00Z';
      const d = repo.put({ draftId: 'd1', fingerprint: 'claim-needs-source:abc', rule: 'claim-needs-source', kind: 'verified', note: 'https://ombudsman.go.id/hasil-2024', who: 'editor', at });
      expect(d.note).toBe('https://ombudsman.go.id/hasil-2024');
      repo.put({ draftId: 'd1', fingerprint: 'name-variant:def', rule: 'name-variant', kind: 'dismissed', note: 'two different people', who: 'editor', at: '2024-12-04T10:31:00Z' });
      expect(repo.list('d1').map((x) => [x.fingerprint, x.kind])).toEqual([
        ['claim-needs-source:abc', 'verified'],
        ['name-variant:def', 'dismissed'],
      ]);
      repo.put({ draftId: 'd1', fingerprint: 'name-variant:def', rule: 'name-variant', kind: 'dismissed', note: 'checked with the reporter', who: 'desk', at: '2024-12-04T10:32:00Z' });
      expect(repo.list('d1').find((x) => x.fingerprint === 'name-variant:def')).toMatchObject({ note: 'checked with the reporter', who: 'desk' });
      expect(repo.remove('d1', 'claim-needs-source:abc')).toBe(1);
      expect(repo.remove('d1', 'claim-needs-source:abc')).toBe(0);
      expect(repo.list('d1').map((x) => x.fingerprint)).toEqual(['name-variant:def']);
    } finally {
      store.close();
    }
  });
});
