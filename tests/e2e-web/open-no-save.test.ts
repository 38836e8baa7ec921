/**
 * Opening a story never saves it (issue 14 point 2): with no edit, its version and "changed
 * since the last export" stay as they were, however long the story stays open.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './harness.js';
import { call, editorBox, webSuite } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';

describe.skipIf(!chromiumAvailable)('opening a story (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Redaktur', role: 'editor', uiLanguage: 'en', theme: 'light' });

  it('opening and leaving a story with no edit saves nothing', async () => {
    const page = await suite.freshPage();
    const server = suite.server;
    const d = await call<Draft>(server, 'drafts.create', {
      headline: 'Harga cabai naik',
      language: 'id',
      body: docFromParagraphs(['Harga cabai di pasar induk naik sejak pekan lalu, kata pedagang.', 'Pasokan dari daerah penghasil berkurang karena hujan.']),
      meta: { byline: 'Rina', kicker: 'EKONOMI' },
    });
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    // longer than the autosave debounce
    await page.waitForTimeout(2500);
    await page.goto(`${server.url}#/`);
    await page.waitForTimeout(1000);
    const after = await call<Draft>(server, 'drafts.get', { id: d.id });
    expect(after.version).toBe(d.version);
  });
});
