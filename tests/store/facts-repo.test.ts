/**
 * Verified-facts base and finding decisions on real SQLite in a temp dir (issue 5).
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { FactNotFoundError, FactsRepo } from '../../main/store/facts-repo.js';
import { openStore, type Store } from '../../main/store/index.js';
import { migrate } from '../../main/store/migrate.js';
import { MIGRATIONS } from '../../main/store/migrations/index.js';
import { createFactChecker, parseFactsCsv, parseFactsJson, FactParseError } from '../../shared/analysis/facts/index.js';
import { tempDir } from '../helpers/tmp.js';

let stores: Store[] = [];
afterEach(() => {
  for (const s of stores) s.close();
  stores = [];
});

function open(): { store: Store; repo: FactsRepo; dir: string } {
  const dir = tempDir();
  const store = openStore(dir);
  stores.push(store);
  let tick = 0;
  const repo = new FactsRepo(store.db, { now: () => new Date(Date.UTC(2024, 11, 4, 10, 30, tick++)).toISOString() });
  return { store, repo, dir };
}

const fadli = {
  subject: 'Fadli Afriadi',
  attribute: 'jabatan',
  value: 'Kepala Perwakilan Ombudsman RI Provinsi Banten',
  source: 'https://ombudsman.go.id/perwakilan/banten',
  asOf: '2024-12-01',
  verifiedBy: 'desk',
  verifiedAt: '2024-12-02T09:00:00Z',
};


describe('migration 5: facts table', () => {
  it('creates the facts table on a database at version 4 and keeps existing rows', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'facts'").get()).toBeUndefined();
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'facts'").get()).toBeTruthy();
    expect(db.prepare("SELECT value FROM settings WHERE key = 'x'").get()).toEqual({ value: '1' });
    db.close();
  });
});

describe('FactsRepo (real SQLite)', () => {
  it('adds, lists, updates and retires facts; retired facts leave the active list', () => {
    const { repo } = open();
    const a = repo.add(fadli);
    expect(a.id).toMatch(/[0-9a-f-]{36}/);
    const b = repo.add({ subject: 'Dinas Sosial', attribute: 'nilai kepatuhan 2024', value: '96,14', unit: 'poin' });
    expect(repo.list().map((f) => f.subject)).toEqual(['Dinas Sosial', 'Fadli Afriadi']);
    const updated = repo.update(a.id, { value: 'Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten' });
    expect(updated.value).toBe('Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten');
    expect(updated.source).toBe(fadli.source);
    expect(updated.updatedAt > updated.createdAt).toBe(true);
    repo.retire(b.id);
    expect(repo.list().map((f) => f.id)).toEqual([a.id]);
    expect(repo.list({ includeRetired: true }).find((f) => f.id === b.id)?.retired).toBe(true);
    repo.retire(b.id, false);
    expect(repo.list()).toHaveLength(2);
  });

  it('rejects a fact without subject, attribute or value, and unknown ids', () => {
    const { repo } = open();
    expect(() => repo.add({ subject: '', attribute: 'jabatan', value: 'x' })).toThrow(FactParseError);
    expect(() => repo.add({ subject: 'A', attribute: 'jabatan', value: '   ' })).toThrow(/value is required/);
    expect(() => repo.update('nope', { value: 'x' })).toThrow(FactNotFoundError);
    expect(() => repo.retire('nope')).toThrow(FactNotFoundError);
    expect(repo.list()).toEqual([]);
  });

  it('survives closing and reopening the database', () => {
    const { store, dir } = open();
    new FactsRepo(store.db).add(fadli);
    store.close();
    stores = [];
    const again = openStore(dir);
    stores.push(again);
    expect(new FactsRepo(again.db).list().map((f) => f.value)).toEqual([fadli.value]);
  });

  it('exports CSV and JSON that import back to the same facts (round trip, commas and quotes intact)', () => {
    const { repo } = open();
    repo.add(fadli);
    repo.add({ subject: 'Pemkot Tangsel', attribute: 'nilai', value: '96,45', unit: 'poin', source: 'Ombudsman, "Penilaian 2024"' });
    const retired = repo.add({ subject: 'Old', attribute: 'jabatan', value: 'Camat' });
    repo.retire(retired.id);
    const csv = repo.export('csv');
    const json = repo.export('json');
    const strip = (fs: Array<Record<string, unknown>>) => fs.map(({ id: _i, createdAt: _c, updatedAt: _u, ...f }) => f).sort((x, y) => String(x.subject).localeCompare(String(y.subject)));
    const expected = strip(repo.list({ includeRetired: true }) as unknown as Array<Record<string, unknown>>);
    expect(strip(parseFactsCsv(csv) as unknown as Array<Record<string, unknown>>)).toEqual(expected);
    expect(strip(parseFactsJson(json) as unknown as Array<Record<string, unknown>>)).toEqual(expected);
    // into a fresh base
    const other = open().repo;
    expect(other.import(csv, { fileName: 'facts.csv' })).toEqual({ added: 3, updated: 0, retired: 0 });
    expect(strip(other.list({ includeRetired: true }) as unknown as Array<Record<string, unknown>>)).toEqual(expected);
  });

  it('imports a desk spreadsheet (semicolons, Indonesian headers), merging on subject + attribute', () => {
    const { repo } = open();
    repo.add(fadli);
    const csv = 'Subjek;Atribut;Nilai;Sumber\r\nFadli Afriadi;jabatan;Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten;SK 2025\r\nBenyamin Davnie;jabatan;Wali Kota Tangerang Selatan;kpu.go.id\r\n';
    expect(repo.import(csv, { fileName: 'fakta.csv' })).toEqual({ added: 1, updated: 1, retired: 0 });
    const facts = repo.list();
    expect(facts).toHaveLength(2);
    expect(facts.find((f) => f.subject === 'Fadli Afriadi')?.value).toMatch(/^Wakil Kepala/);
    expect(facts.find((f) => f.subject === 'Fadli Afriadi')?.source).toBe('SK 2025');
  });

  it('a bad row aborts the whole import (nothing half-written)', () => {
    const { repo } = open();
    repo.add(fadli);
    const json = JSON.stringify({ facts: [{ subject: 'A', attribute: 'jabatan', value: 'Camat' }, { subject: 'B', attribute: 'jabatan' }] });
    expect(() => repo.import(json, { fileName: 'x.json' })).toThrow(/fact 2.*value is required|line 2: value is required/);
    expect(repo.list().map((f) => f.subject)).toEqual(['Fadli Afriadi']);
    expect(() => repo.import('subject,value\nA,B\n', { fileName: 'x.csv' })).toThrow(/header/);
  });

  it('replace-import retires the facts the file no longer lists', () => {
    const { repo } = open();
    repo.add(fadli);
    repo.add({ subject: 'X', attribute: 'jabatan', value: 'Camat' });
    const r = repo.import(JSON.stringify([fadli]), { fileName: 'base.json', mode: 'replace' });
    expect(r).toEqual({ added: 0, updated: 1, retired: 1 });
    expect(repo.list().map((f) => f.subject)).toEqual(['Fadli Afriadi']);
  });

  it('the stored base drives the checker: "Wakil Kepala" conflicts with the seed wording, retiring it clears the warning', () => {
    const { repo } = open();
    const f = repo.add({ ...fadli, value: 'Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten' });
    const paragraphs = ['Penghargaan diserahkan Kepala Kantor Perwakilan Ombudsman Banten Fadli Afriadi dan diterima Wali Kota Tangsel Benyamin Davnie, Rabu (4/12/2024).'];
    const checker = createFactChecker();
    expect(checker.check({ paragraphs, language: 'id', facts: repo.list() }).filter((x) => x.rule === 'fact-conflict')).toHaveLength(1);
    repo.retire(f.id);
    expect(checker.check({ paragraphs, language: 'id', facts: repo.list() }).filter((x) => x.rule === 'fact-conflict')).toHaveLength(0);
  });
});
