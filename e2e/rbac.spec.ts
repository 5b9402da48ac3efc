// What each kubeconfig user may see and do is Kubernetes RBAC's decision, shown in words:
// - viewer (get/list/watch everywhere): every workspace and list loads; every change is refused (403) and the UI says so.
// - operator (everything in fleet-default only): fleet-default content; elsewhere a clear "not allowed" message.
import { expect, test, type Page } from '@playwright/test';
import { GITREPO_MANIFESTS, WORKSPACES, WS_DEFAULT, WS_LOCAL } from '../scripts/seed/fixtures';
import { screenshot, signIn } from './support/app';
import { tokenFor } from './support/k8s';
import { getGitRepo, kube } from './support/gitrepo';

const LIST_SECTIONS = ['gitrepos', 'clusters', 'clustergroups', 'bundles'] as const;

/** Workspaces as admin sees them on the API server (the seed's plus any another test made). */
async function apiWorkspaces(): Promise<string[]> {
  const r = await kube<{ items: { metadata: { name: string } }[] }>('GET', '/api/v1/namespaces');
  return r.body.items.map((n) => n.metadata.name).filter((n) => (WORKSPACES as readonly string[]).includes(n));
}

async function csrf(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value ?? '';
  expect(token).not.toBe('');
  return { 'x-csrf-token': token, origin: new URL(page.url()).origin, 'content-type': 'application/json' };
}

test.describe('viewer', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, tokenFor('viewer'));
    await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  });

  test('sees every workspace, and every list loads', async ({ page }) => {
    test.slow(); // eight list routes in two workspaces
    const switcher = page.getByTestId('workspace-switcher');
    for (const ws of await apiWorkspaces()) {
      await expect(switcher.locator('option', { hasText: new RegExp(`^${ws}$`) })).toHaveCount(1);
    }
    await expect(switcher.locator('option', { hasText: 'no access' })).toHaveCount(0);

    for (const ws of [WS_DEFAULT, WS_LOCAL]) {
      for (const kind of LIST_SECTIONS) {
        const res = await page.request.get(`/api/w/${ws}/${kind}?pageSize=5`);
        expect(res.status(), `${kind} in ${ws}: ${await res.text()}`).toBe(200);
      }
    }
    await page.goto(`/w/${WS_LOCAL}/gitrepos`);
    await expect(page.getByTestId('gitrepo-row').first().or(page.getByTestId('empty-state'))).toBeVisible({ timeout: 45_000 });
    await expect(page.getByTestId('load-error')).toHaveCount(0);
  });

  test('pausing a GitRepo is refused by the API server and the page says so', async ({ page }) => {
    const before = await getGitRepo(WS_DEFAULT, GITREPO_MANIFESTS);
    expect(before).toBeDefined();
    await page.goto(`/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}`);
    await expect(page.getByTestId('gitrepo-detail')).toBeVisible();
    await expect(page.getByTestId('read-only-note')).toContainText(/not change them/);

    const pause = page.getByTestId('action-pause');
    if (await pause.isEnabled()) {
      await pause.click();
      const result = page.getByTestId('action-result');
      await expect(result).toHaveAttribute('data-ok', 'false');
      await expect(result).toContainText(/not allowed/i);
      await expect(result).toContainText(/viewer/);
    } else {
      await expect(pause).toBeDisabled();
    }
    await screenshot(page, 'rbac-viewer-refused');

    // The same request straight to the route, with a valid CSRF token: RBAC's 403 in words.
    const res = await page.request.post(`/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}/actions`, {
      headers: await csrf(page),
      data: { action: before!.spec.paused ? 'unpause' : 'pause' },
    });
    expect(res.status()).toBe(403);
    expect((await res.json()).error).toMatch(/viewer.*not allowed to (patch|update)/i);

    const del = await page.request.delete(`/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}`, { headers: await csrf(page) });
    expect(del.status()).toBe(403);
    expect((await del.json()).error).toMatch(/not allowed to delete/i);

    // Nothing changed on the API server.
    const after = await getGitRepo(WS_DEFAULT, GITREPO_MANIFESTS);
    expect(after?.spec.paused ?? false).toBe(before!.spec.paused ?? false);
    expect(after?.metadata.resourceVersion).toBe(before!.metadata.resourceVersion);
  });

  test('creating a GitRepo is refused with a message', async ({ page }) => {
    await page.goto(`/w/${WS_DEFAULT}/gitrepos`);
    const name = `e2e-rbac-viewer-${Date.now()}`;
    const res = await page.request.post(`/api/w/${WS_DEFAULT}/gitrepos`, {
      headers: await csrf(page),
      data: { form: { name, repo: 'https://github.com/rancher/fleet-examples', branch: 'main', paths: ['simple'] } },
    });
    expect(res.status(), await res.text()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    expect(typeof (await res.json()).error).toBe('string');
    expect(await getGitRepo(WS_DEFAULT, name)).toBeUndefined();
  });
});

