/**
 * Helpers for the editor/desk end-to-end tests: contract calls straight to the web server (to
 * inspect what was really saved), a paste that goes through the real clipboard event path, and
 * waiting for the visible save state.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { WebServer } from './harness.js';

export async function call<T = unknown>(server: WebServer, method: string, input: unknown = {}): Promise<T> {
  const res = await fetch(new URL(`/api/${method}`, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-redaksi-token': server.token },
    body: JSON.stringify(input),
  });
  const env = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!env.ok) throw new Error(`${method}: ${env.error?.message}`);
  return env.value as T;
}

export const editorBox = (page: Page) => page.getByRole('textbox', { name: /^(story text|isi berita)$/i });

export async function newStory(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^(＋ )?(new story|berita baru)$/i }).click();
  await editorBox(page).waitFor();
  await expect.poll(() => page.url()).toMatch(/#\/draft\//);
  return draftIdOf(page);
}

export function draftIdOf(page: Page): string {
  const m = page.url().match(/#\/draft\/([^/?#]+)/);
  if (!m) throw new Error(`not on an editor page: ${page.url()}`);
  return decodeURIComponent(m[1]!);
}

export async function waitSaved(page: Page): Promise<void> {
  const state = page.getByRole('status', { name: /^(save state|status simpan)$/i });
  // a change is pending first, then saved: wait until the indicator settles on "saved"
  await expect.poll(async () => state.getAttribute('data-state'), { timeout: 15_000, interval: 100 }).toBe('saved');
  await page.waitForTimeout(50);
  await expect.poll(async () => state.getAttribute('data-state'), { timeout: 15_000, interval: 100 }).toBe('saved');
}

/** Fire a real `paste` ClipboardEvent at the editor, as the browser does for Ctrl+V. */
export async function paste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await editorBox(page).focus();
  await page.evaluate(({ html, text }) => {
    const el = document.querySelector('.editor-input');
    if (!el) throw new Error('no editor');
    const dt = new DataTransfer();
    if (html !== undefined) dt.setData('text/html', html);
    if (text !== undefined) dt.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

export async function openApp(page: Page, server: WebServer): Promise<void> {
  await page.goto(server.appUrl);
  await page.getByRole('button', { name: /^(＋ )?(new story|berita baru)$/i }).waitFor();
}
