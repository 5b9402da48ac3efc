// Bulk actions on a selection of GitRepos, as the operator, with a result per item: one GitRepo is
// deleted behind the page's back, so its item fails in words while the others succeed.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import { screenshot } from './support/app';
import { gitRepoNames } from './support/k8s';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, getGitRepo } from './support/gitrepo';
import { signInAsOperator, uniqueName, viewportShot, WS } from './support/gitrepo-form';

/** An action on a busy dev server (next start is quick). */
const SLOW = { timeout: 45_000 };

test('bulk pause, force update, download and delete report per item and change exactly the selection', async ({ page }) => {
  test.setTimeout(120_000);
  const prefix = uniqueName('bulk');
  const names = ['a', 'b', 'c'].map((s) => `${prefix}-${s}`);
  const [a, b, c] = names as [string, string, string];
  try {
    for (const n of names) await createGitRepoAsAdmin(WS, n, { repo: 'https://github.com/acme/bulk.git', branch: 'main' });
    await signInAsOperator(page);

    // The filter is in the URL; the server filters, so exactly our three are listed.
    await page.goto(`/w/${WS}/gitrepos?q=${prefix}`);
    await expect(page.getByTestId('gitrepo-row')).toHaveCount(3);
    await page.getByTestId('select-all').check();
    const bar = page.getByTestId('bulk-bar');
    await expect(bar).toContainText('3 selected');

    // Pause: all three, each reported.
    await bar.getByTestId('bulk-pause').click();
    const results = page.getByTestId('bulk-results');
    await expect(results).toContainText('Paused: 3 succeeded', SLOW);
    for (const n of names) {
      await expect(results.locator(`[data-testid="bulk-result"][data-name="${n}"]`)).toHaveAttribute('data-status', 'ok');
      expect((await getGitRepo(WS, n))?.spec.paused, n).toBe(true);
    }
    // The paused marker shows in the rows (live update or refetch).
    await expect(page.getByTestId('gitrepo-row').filter({ hasText: 'Paused' })).toHaveCount(3);

    // c disappears behind the page's back: force update succeeds for a and b, fails for c in words.
    await deleteGitRepoAsAdmin(WS, c);
    await bar.getByTestId('bulk-force-update').click();
    const dialog = page.getByTestId('force-update-dialog');
    await expect(dialog).toContainText('Force update 3 GitRepos?');
    await dialog.getByTestId('confirm-button').click();
    await expect(results).toContainText('Force update: 2 succeeded, 1 failed', SLOW);
    await expect(results.locator(`[data-name="${c}"]`)).toHaveAttribute('data-status', 'error');
    await expect(results.locator(`[data-name="${c}"]`)).toContainText('does not exist');
    for (const n of [a, b]) {
      await expect(results.locator(`[data-name="${n}"]`)).toHaveAttribute('data-status', 'ok');
      expect((await getGitRepo(WS, n))?.spec.forceSyncGeneration, n).toBe(1);
    }
    await screenshot(page, 'gitrepo-list-bulk-results');

    // Download YAML: one multi-document file with the GitRepos that could be read.
    const [download] = await Promise.all([page.waitForEvent('download'), bar.getByTestId('bulk-download').click()]);
    await expect(results).toContainText('Download YAML: 2 succeeded, 1 failed', SLOW);
    const docs = parseAllDocuments(fs.readFileSync(await download.path(), 'utf8')).map((d) => d.toJS() as { kind: string; metadata: { name: string }; status?: unknown });
    expect(docs.map((d) => d.metadata.name)).toEqual(expect.arrayContaining([a, b]));
    expect(docs).toHaveLength(2);
    expect(docs.every((d) => d.kind === 'GitRepo' && d.status === undefined)).toBe(true);

    // Delete: typed confirmation naming the count, then per item.
    await bar.getByTestId('bulk-delete').click();
    const del = page.getByTestId('delete-dialog');
    await expect(del).toContainText('Delete 3 GitRepos?');
    await expect(del.getByTestId('keep-resources-note')).toContainText('removed');
    await del.getByTestId('confirm-input').fill('delete 3');
    await viewportShot(page, 'gitrepo-bulk-delete-confirm');
    await del.getByTestId('confirm-button').click();
    // c is already gone: deleting it reached the goal, and says so.
    await expect(results).toContainText('Delete: 3 succeeded', SLOW);
    await expect(results.locator(`[data-name="${c}"]`)).toContainText('Already deleted');
    for (const n of [a, b]) await expect.poll(() => getGitRepo(WS, n)).toBeUndefined();
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await expect(page.getByTestId('bulk-bar'), 'deleted items leave the selection').toBeHidden();
  } finally {
    for (const n of names) await deleteGitRepoAsAdmin(WS, n);
  }
});

test('the list: state filter, sort and paging come from the URL and match the API server', async ({ page }) => {
  await signInAsOperator(page);
  test.skip((await gitRepoNames(WS)).length < 6, 'needs a few seeded GitRepos');
  await page.goto(`/w/${WS}/gitrepos?pageSize=5&page=2&sort=name&dir=desc`);
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  const pageOf = async () =>
    (await (await page.request.get(`/api/w/${WS}/gitrepos?pageSize=5&page=2&sort=name&dir=desc`)).json()) as { items: { name: string }[]; total: number };
  // Re-read both sides until they agree: on a shared instance someone else may be adding GitRepos.
  await expect.poll(async () => (await pageOf()).total - (await gitRepoNames(WS)).length, { message: 'every GitRepo the API server holds' }).toBe(0);
  const body = await pageOf();
  await page.reload();
  await expect(page.getByTestId('gitrepo-name')).toHaveText(body.items.map((i) => i.name));
  await expect(page.getByText(`Showing 6–${5 + body.items.length} of ${body.total}`)).toBeVisible();
  await screenshot(page, 'gitrepo-list');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(400); // colours are transitioned; capture the settled theme
  await screenshot(page, 'gitrepo-list-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.goto(`/w/${WS}/gitrepos?state=ErrApplied`);
  const errs = (await (await page.request.get(`/api/w/${WS}/gitrepos?state=ErrApplied`)).json()) as { total: number };
  if (errs.total === 0) await expect(page.getByTestId('empty-state')).toBeVisible();
  else await expect(page.getByTestId('gitrepo-row').first()).toBeVisible();
  await expect(page.getByText(new RegExp(`${errs.total} matching`))).toBeVisible();
});
