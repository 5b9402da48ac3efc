// Failures as Fleet's own controllers and agents report them, read by the dashboard: a repository whose YAML does
// not parse (gitjob's Job fails, Fleet's message reaches the GitRepo), a chart whose dependency is not vendored (the
// agent's Helm install fails), and a downstream agent that stops (its cluster stops checking in).
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

test('a repository with invalid YAML: Fleet\'s own error on the list, the detail page and the troubleshooting page', async ({ page }) => {
  const name = `e2e-broken-${suffix}`;
  try {
    await createGitRepoAsAdmin(WS, name, { repo: `${GIT_URL}/invalid-manifest`, branch: 'master', targets: [{ clusterGroup: 'downstream' }] });
    let message = '';
    await eventually('gitjob reports the failed run as Stalled', async () => {
      message = (await conditions(gitRepoPath(name))).find((c) => c.type === 'Stalled' && c.status === 'True')?.message ?? '';
      return message.length > 0;
    }, 180_000);
    // Fleet's words, e.g. "... yaml: line 7: ...": the dashboard shows them as they are.
    const fragment = /yaml: line \d+[^"\n]*/.exec(message)?.[0] ?? message.slice(0, 60);

    await signInAsOperator(page);
    await page.goto(`/w/${WS}/gitrepos?filter=${name}`);
    const row = page.getByTestId('gitrepo-row').filter({ hasText: name });
    await expect(row).toContainText(fragment);
    await page.goto(`/w/${WS}/gitrepos/${name}`);
    await expect(page.getByTestId('problem').first()).toContainText(fragment);
    await screenshot(page, 'real-gitrepo-invalid-yaml');
    await page.goto(`/w/${WS}/troubleshooting`);
    await expect(finding(page, 'gitrepo-stalled', name)).toContainText(fragment);
  } finally {
    await deleteGitRepoAsAdmin(WS, name);
  }
});

test('a chart whose dependency is missing: the agent\'s Helm error fires the troubleshooting finding', async ({ page }) => {
  const name = `e2e-deps-${suffix}`;
  try {
    await createGitRepoAsAdmin(WS, name, { repo: `${GIT_URL}/missing-dependency`, branch: 'master', targets: [{ clusterGroup: 'production' }] });
    await eventually('the Bundle reports Helm\'s missing-dependency error', async () => {
      const sel = encodeURIComponent(`fleet.cattle.io/repo-name=${name}`);
      const bundles = (await kube<{ items: { status?: { conditions?: Cond[] } }[] }>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/bundles?labelSelector=${sel}`)).body.items;
      return bundles.some((b) => (b.status?.conditions ?? []).some((c) => /missing in charts\/ directory: redis/.test(c.message ?? '')));
    }, 180_000);
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/troubleshooting`);
    const f = finding(page, 'helm-dependencies-missing', name);
    await expect(f).toContainText('redis');
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
