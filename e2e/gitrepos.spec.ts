import { expect, test } from '@playwright/test';
import { gitRepoNames } from './support/k8s';
import { expectListMatchesApi, shownGitRepoNames } from './support/app';

// Local mode (FLEETDASH_LOCAL_USER_CONTEXT=admin): no sign-in needed.
test('the Git Repos page lists the GitRepos the API server holds', async ({ page }) => {
  for (const ws of ['fleet-default', 'fleet-local']) {
    const expected = await gitRepoNames(ws);
    await page.goto(`/w/${ws}/gitrepos?pageSize=500`);
    await expect(page.getByRole('heading', { name: 'Git Repos' })).toBeVisible();
    if (expected.length === 0) {
      await expect(page.getByText(`No GitRepos in ${ws} yet`)).toBeVisible();
    } else {
      await expectListMatchesApi(page, ws, 500);
    }
  }
});

test('switching workspace changes the list and the URL', async ({ page }) => {
  const [fromNames, toNames] = await Promise.all([gitRepoNames('fleet-default'), gitRepoNames('fleet-local')]);
  expect(fromNames, 'the seed should give the two workspaces different GitRepos').not.toEqual(toNames);

  await page.goto('/w/fleet-default/gitrepos');
  await expectListMatchesApi(page, 'fleet-default');
  await page.getByTestId('workspace-switcher').selectOption('fleet-local');
  await expect(page).toHaveURL(/\/w\/fleet-local\/gitrepos$/);
  await expectListMatchesApi(page, 'fleet-local');

  // `/` now reopens the remembered workspace.
  await page.goto('/');
  await expect(page).toHaveURL(/\/w\/fleet-local\/gitrepos$/);
});

test('filter, state and sort live in the URL and are applied by the server', async ({ page }) => {
  const names = await gitRepoNames('fleet-default');
  test.skip(names.length < 2, 'needs at least two seeded GitRepos');
  const target = names[names.length - 1] as string;

  await page.goto('/w/fleet-default/gitrepos');
  await page.getByRole('searchbox').fill(target);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(target)}`));
  await expect.poll(() => shownGitRepoNames(page)).toContain(target);

  // A shared link reproduces the view.
  await page.goto(`/w/fleet-default/gitrepos?sort=name&dir=desc&pageSize=500`);
  await expect
    .poll(async () => {
      const shown = await page.getByTestId('gitrepo-name').allTextContents();
      return shown.length > 1 && shown.every((n, i) => i === 0 || (shown[i - 1] as string).localeCompare(n) > 0);
    })
    .toBe(true);
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');

  // A bad link says what is wrong instead of showing a blank page.
  await page.goto('/w/fleet-default/gitrepos?pageSize=9999');
  await expect(page.getByRole('alert').filter({ hasText: 'filter' })).toContainText('pageSize must be at most 500');
});

test('the list API rejects bad parameters with a message', async ({ request }) => {
  for (const [qs, msg] of [
    ['pageSize=0', 'pageSize must be 1 or more'],
    ['sort=colour', 'sort must be one of'],
    ['state=Broken', 'state must be one of'],
    ['bogus=1', 'unknown parameter'],
  ]) {
    const res = await request.get(`/api/w/fleet-default/gitrepos?${qs}`);
    expect(res.status(), qs).toBe(400);
    expect((await res.json()).error).toContain(msg);
  }
  expect((await request.get('/api/w/Not_A_Namespace/gitrepos')).status()).toBe(400);
});
