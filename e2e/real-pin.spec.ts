// Pin to a commit against Fleet's own controllers and agents (instance fleet-test): a GitRepo following master is
// pinned through the dashboard to the commit before the newest, and Fleet's gitjob checks that commit out and the
// agents deploy it (status.commit equals the pin, the downstream ConfigMap goes back); Unpin returns to master and
// its newest commit. Every expectation is read from the API servers Fleet wrote to.
import { expect, test } from '@playwright/test';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, kube } from './support/gitrepo';
import { signInAsOperator, WS } from './support/gitrepo-form';
import { commitToManifests, DOWNSTREAM, downstreamGet, eventually, GIT_URL } from './support/real-fleet';

const name = `e2e-pin-${Date.now().toString(36)}`;
const gitRepo = async () =>
  (await kube<{ spec: { branch?: string; revision?: string }; status?: { commit?: string } }>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}`)).body;
const revisions = () =>
  Promise.all(DOWNSTREAM.map((c) => downstreamGet<{ data: Record<string, string> }>(c, `/api/v1/namespaces/${name}/configmaps/web-config`).then((cm) => cm?.data.revision)));

test.afterAll(async () => {
  await deleteGitRepoAsAdmin(WS, name).catch(() => undefined);
});

test('pinned to the previous commit, Fleet deploys that commit; unpinned, it returns to the newest on master', async ({ page }) => {
  await createGitRepoAsAdmin(WS, name, {
    repo: `${GIT_URL}/manifests`,
    branch: 'master',
    pollingInterval: '5s',
    targetNamespace: name,
    targets: [{ clusterGroup: 'downstream' }],
  });
  await eventually('the first commit deployed', async () => /^[0-9a-f]{40}$/.test((await gitRepo()).status?.commit ?? '') && (await revisions()).every(Boolean), 240_000);
  const previous = (await gitRepo()).status!.commit!;
  const before = (await revisions())[0]!;
  const newest = commitToManifests(Number(before) + 1);
  await eventually('the newest commit deployed', async () => (await gitRepo()).status?.commit === newest && (await revisions()).every((r) => r === String(Number(before) + 1)));

  // Fleet reports only the commit it deployed (and the one polling saw): the previous one is typed.
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/gitrepos/${name}`);
  await page.getByTestId('action-pin').click();
  const d = page.getByTestId('pin-dialog');
  await d.getByTestId('pin-choice-other').check();
  await d.getByTestId('pin-sha').fill(previous);
  await d.getByTestId('pin-review').click();
  await d.getByTestId('pin-confirm').click();
  await expect(page.getByTestId('pinned-badge')).toContainText(`Pinned to ${previous.slice(0, 7)}`);

  await eventually('Fleet deployed the pinned commit', async () => (await gitRepo()).status?.commit === previous && (await revisions()).every((r) => r === before), 180_000);
  expect((await gitRepo()).spec).toMatchObject({ revision: previous });
  expect((await gitRepo()).spec.branch).toBeUndefined();

  await page.getByTestId('action-unpin').click();
  await page.getByTestId('unpin-dialog').getByTestId('confirm-button').click();
  await expect(page.getByTestId('action-pin')).toBeVisible();
  await eventually('back on master at its newest commit', async () => (await gitRepo()).status?.commit === newest && (await revisions()).every((r) => r === String(Number(before) + 1)), 180_000);
  expect((await gitRepo()).spec.branch).toBe('master');
});
