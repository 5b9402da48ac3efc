// Live updates: a status change written straight to the API server (as Fleet's controller would) shows up in an open
// list and detail page without a reload, and the stream resumes after the browser lost its connection.
import { expect, test, type Page } from '@playwright/test';
import { WS_DEFAULT } from '../scripts/seed/fixtures';
import { screenshot } from './support/app';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, kube } from './support/gitrepo';

const statusPath = (ns: string, name: string) => `/apis/fleet.cattle.io/v1alpha1/namespaces/${ns}/gitrepos/${name}/status`;

/**
 * Writes status the way Fleet's controllers do: through the status subresource, with what the git job controller
 * records once it has handled the GitRepo (observedGeneration, commit, gitJobStatus) — without them the dashboard
 * rightly shows it as not processed yet.
 */
async function writeStatus(ns: string, name: string, ready: number, desired: number, state?: 'ErrApplied' | 'NotReady'): Promise<void> {
  // Every counter explicitly: a merge patch keeps the ones it does not name.
  const summary = {
    desiredReady: desired,
    ready,
    errApplied: state === 'ErrApplied' ? desired - ready : 0,
    notReady: state === 'NotReady' ? desired - ready : 0,
  };
  const r = await kube('PATCH', statusPath(ns, name), {
    status: {
      observedGeneration: 1,
      commit: '0123456789abcdef0123456789abcdef01234567',
      gitJobStatus: 'Current',
      conditions: [{ type: 'Ready', status: state ? 'False' : 'True', lastUpdateTime: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), ...(state ? { message: `${state}(${desired - ready}) [Bundle ${name}-simple]` } : {}) }],
      summary,
      readyClusters: ready,
      desiredReadyClusters: desired,
      display: { readyBundleDeployments: `${ready}/${desired}`, state: state ?? '', message: state ? `${state}(${desired - ready}) [Cluster e2e-live]` : '' },
    },
  });
  if (r.status !== 200) throw new Error(`status write: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
}

/** A marker that a reload would wipe: the assertion after a change proves the page was not reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

const live = (page: Page) => page.getByTestId('live-indicator');

test.describe('live updates', () => {
  const name = `e2e-live-${Date.now()}`;

  test.beforeAll(async () => {
    await createGitRepoAsAdmin(WS_DEFAULT, name, { repo: 'https://github.com/rancher/fleet-examples', branch: 'main', paths: ['simple'] });
    await writeStatus(WS_DEFAULT, name, 3, 3);
  });
  test.afterAll(async () => {
    await deleteGitRepoAsAdmin(WS_DEFAULT, name);
  });

  test('a status change appears in the open list and detail pages without reload', async ({ page }) => {
    await page.goto(`/w/${WS_DEFAULT}/gitrepos?q=${name}`);
    const row = page.getByTestId('gitrepo-row').filter({ hasText: name });
    await expect(row).toContainText('3/3');
    await expect(live(page)).toHaveText(/Live/);
    await expect(live(page)).toHaveAttribute('data-state', 'live');
    await markPage(page);

    const t0 = Date.now();
    await writeStatus(WS_DEFAULT, name, 1, 3, 'ErrApplied');
    await expect(row).toContainText('1/3');
    await expect(row).toContainText(/Err ?Applied/i);
    test.info().annotations.push({ type: 'write→list', description: `${Date.now() - t0} ms` });
    await expectNotReloaded(page);
    await screenshot(page, 'live-list-after-change');

    // Detail page of the same GitRepo.
    await row.getByTestId('gitrepo-name').click();
    await expect(page).toHaveURL(new RegExp(`/gitrepos/${name}`));
    const detail = page.getByTestId('gitrepo-detail');
    await expect(detail).toContainText(/Err ?Applied/i);
    await expect(live(page)).toHaveAttribute('data-state', 'live');
    await markPage(page);
    await writeStatus(WS_DEFAULT, name, 2, 3, 'NotReady');
    await expect(detail).toContainText(/Not ?Ready/i);
    await expect(detail).not.toContainText(/Err ?Applied/i);
    await expectNotReloaded(page);
    await screenshot(page, 'live-detail-after-change');
  });

  test('after the connection drops, the indicator says so and the stream resumes with what was missed', async ({ page, context }) => {
    await writeStatus(WS_DEFAULT, name, 3, 3);
    await page.goto(`/w/${WS_DEFAULT}/gitrepos?q=${name}`);
    const row = page.getByTestId('gitrepo-row').filter({ hasText: name });
    await expect(row).toContainText('3/3');
    await expect(live(page)).toHaveAttribute('data-state', 'live');
    await markPage(page);

    await context.setOffline(true);
    await expect(live(page)).toHaveText(/Reconnecting/);
    await screenshot(page, 'live-reconnecting');
    // Written while the tab cannot hear about it: the resumed stream (Last-Event-ID / since) must deliver it.
    await writeStatus(WS_DEFAULT, name, 0, 3, 'ErrApplied');
    await page.waitForTimeout(500);
    await context.setOffline(false);
    await expect(live(page)).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    await expect(row).toContainText('0/3');
    await expectNotReloaded(page);
  });

  test('the stream refuses bad parameters and forbidden workspaces in words', async ({ request }) => {
    const bad = await request.get('/api/events?kinds=secrets');
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/unknown kind "secrets"/);
    const badSince = await request.get('/api/events?kinds=gitrepos&since=../../etc');
    expect(badSince.status()).toBe(400);
    expect((await badSince.json()).error).toMatch(/not an event id/);
  });
});
