// Failures as Fleet's own controllers and agents report them, read by the dashboard: a manifest that does not parse
// (the agent's Helm render fails: ErrApplied), a fleet.yaml that `fleet apply` refuses (gitjob's Job fails: Stalled),
// a chart dependency that cannot be fetched, and a downstream agent that stops (its cluster stops checking in).
import { expect, test, type Page } from '@playwright/test';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, kube } from './support/gitrepo';
import { screenshot } from './support/app';
import { signInAsOperator, WS } from './support/gitrepo-form';
import { eventually, GIT_URL, signalProcess } from './support/real-fleet';

interface Cond { type: string; status: string; message?: string }
const suffix = Date.now().toString(36);
const gitRepoPath = (name: string) => `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}`;
const finding = (page: Page, detector: string, text: string) =>
  page.locator(`[data-testid="finding"][data-detector="${detector}"]`).filter({ hasText: text }).first();

async function conditions(path: string): Promise<Cond[]> {
  return (await kube<{ status?: { conditions?: Cond[] } }>('GET', path)).body.status?.conditions ?? [];
}

test('a manifest that does not parse: the agent\'s error on the list, the detail page and the troubleshooting page', async ({ page }) => {
  const name = `e2e-broken-${suffix}`;
  try {
    await createGitRepoAsAdmin(WS, name, { repo: `${GIT_URL}/invalid-manifest`, branch: 'master', targets: [{ clusterGroup: 'production' }] });
    let message = '';
    await eventually('the agent reports ErrApplied on the GitRepo', async () => {
      message = (await conditions(gitRepoPath(name))).find((c) => c.type === 'Ready' && c.status === 'False')?.message ?? '';
      return message.startsWith('ErrApplied');
    }, 180_000);
    // Fleet's words (Helm's YAML error with its line), shown as they are.
    const fragment = /yaml: line \d+: [^\]]+/.exec(message)?.[0];
    expect(fragment, message).toBeDefined();

    await signInAsOperator(page);
    await page.goto(`/w/${WS}/gitrepos?q=${name}`);
    await expect(page.getByTestId('gitrepo-row').filter({ hasText: name })).toContainText(fragment!);
    await page.goto(`/w/${WS}/gitrepos/${name}`);
    await expect(page.getByTestId('problem').first()).toContainText(fragment!);
    await screenshot(page, 'real-gitrepo-invalid-yaml');
    await page.goto(`/w/${WS}/troubleshooting`);
    await expect(finding(page, 'bundle-apply-error', name)).toContainText(fragment!);
  } finally {
    await deleteGitRepoAsAdmin(WS, name);
  }
});

test('a fleet.yaml naming a missing chart: gitjob\'s failed run is Stalled and explained', async ({ page }) => {
  const name = `e2e-stalled-${suffix}`;
  try {
    await createGitRepoAsAdmin(WS, name, { repo: `${GIT_URL}/invalid-fleet-yaml`, branch: 'master', targets: [{ clusterGroup: 'production' }] });
    let message = '';
    await eventually('gitjob reports the failed job as Stalled', async () => {
      message = (await conditions(gitRepoPath(name))).find((c) => c.type === 'Stalled' && c.status === 'True')?.message ?? '';
      return message.length > 0;
    }, 180_000);
    expect(message).toContain('chart-that-does-not-exist');
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/gitrepos/${name}`);
    await expect(page.getByTestId('gitrepo-detail').locator('header [data-state]').first()).toHaveAttribute('data-state', 'Error');
    await expect(page.getByTestId('problem').first()).toContainText('chart-that-does-not-exist');
    await page.goto(`/w/${WS}/troubleshooting`);
    await expect(finding(page, 'gitrepo-stalled', name)).toContainText('chart-that-does-not-exist');
  } finally {
    await deleteGitRepoAsAdmin(WS, name);
  }
});

test('a chart whose dependency cannot be fetched: fleet apply\'s error fires the dependency finding', async ({ page }) => {
  const name = `e2e-deps-${suffix}`;
  try {
    await createGitRepoAsAdmin(WS, name, { repo: `${GIT_URL}/missing-dependency`, branch: 'master', targets: [{ clusterGroup: 'production' }] });
    await eventually('fleet apply reports the failed dependency update', async () =>
      (await conditions(gitRepoPath(name))).some((c) => c.type === 'Stalled' && c.status === 'True' && /updating helm dependencies/.test(c.message ?? '')), 180_000);
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/troubleshooting`);
    const f = finding(page, 'helm-dependencies-missing', name);
    await expect(f).toContainText('could not be downloaded');
    await expect(f.getByTestId('finding-steps')).toContainText('helm dependency update');
  } finally {
    await deleteGitRepoAsAdmin(WS, name);
  }
});

test('a downstream agent that stops: its cluster stops reporting and the finding fires', async ({ page }) => {
  signalProcess('agent-prod-us', 'SIGSTOP');
  try {
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/troubleshooting`);
    await expect(finding(page, 'agents-not-reporting', 'prod-us')).toBeVisible({ timeout: 180_000 });
    await screenshot(page, 'real-agent-stopped');
  } finally {
    signalProcess('agent-prod-us', 'SIGCONT');
  }
  await eventually('prod-us checks in again', async () => {
    const c = (await kube<{ status?: { agent?: { lastSeen?: string } } }>('GET', '/apis/fleet.cattle.io/v1alpha1/namespaces/fleet-default/clusters/prod-us')).body;
    return Date.now() - Date.parse(c.status?.agent?.lastSeen ?? '') < 30_000;
  });
});
