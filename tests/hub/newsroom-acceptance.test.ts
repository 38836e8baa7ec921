/**
 * Issue 13's acceptance on the command line: one hub (`redaksi hub serve`, real PostgreSQL on
 * loopback), two workstations (two --data-dirs): a reporter and an editor.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Services } from '../../shared/api/contract.js';
import type { SyncReport } from '../../main/newsroom/sync.js';
import { SESSION_FILE } from '../../main/newsroom/session-file.js';
import { pgCluster } from '../helpers/hub.js';
import { redaksiAsync, startHubProcess, type HubProcess } from '../helpers/hub-process.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';
import { SEED_ARTICLE, tempDir } from '../helpers/tmp.js';

async function ok(args: string[]): Promise<string> {
  const r = await redaksiAsync(args);
  if (r.code !== 0) throw new Error(`redaksi ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** the app's own services on a workstation's folder, as the editor window would use them */
async function onWorkstation<T>(dir: string, fn: (api: Services) => Promise<T> | T): Promise<T> {
  const store = openStore(dir);
  try {
    return await fn(createServices(store));
  } finally {
    store.close();
  }
}

describe.skipIf(!PG_BIN_DIR)(`newsroom acceptance: two workstations, one hub${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  let hub: HubProcess;
  let databaseUrl: string;
  let secrets: string;

  beforeAll(async () => {
    databaseUrl = await (await pgCluster()).createDatabase();
    secrets = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-hub-secrets-'));
    expect(await ok(['hub', 'init', '--database', databaseUrl])).toMatch(/applied 1/);
    for (const [name, role] of [['rina', 'reporter'], ['edi', 'editor']] as const) {
      fs.writeFileSync(path.join(secrets, name), `${name}-secret-pw\n`, { mode: 0o600 });
      expect(await ok(['hub', 'user', 'add', name, '--role', role, '--password-file', path.join(secrets, name), '--database', databaseUrl])).toMatch(/Added/);
    }
    expect(await ok(['hub', 'user', 'list', '--database', databaseUrl])).toBe('edi\teditor\nrina\treporter\n');
    hub = await startHubProcess(databaseUrl);
    expect(hub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  }, 300_000);

  afterAll(async () => {
    await hub?.stop();
    if (secrets) fs.rmSync(secrets, { recursive: true, force: true });
  });

  it('submit, review, approve across machines; the hub refuses the reporter\'s approval even after a hand-edited database; offline edits of both survive', async () => {
    const reporter = tempDir();
    const editor = tempDir();
    const login = (dir: string, name: string) => ok(['login', hub.url, '--user', name, '--password-file', path.join(secrets, name), '--data-dir', dir]);
    expect(await login(reporter, 'rina')).toMatch(/Signed in to .* as rina \(reporter\)/);
    expect(await login(editor, 'edi')).toMatch(/as edi \(editor\)/);
    expect(fs.statSync(path.join(reporter, SESSION_FILE)).mode & 0o777).toBe(0o600);
    const wrong = await redaksiAsync(['login', hub.url, '--user', 'rina', '--password-file', path.join(secrets, 'edi'), '--data-dir', tempDir()]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Wrong user name or password/);

    // the reporter imports the seed, sets a byline, submits (through the hub) and syncs
    const imported = JSON.parse(await ok(['import', SEED_ARTICLE, '--json', '--data-dir', reporter])) as { imported: Array<{ id: string; headline: string }> };
    const { id, headline } = imported.imported[0]!;
    await onWorkstation(reporter, (api) => api['drafts.save']({ id, meta: { byline: 'Rina Wijaya' } }));
    expect(await ok(['status', id, '--to', 'submitted', '--data-dir', reporter])).toMatch(/is now submitted/);
    await ok(['sync', '--data-dir', reporter]);

    // the editor sees it with the reporter's name and status submitted
    const editorSync = JSON.parse(await ok(['sync', '--json', '--data-dir', editor])) as SyncReport;
    expect(editorSync.down).toEqual([expect.objectContaining({ id, headline, owner: 'rina', status: 'submitted' })]);
    const seen = JSON.parse(await ok(['show', id, '--json', '--data-dir', editor])) as { draft: { status: string; byline: string; paragraphs: string[] } };
    expect(seen.draft).toMatchObject({ status: 'submitted', byline: 'Rina Wijaya' });
    expect(seen.draft.paragraphs).toHaveLength(26);
    expect(await ok(['status', id, '--to', 'in_review', '--data-dir', editor])).toMatch(/is now in-review/);

    // the reporter pretends: role and status edited by hand in the local SQLite
    await ok(['sync', '--data-dir', reporter]);
    const db = new Database(path.join(reporter, 'redaksi.db'));
    db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('role', '\"editor\"')").run();
    db.close();
    const approve = await redaksiAsync(['status', id, '--to', 'approved', '--data-dir', reporter]);
    expect(approve.code).toBe(2);
    expect(approve.stderr).toMatch(/the hub refused: Only an editor can move a story to approved; you are signed in as rina \(reporter\)/);
    const db2 = new Database(path.join(reporter, 'redaksi.db'));
    db2.prepare("UPDATE drafts SET status = 'approved' WHERE id = ?").run(id);
    db2.close();
    const pretended = JSON.parse(await ok(['sync', '--json', '--data-dir', reporter])) as SyncReport;
    expect(pretended.statusRefused).toEqual([expect.objectContaining({ id, wanted: 'approved', kept: 'in-review' })]);
    expect(JSON.parse(await ok(['show', id, '--json', '--data-dir', reporter])).draft.status).toBe('in-review');

    // the editor approves; the reporter syncs and sees approved with the editor's name in the history
    expect(await ok(['status', id, '--to', 'approved', '--data-dir', editor])).toMatch(/is now approved/);
    const reporterSync = JSON.parse(await ok(['sync', '--json', '--data-dir', reporter])) as SyncReport;
    expect(reporterSync.down).toEqual([expect.objectContaining({ id, status: 'approved' })]);
    const history = await onWorkstation(reporter, (api) => api['drafts.history']({ id }));
    expect(history.filter((h) => h.kind === 'status').map((h) => [h.who, h.to])).toEqual(
      expect.arrayContaining([
        ['rina', 'submitted'],
        ['edi', 'in-review'],
        ['edi', 'approved'],
      ]),
    );
    expect(JSON.parse(await ok(['show', id, '--json', '--data-dir', reporter])).draft.status).toBe('approved');

    // both edit the same story offline, then sync: one text current, the other a conflict revision
    const edit = (dir: string, text: string) =>
      onWorkstation(dir, async (api) => {
        const d = await api['drafts.get']({ id });
        await api['drafts.save']({ id, baseVersion: d.version, body: docFromParagraphs([text, 'Paragraf kedua.']) });
      });
    await edit(reporter, 'Teks versi reporter Rina.');
    await edit(editor, 'Teks versi editor Edi.');
    await ok(['sync', '--data-dir', reporter]);
    const conflicted = JSON.parse(await ok(['sync', '--json', '--data-dir', editor])) as SyncReport;
    expect(conflicted.conflicts).toEqual([expect.objectContaining({ id, keptAs: expect.stringMatching(/^conflicting copy by edi, \d{4}-\d\d-\d\d \d\d:\d\d UTC$/) })]);
    await onWorkstation(editor, async (api) => {
      expect((await api['drafts.get']({ id })).plainText).toContain('Teks versi reporter Rina.');
      const copy = (await api['revisions.list']({ draftId: id })).find((r) => r.reason === 'conflict')!;
      expect(copy.label).toBe(conflicted.conflicts[0]!.keptAs);
      expect((await api['revisions.get']({ id: copy.id })).plainText).toContain('Teks versi editor Edi.');
    });
    await ok(['sync', '--data-dir', reporter]);
    await onWorkstation(reporter, async (api) => expect((await api['drafts.get']({ id })).plainText).toContain('Teks versi reporter Rina.'));

    expect(await ok(['logout', '--data-dir', reporter])).toMatch(/Signed out/);
    expect(fs.existsSync(path.join(reporter, SESSION_FILE))).toBe(false);
    const after = await redaksiAsync(['sync', '--data-dir', reporter]);
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/not signed in/);
  }, 900_000); // some thirty CLI processes, each seconds on a loaded machine
});
