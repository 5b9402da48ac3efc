// Page helpers shared by the specs.
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { gitRepoNames } from './k8s';

/** Row names currently shown in the Git Repos table (waits for the table or the empty state). */
export async function shownGitRepoNames(page: Page): Promise<string[]> {
  await expect(page.getByTestId('gitrepo-row').first().or(page.getByTestId('empty-state'))).toBeVisible();
  return (await page.getByTestId('gitrepo-name').allTextContents()).sort();
}

/**
 * The table shows exactly the API server's GitRepos of `ws` (admin's view). Both sides are re-read
 * until they agree, so another writer on a shared dev instance cannot make it flaky.
 */
export async function expectListMatchesApi(page: Page, ws: string, limit = 50): Promise<void> {
  await expect
    .poll(
      async () => {
        const expected = (await gitRepoNames(ws)).slice(0, limit);
        const shown = await shownGitRepoNames(page);
        if (JSON.stringify(shown) === JSON.stringify(expected)) return 'match';
        await page.reload();
        return { expected, shown };
      },
      { timeout: 30_000 },
    )
    .toBe('match');
}

export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Bearer token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