test.describe('operator', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, tokenFor('operator'));
    await expect(page.getByTestId('current-user')).toHaveText(/operator/);
  });

  test('sees fleet-default content and nothing of other workspaces', async ({ page }) => {
    test.slow(); // eight list routes in two workspaces
    for (const kind of LIST_SECTIONS) {
      const ok = await page.request.get(`/api/w/${WS_DEFAULT}/${kind}?pageSize=5`);
      expect(ok.status(), `${kind} in ${WS_DEFAULT}`).toBe(200);
      const denied = await page.request.get(`/api/w/${WS_LOCAL}/${kind}?pageSize=5`);
      expect(denied.status(), `${kind} in ${WS_LOCAL}`).toBe(403);
      expect((await denied.json()).error).toMatch(new RegExp(`You \\(operator\\) are not allowed to list .* in workspace ${WS_LOCAL}`));
    }
    // All workspaces = only what RBAC allows: every item of every kind lives in fleet-default.
    const all = await page.request.get('/api/w/_all/gitrepos?pageSize=500');
    expect(all.status()).toBe(200);
    const body = (await all.json()) as { items: { namespace: string }[]; total: number };
    expect(body.total).toBeGreaterThan(0);
    expect(new Set(body.items.map((i) => i.namespace))).toEqual(new Set([WS_DEFAULT]));

    // A detail in a forbidden workspace looks exactly like a missing one.
    const hidden = await page.request.get(`/api/w/${WS_LOCAL}/bundles/anything`);
    expect(hidden.status()).toBe(404);

    // The page of a workspace they may see nothing of answers 403 and says so (no empty list, no zero counts).
    const res = await page.goto(`/w/${WS_LOCAL}/gitrepos`);
    expect(res?.status()).toBe(403);
    await expect(page.getByTestId('forbidden')).toContainText(/operator\) are not allowed to see workspace fleet-local/);
    await expect(page.getByTestId('gitrepo-row')).toHaveCount(0);
    await screenshot(page, 'rbac-operator-forbidden');
  });

  test('the live stream is refused for a forbidden workspace, and its pages answer 403 without opening one', async ({ page }) => {
    const res = await page.request.get(`/api/events?kinds=gitrepos&workspace=${WS_LOCAL}`);
    expect(res.status()).toBe(403);
    expect((await res.json()).error).toMatch(/not allowed to list GitRepos in workspace fleet-local/);
    // Only streams for the forbidden workspace count: the page signed in on (fleet-default) may still be opening its own.
    const opened: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/events') && r.url().includes(`workspace=${WS_LOCAL}`)) opened.push(r.url());
    });
    expect((await page.goto(`/w/${WS_LOCAL}/gitrepos`))?.status()).toBe(403);
    await expect(page.getByTestId('forbidden')).toBeVisible();
    await expect(page.getByTestId('live-indicator')).toHaveCount(0);
    expect(opened).toEqual([]);
  });
});
