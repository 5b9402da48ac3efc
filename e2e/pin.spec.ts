// Pin a GitRepo to a commit and unpin it, against the seeded API server. What it proves: the dialog offers the
// commits Fleet reported (status.commit, status.pollingCommit) or a typed SHA, refuses a bad SHA beside the input
// in the same words as the server (422 with a field error), asks for confirmation, and writes spec.revision with the
// branch cleared and remembered; "Pinned to <sha7>" shows on the detail page, the GitRepo list and the applications
// view; Unpin returns to the remembered branch; a GitRepo whose settings changed meanwhile is a 409 in words (a status
// write by Fleet is not); a viewer is offered
// neither action and a forced request is a 403 in words.
import { expect, test, type Page } from '@playwright/test';
import { screenshot, signIn } from './support/app';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, getGitRepo, kube, patchGitRepoAsAdmin } from './support/gitrepo';
import { signInAsOperator, uniqueName, viewportShot, WS } from './support/gitrepo-form';
import { tokenFor } from './support/k8s';
import { signedIn } from './support/person';

const DEPLOYED = '1111111111111111111111111111111111111111';
const POLLED = '2222222222222222222222222222222222222222';
const TYPED = 'abcdef0123456789abcdef0123456789abcdef01';
const ANNOTATION = 'fleet-dashboard/unpin-branch';

let name: string;

test.beforeEach(async () => {
  name = uniqueName('pin');
  await createGitRepoAsAdmin(WS, name, { repo: 'https://github.com/acme/pin.git', branch: 'release' });
  // What Fleet's gitjob writes once it has read the branch (status.commit deployed, status.pollingCommit seen).
  const s = await kube('PATCH', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}/status`, {
    status: { observedGeneration: 1, commit: DEPLOYED, pollingCommit: POLLED, readyClusters: 0, desiredReadyClusters: 0 },
  });
  expect(s.status).toBe(200);
});

test.afterEach(async () => {
  await deleteGitRepoAsAdmin(WS, name);
});

async function openPin(page: Page) {
  await page.goto(`/w/${WS}/gitrepos/${name}`);
  await page.getByTestId('action-pin').click();
  const d = page.getByTestId('pin-dialog');
  await expect(d).toBeVisible();
  return d;
}

test('operator pins to a typed commit (bad SHAs refused in words), sees it everywhere, and unpins back to the branch', async ({ page }) => {
  await signInAsOperator(page);
  const d = await openPin(page);
  // The commits Fleet reported, labelled.
  await expect(d.getByTestId('pin-choice')).toHaveCount(2);
  await expect(d).toContainText(DEPLOYED);
  await expect(d).toContainText('deployed');
  await expect(d).toContainText(POLLED);
  await expect(d).toContainText('newest seen by polling');
  await viewportShot(page, 'pin-dialog-light');

  // A typed SHA: too short, then not hex, each refused beside the input.
  await d.getByTestId('pin-choice-other').check();
  const sha = d.getByTestId('pin-sha');
  await sha.fill('abc1234');
  await d.getByTestId('pin-review').click();
  await expect(sha).toHaveAttribute('aria-invalid', 'true');
  await expect(sha).toHaveAccessibleDescription(/Enter the full commit SHA \(40 hexadecimal digits, 64 for SHA-256 repositories\)/);
  await sha.fill('release-2026');
  await sha.press('Enter');
  await expect(sha).toHaveAccessibleDescription(/A commit SHA is made of hexadecimal digits \(0-9, a-f\)/);
  await sha.fill(` ${TYPED.toUpperCase()} `);
  await d.getByTestId('pin-review').click();

  // Confirmation says what happens, then the pin.
  await expect(d.getByTestId('pin-confirmation')).toContainText(`Fleet will deploy commit ${TYPED}`);
  await expect(d.getByTestId('pin-confirmation')).toContainText('stop following branch release');
  await viewportShot(page, 'pin-confirm-light');
  await d.getByTestId('pin-confirm').click();
  await expect(d).toBeHidden();
  await expect(page.getByTestId('action-result')).toContainText(`Pinned to ${TYPED.slice(0, 7)}`);
  await expect(page.getByTestId('pinned-badge')).toHaveText(`Pinned to ${TYPED.slice(0, 7)}`);
  const pinned = await getGitRepo(WS, name);
  expect(pinned?.spec.revision).toBe(TYPED);
  expect(pinned?.spec.branch).toBeUndefined();
  expect((pinned?.metadata as { annotations?: Record<string, string> }).annotations?.[ANNOTATION]).toBe('release');
  await expect(page.getByText('Unpin returns to branch release')).toBeVisible();
  await screenshot(page, 'pin-detail-light');

  // The GitRepo list and the applications view say so too.
  await page.goto(`/w/${WS}/gitrepos?q=${name}`);
  await expect(page.locator(`[data-testid="gitrepo-row"][data-name="${name}"]`).getByTestId('pinned-badge')).toContainText(`Pinned to ${TYPED.slice(0, 7)}`);
  await page.goto(`/w/${WS}/applications?q=${name}`);
  await expect(page.locator(`[data-testid="application-row"][data-name="${name}"]`).getByTestId('pinned-badge')).toContainText(`Pinned to ${TYPED.slice(0, 7)}`);

  // Unpin: back to branch release.
  await page.goto(`/w/${WS}/gitrepos/${name}`);
  await page.getByTestId('action-unpin').click();
  await expect(page.getByTestId('unpin-dialog')).toContainText('follows branch release again');
  await page.getByTestId('unpin-dialog').getByTestId('confirm-button').click();
  await expect(page.getByTestId('action-result')).toContainText('Unpinned: follows branch release again.');
  await expect(page.getByTestId('pinned-badge')).toHaveCount(0);
  await expect(page.getByTestId('action-pin')).toBeVisible();
  const unpinned = await getGitRepo(WS, name);
  expect(unpinned?.spec.branch).toBe('release');
  expect(unpinned?.spec.revision).toBeUndefined();
  expect((unpinned?.metadata as { annotations?: Record<string, string> }).annotations?.[ANNOTATION]).toBeUndefined();
});

test('pin to a reported commit from the keyboard; dark and 390 px', async ({ page }) => {
  await signInAsOperator(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const d = await openPin(page);
  await viewportShot(page, 'pin-dialog-dark');
  // The deployed commit is chosen first; pick the polled one with the arrow key, Review, confirm.
  await d.getByTestId('pin-choice').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(d.getByTestId('pin-choice').nth(1)).toBeChecked();
  await d.getByTestId('pin-review').click();
  await d.getByTestId('pin-confirm').click();
  await expect(page.getByTestId('pinned-badge')).toContainText(`Pinned to ${POLLED.slice(0, 7)}`);
  expect((await getGitRepo(WS, name))?.spec.revision).toBe(POLLED);
  await screenshot(page, 'pin-detail-dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.getByTestId('pinned-badge')).toBeVisible();
  await screenshot(page, 'pin-detail-narrow');
  await page.getByTestId('action-unpin').click();
  await viewportShot(page, 'unpin-dialog-narrow');
});

test('a GitRepo whose settings changed meanwhile is refused with a 409 in words; a status write alone is not', async ({ page, baseURL }) => {
  await signInAsOperator(page);
  const d = await openPin(page);
  await d.getByTestId('pin-review').click();
  // Someone else changes it between what the page shows and the request: the page's resourceVersion is stale.
  const stale = (await getGitRepo(WS, name))!.metadata;
  await patchGitRepoAsAdmin(WS, name, { spec: { pollingInterval: '1m' } });
  await page.route('**/pin', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
    await route.continue({ postData: JSON.stringify({ ...body, resourceVersion: stale.resourceVersion, generation: stale.generation }) });
  });
  await d.getByTestId('pin-confirm').click();
  await expect(d.getByTestId('pin-error')).toHaveText(
    `GitRepo ${name}: its settings changed after this page loaded them (generation ${stale.generation} → ${stale.generation! + 1}). Nothing was changed: look at it again and retry.`,
  );
  const g = await getGitRepo(WS, name);
  expect(g?.spec.branch).toBe('release');
  expect(g?.spec.revision).toBeUndefined();

  // Fleet writes status on every poll: a pin made from a page one status write behind still applies.
  const { api, writeHeaders } = await signedIn(baseURL!, tokenFor('operator'));
  const loaded = (await getGitRepo(WS, name))!.metadata;
  const st = await kube('PATCH', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}/status`, { status: { pollingCommit: TYPED } });
  expect(st.status).toBe(200);
  const r = await api.post(`/api/w/${WS}/gitrepos/${name}/pin`, {
    headers: await writeHeaders(),
    data: { action: 'pin', sha: DEPLOYED, resourceVersion: loaded.resourceVersion, generation: loaded.generation },
  });
  expect(r.status(), await r.text()).toBe(200);
  expect((await getGitRepo(WS, name))?.spec.revision).toBe(DEPLOYED);
});

