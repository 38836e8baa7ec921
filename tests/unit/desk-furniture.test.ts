/** The desk's own list of website leftovers in the checks (shared/analysis/desk-furniture.ts). */
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../shared/analysis/index.js';
import { deskFurnitureLookup, normalizeFurnitureLine, withDeskFurnitureLine, withoutDeskFurnitureLine } from '../../shared/analysis/desk-furniture.js';
import { createStoryAnalyzer } from '../../shared/analysis/index.js';

const story = ['Banjir merendam tiga desa di Kabupaten Bekasi sejak Senin malam.', 'Kirim cerita Anda ke redaksi kami!', 'Warga mengungsi ke balai desa.'];

describe('desk furniture', () => {
  it('normalises what a scraper changes and a reader does not see', () => {
    expect(normalizeFurnitureLine('  Kirim  cerita ANDA ke redaksi kami!! ')).toBe('kirim cerita anda ke redaksi kami');
    expect(normalizeFurnitureLine('Baca juga:')).toBe('baca juga');
    expect(normalizeFurnitureLine('Cafe\u0301 kami')).toBe(normalizeFurnitureLine('Café kami'));
  });

  it('adds a line once in any spelling, newest first, and removes it in any spelling', () => {
    const one = withDeskFurnitureLine([], 'Kirim cerita Anda ke redaksi kami!');
    expect(withDeskFurnitureLine(one, 'kirim cerita anda ke redaksi kami')).toEqual(one);
    const two = withDeskFurnitureLine(one, 'Simak video lainnya');
    expect(two).toEqual(['Simak video lainnya', 'Kirim cerita Anda ke redaksi kami!']);
    expect(withoutDeskFurnitureLine(two, 'KIRIM CERITA ANDA KE REDAKSI KAMI')).toEqual(['Simak video lainnya']);
  });

  it('a checker\'s lookup keeps its set while a copy of the same list comes in, and follows a changed one', () => {
    const lookup = deskFurnitureLookup();
    const first = lookup(['Simak video lainnya']);
    expect([...first]).toEqual(['simak video lainnya']);
    expect(lookup(['Simak video lainnya'])).toBe(first);
    expect([...lookup(['Simak video lainnya', 'Baca juga:'])]).toEqual(['simak video lainnya', 'baca juga']);
    expect([...lookup([])]).toEqual([]);
    // one analyzer over several checks: a list taken off stops flagging the line
    const analyzer = createStoryAnalyzer();
    const flagged = (deskFurniture?: string[]) => analyzer.analyze({ paragraphs: story, language: 'id', ...(deskFurniture ? { deskFurniture } : {}) }).filter((f) => f.rule === 'page-furniture').length;
    expect(flagged(['Kirim cerita Anda ke redaksi kami!'])).toBe(1);
    expect(flagged()).toBe(0);
    expect(flagged([])).toBe(0);
  });

  it('a listed line is a whole-line page-furniture finding with a delete fix; nothing without the list', () => {
    expect(analyzeStory({ paragraphs: story, language: 'id' }).filter((f) => f.rule === 'page-furniture')).toEqual([]);
    const found = analyzeStory({ paragraphs: story, language: 'id', uiLanguage: 'id', deskFurniture: ['kirim cerita anda ke redaksi kami.'] }).filter((f) => f.rule === 'page-furniture');
    expect(found).toHaveLength(1);
    expect(found[0]!.paragraph).toBe(1);
    expect(found[0]!.message).toContain('daftar desk');
    expect(found[0]!.fix!.edits[0]!.paragraph).toBe(1);
    // a story paragraph that only contains the line is not the line
    const inside = analyzeStory({ paragraphs: ['Pembaca diminta: kirim cerita Anda ke redaksi kami, kata pemimpin redaksi.'], language: 'id', deskFurniture: ['Kirim cerita Anda ke redaksi kami'] });
    expect(inside.filter((f) => f.rule === 'page-furniture')).toEqual([]);
  });
});
