import { describe, expect, it } from 'vitest';
import { matchPeople, mentionQueryAt, mentionsIn } from '../../shared/model/mentions.js';

const PEOPLE = ['Dewi', 'Dewi Lestari', 'Budi Santoso', "Ni Luh O'Neil"];

describe('mentionsIn', () => {
  it('takes the longest known name after @, any case, each once, in the spelling of the list', () => {
    expect(mentionsIn('@dewi lestari, cek dengan @Dewi dan @DEWI LESTARI lagi', PEOPLE)).toEqual(['Dewi Lestari', 'Dewi']);
    expect(mentionsIn("tanya @Ni Luh O'Neil.", PEOPLE)).toEqual(["Ni Luh O'Neil"]);
  });
  it('a name must end where a name cannot go on; an e-mail address or an unknown name is no mention', () => {
    expect(mentionsIn('@Dewiana datang', PEOPLE)).toEqual([]);
    expect(mentionsIn('kirim ke dewi@kompas.id', PEOPLE)).toEqual([]);
    expect(mentionsIn('@Rina tolong', PEOPLE)).toEqual([]);
    expect(mentionsIn('tanpa sebutan', PEOPLE)).toEqual([]);
  });
});

describe('the composer list', () => {
  it('finds the partly typed name before the caret', () => {
    expect(mentionQueryAt('cek @De', 7)).toEqual({ start: 4, query: 'De' });
    expect(mentionQueryAt('cek @Dewi Les', 13)).toEqual({ start: 4, query: 'Dewi Les' });
    expect(mentionQueryAt('a@b', 3)).toBeNull();
    expect(mentionQueryAt('@Dewi sudah saya tanya kemarin', 30)).toBeNull();
    expect(mentionQueryAt('tanpa', 5)).toBeNull();
  });
  it('offers names starting with the query first, then names with a word that does; none once a name is finished', () => {
    expect(matchPeople(PEOPLE, 'de')).toEqual(['Dewi', 'Dewi Lestari']);
    expect(matchPeople(PEOPLE, 'san')).toEqual(['Budi Santoso']);
    expect(matchPeople(PEOPLE, 'Dewi Lestari ')).toEqual([]);
    expect(matchPeople(PEOPLE, '', 2)).toEqual(['Dewi', 'Dewi Lestari']);
  });
});