test('API: a bad SHA is a 422 with a field error; unpinning what is not pinned is a 409', async ({ baseURL }) => {
  const { api, writeHeaders } = await signedIn(baseURL!, tokenFor('operator'));
  const { resourceVersion: rv, generation } = (await getGitRepo(WS, name))!.metadata;
  const bad = await api.post(`/api/w/${WS}/gitrepos/${name}/pin`, { headers: await writeHeaders(), data: { action: 'pin', sha: 'abc', resourceVersion: rv, generation } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).fieldErrors).toEqual([{ field: 'sha', message: 'Enter the full commit SHA (40 hexadecimal digits, 64 for SHA-256 repositories)' }]);
  const notPinned = await api.post(`/api/w/${WS}/gitrepos/${name}/pin`, { headers: await writeHeaders(), data: { action: 'unpin', resourceVersion: rv, generation } });
  expect(notPinned.status()).toBe(409);
  expect((await notPinned.json()).error).toBe(`GitRepo ${name} is not pinned to a commit: there is nothing to unpin.`);
  expect((await getGitRepo(WS, name))?.spec.branch).toBe('release');
});

test('viewer: no Pin or Unpin offered; a forced request is a 403 in words and writes nothing', async ({ page, baseURL }) => {
  await signIn(page, tokenFor('viewer'));
  await page.goto(`/w/${WS}/gitrepos/${name}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('read-only-note')).toBeVisible();
  await expect(page.getByTestId('action-pin')).toHaveCount(0);
  await expect(page.getByTestId('action-unpin')).toHaveCount(0);

  const { api, writeHeaders } = await signedIn(baseURL!, tokenFor('viewer'));
  const { resourceVersion: rv, generation } = (await getGitRepo(WS, name))!.metadata;
  const r = await api.post(`/api/w/${WS}/gitrepos/${name}/pin`, { headers: await writeHeaders(), data: { action: 'pin', sha: DEPLOYED, resourceVersion: rv, generation } });
  expect(r.status()).toBe(403);
  expect((await r.json()).error).toMatch(/not allowed to (patch|change)/i);
  expect((await getGitRepo(WS, name))?.spec.revision).toBeUndefined();
});
