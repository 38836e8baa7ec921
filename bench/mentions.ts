/**
 * `npm run -s bench -- --only mentions` (issue 15): the comment calls that read across the store,
 * on a store with 200,000 history events by 300 people and 5,000 comment threads, 1 in 10
 * mentioning someone:
 * - `comments.people` offline (the names offered after `@`: comment authors, mentioned names and
 *   the people in the newest history events), median of 15;
 * - `comments.waiting` (the desk's "Waiting for me"), median of 15;
 * - `comments.add` with a mention, median of 15.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../main/services/index.js';
import { openStore } from '../main/store/index.js';
import { median, round, spread } from './lib/stats.js';
import { runIfMain } from './run-alone.js';

const HISTORY = 200_000;
const THREADS = 5_000;
const PEOPLE = 300;
const RUNS = 15;

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

async function timed(fn: () => unknown): Promise<number[]> {
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return xs;
}

export async function run(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-mentions-'));
  const store = openStore(dir);
  try {
    const api = createServices(store);
    await api['settings.set']({ userName: 'user 0' });
    const stories: string[] = [];
    for (let i = 0; i < 100; i++) stories.push((await api['drafts.create']({ headline: `Berita ${i}` })).id);
    const ins = store.db.prepare("INSERT INTO history (draft_id, at, who, kind) VALUES (?, '2026-01-01T00:00:00Z', ?, 'revision')");
    store.db.transaction(() => {
      for (let i = 0; i < HISTORY; i++) ins.run(stories[i % stories.length], `user ${i % PEOPLE}`);
    })();
    for (let i = 0; i < THREADS; i++) {
      const mention = i % 10 === 0 ? `user ${i % PEOPLE}` : null;
      await api['comments.add']({ draftId: stories[i % stories.length]!, id: uuid(i + 1), text: mention ? `sumber? @${mention}` : 'sumber?', quote: '', ...(mention ? { mentions: [mention] } : {}) });
    }
    const people = await timed(() => api['comments.people']({}));
    const waiting = await timed(() => api['comments.waiting']({ name: 'user 10' }));
    let n = THREADS;
    const add = await timed(() => api['comments.add']({ draftId: stories[0]!, id: uuid(++n), text: 'cek @user 7 ya', quote: '', mentions: ['user 7'] }));
    console.log(`[mentions] comments.people offline: ${spread(people)}`);
    console.log(`[mentions] comments.waiting: ${spread(waiting)}`);
    console.log(`[mentions] comments.add with a mention: ${spread(add)}`);
    return { mentions_people_ms: round(median(people)), mentions_waiting_ms: round(median(waiting)), mentions_add_ms: round(median(add)) };
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, run);
