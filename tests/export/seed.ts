/**
 * The seed article as a desk would export it: line 1 is the headline, lines 6-16 the body and
 * line 27 the sign-off; the page furniture (lines 2-5) and the repeated block (17-26) are left out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { ExportArticle } from '../../shared/export/model.js';

export const SEED_PATH = fileURLToPath(new URL('../fixtures/articles/000_29685aeed6ed132a.txt', import.meta.url));

export function seedLines(): string[] {
  return readFileSync(SEED_PATH, 'utf8').replace(/\r\n?/g, '\n').split('\n');
}

/** body paragraphs in order (lines 6-16 and 27, 1-based) */
export function seedParagraphs(): string[] {
  const lines = seedLines();
  return [...lines.slice(5, 16), lines[26]!].map((l) => l.trim());
}

export function seedArticle(overrides: Partial<ExportArticle> = {}): ExportArticle {
  const lines = seedLines();
  return {
    draftId: 'seed-000',
    revisionId: 3,
    headline: lines[0]!.trim(),
    kicker: 'Pelayanan Publik',
    byline: 'Redaksi Tangsel',
    datelinePlace: 'TANGERANG SELATAN',
    datelineDate: '2024-12-04',
    section: 'Metro',
    tags: ['Ombudsman', 'Tangsel', 'pelayanan publik'],
    slug: 'pemkot-tangsel-borong-penghargaan-ombudsman',
    summary: 'Pemkot Tangsel meraih nilai 96,45 dalam penilaian kepatuhan pelayanan publik Ombudsman RI 2024.',
    language: 'id',
    body: docFromParagraphs(seedParagraphs()),
    createdAt: '2024-12-04T08:00:00.000Z',
    updatedAt: '2024-12-04T09:30:00.000Z',
    exportedAt: '2024-12-04T10:00:00.000Z',
    ...overrides,
  };
}
