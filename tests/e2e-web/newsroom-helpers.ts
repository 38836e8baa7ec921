/** What the newsroom e2e tests do alike (kept apart from ui-helpers.ts: it loads the hub's test helpers). */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { passwordOf } from '../helpers/hub.js';

/** Signs in to a newsroom hub through Settings -> Newsroom, as a user would; the password is not kept in the form. */
export async function signInToHub(page: Page, hubUrl: string, user: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + '#/settings');
  const card = page.locator('.newsroom-card');
  await card.getByLabel('Hub address').fill(hubUrl);
  await card.getByLabel('User name').fill(user);
  await card.getByLabel('Password').fill(passwordOf(user));
  await card.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => card.locator('.newsroom-who').getAttribute('data-user'), { timeout: 15_000 }).toBe(user);
  expect(await card.locator('input[type="password"]').count()).toBe(0);
}
