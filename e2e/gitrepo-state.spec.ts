// The state badge of a GitRepo reads its whole status, as Fleet v0.16.0 writes it — not an empty display.state as
// Ready. Each GitRepo is written through the API server (spec, then status through the status subresource, the
// way Fleet's controllers write it); the list badge, the detail badge, the state filter and the API agree.
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './support/app';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, gitRepoNamesWithPrefix, kube, patchGitRepoAsAdmin } from './support/gitrepo';
import { signInAsOperator, WS } from './support/gitrepo-form';

const PREFIX = `st-${Date.now().toString(36)}`;
const T = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const COMMIT = 'c0ffee0123456789abcdef0123456789abcdef01';
const c = (type: string, status: 'True' | 'False', extra: { reason?: string; message?: string } = {}) => ({ type, status, lastUpdateTime: T, ...extra });
const ok = [c('Ready', 'True'), c('GitPolling', 'True'), c('Reconciling', 'False'), c('Stalled', 'False'), c('Accepted', 'True')];
const replace = (...cs: ReturnType<typeof c>[]) => [...ok.filter((x) => !cs.some((n) => n.type === x.type)), ...cs];
const healthy = { observedGeneration: 1, commit: COMMIT, gitJobStatus: 'Current', readyClusters: 1, desiredReadyClusters: 1, summary: { ready: 1, desiredReady: 1 }, display: { readyBundleDeployments: '1/1' }, conditions: ok };

const AUTH = 'authentication required: Repository not found.';
const TEMPLATE = 'targeting error: cluster prod-1 in namespace fleet-default: failed to render helm values template: template: values:1:3: executing "values" at <.ClusterLabels.tenant>: map has no entry for key "tenant"';
const NOT_ACCEPTED = 'error validating external secrets: failed to look up helmSecretName, error: secrets "gone" not found';

interface Case {
  name: string;
  /** What the badge must say (data-state) and the words on it. */
  state: string;
  label: string;
  status?: Record<string, unknown>;
  /** Spec change after the status write: generation moves past observedGeneration. */
  editAfter?: boolean;
  paused?: boolean;
  /** Text the detail page must show for it. */
  says?: string;
}

const CASES: Case[] = [
  { name: 'new', state: 'NotProcessed', label: 'Not Processed', says: 'Fleet has not processed' },
  { name: 'edited', state: 'NotProcessed', label: 'Not Processed', status: healthy, editAfter: true, says: 'generation 2, observed 1' },
  {
    name: 'ready-false',
    state: 'Error',
    label: 'Error',
    status: { ...healthy, readyClusters: 0, desiredReadyClusters: 0, summary: { ready: 0, desiredReady: 0 }, display: { readyBundleDeployments: '0/0' }, conditions: replace(c('Ready', 'False', { reason: 'Error', message: TEMPLATE })) },
    says: 'map has no entry for key "tenant"',
  },
  {
    name: 'stalled',
    state: 'Error',
    label: 'Error',
    status: { ...healthy, conditions: replace(c('GitPolling', 'False', { reason: 'Error', message: AUTH }), c('Stalled', 'True', { reason: 'Stalled', message: AUTH })) },
    says: AUTH,
  },
  {
    name: 'job-failed',
    state: 'Error',
    label: 'Error',
    status: { ...healthy, gitJobStatus: 'Failed', display: { readyBundleDeployments: '1/1', state: 'GitUpdating' }, conditions: replace(c('Stalled', 'True', { reason: 'Stalled', message: 'no resource found at the following paths to deploy: [deploy/prodd]' })) },
    says: 'no resource found at the following paths to deploy',
  },
  {
    name: 'not-accepted',
    state: 'Error',
    label: 'Error',
    status: { observedGeneration: 0, pollingCommit: COMMIT, readyClusters: 0, desiredReadyClusters: 0, summary: { ready: 0, desiredReady: 0 }, display: { readyBundleDeployments: '0/0', state: 'GitUpdating' }, conditions: [c('Ready', 'True'), c('GitPolling', 'True'), c('Accepted', 'False', { reason: 'Error', message: NOT_ACCEPTED })] },
    says: NOT_ACCEPTED,
  },
  {
    name: 'updating',
    state: 'GitUpdating',
    label: 'Git Updating',
    status: { ...healthy, gitJobStatus: 'InProgress', display: { readyBundleDeployments: '1/1', state: 'GitUpdating' }, conditions: replace(c('Reconciling', 'True', { reason: 'Reconciling' })) },
  },
  {
    name: 'paused',
    state: 'OutOfSync',
    label: 'Out of Sync',
    paused: true,
    status: {
      ...healthy,
      readyClusters: 0,
      summary: { ready: 0, desiredReady: 1, outOfSync: 1, nonReadyResources: [{ name: 'b-deploy', bundleState: 'OutOfSync' }] },
      display: { readyBundleDeployments: '0/1', state: 'OutOfSync' },
      conditions: replace(c('Ready', 'False', { message: 'OutOfSync(1) [Cluster fleet-default/prod-1]' })),
    },
  },
  { name: 'ready', state: 'Ready', label: 'Ready', status: healthy },
];

const nameOf = (k: Case) => `${PREFIX}-${k.name}`;
const statusPath = (name: string) => `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}/status`;

async function write(k: Case): Promise<void> {
  const name = nameOf(k);
  await createGitRepoAsAdmin(WS, name, { repo: 'https://github.com/acme-corp/state-check', branch: 'main', paths: ['deploy'], ...(k.paused ? { paused: true } : {}) });
  if (k.status) {
    const r = await kube('PATCH', statusPath(name), { status: k.status });
    expect(r.status, `status of ${name}`).toBe(200);
  }
  if (k.editAfter) await patchGitRepoAsAdmin(WS, name, { spec: { paths: ['deploy', 'deploy/canary'] } });
}

function rowBadge(page: Page, name: string) {
  // The first badge of the row is the state; a paused GitRepo has a second one (Paused) beside its name.
  return page.locator(`[data-testid="gitrepo-row"][data-name="${name}"] td`).nth(1).locator('[data-state]');
}

test.describe.configure({ mode: 'serial' });

test.afterAll(async () => {
  for (const n of await gitRepoNamesWithPrefix(WS, PREFIX)) await deleteGitRepoAsAdmin(WS, n);
});

test('every GitRepo state reads right on the list, the detail page, the state filter and the API', async ({ page }) => {
  test.setTimeout(180_000);
  for (const k of CASES) await write(k);
  await signInAsOperator(page);

  await page.goto(`/w/${WS}/gitrepos?q=${PREFIX}&pageSize=100`);
  await expect(page.getByTestId('gitrepo-row')).toHaveCount(CASES.length, { timeout: 30_000 });
  for (const k of CASES) {
    const badge = rowBadge(page, nameOf(k));
    await expect(badge, k.name).toHaveAttribute('data-state', k.state);
    await expect(badge, k.name).toHaveText(new RegExp(`${k.label}$`));
  }
  await expect(page.locator(`[data-testid="gitrepo-row"][data-name="${PREFIX}-paused"] [data-state="Paused"]`)).toBeVisible();
  await screenshot(page, 'gitrepo-states-list');

  // The state filter and the API answer what the badges say.
  const api = async (state: string) => ((await (await page.request.get(`/api/w/${WS}/gitrepos?q=${PREFIX}&state=${state}&pageSize=100`)).json()) as { items: { name: string; state: string }[] }).items.map((i) => i.name).sort();
  for (const state of new Set(CASES.map((k) => k.state))) {
    expect(await api(state), state).toEqual(CASES.filter((k) => k.state === state).map(nameOf).sort());
  }
  await page.goto(`/w/${WS}/gitrepos?q=${PREFIX}&state=Error`);
  await expect(page.getByTestId('gitrepo-row')).toHaveCount(CASES.filter((k) => k.state === 'Error').length);
  await expect(page.locator('[data-testid="gitrepo-row"] [data-state="Ready"]')).toHaveCount(0);
  // Sorted by state, worst first: the Error ones lead and Ready comes last.
  await page.goto(`/w/${WS}/gitrepos?q=${PREFIX}&sort=state&dir=desc`);
  await expect(page.getByTestId('gitrepo-row')).toHaveCount(CASES.length);
  const order = await page.getByTestId('gitrepo-row').evaluateAll((rows) => rows.map((r) => r.querySelector('td:nth-child(2) [data-state]')?.getAttribute('data-state')));
  expect(order[0]).toBe('Error');
  expect(order.at(-1)).toBe('Ready');

  // The overview counts the same states: per state, the workspace's count equals the list's total for it.
  await expect
    .poll(async () => {
      const ov = (await (await page.request.get(`/api/w/${WS}/overview?part=gitrepos`)).json()) as { gitrepos: { byState: Record<string, number>; gitUpdating: number } };
      const diffs: string[] = [];
      for (const state of ['Ready', 'NotProcessed', 'GitUpdating', 'OutOfSync', 'Error']) {
        const total = ((await (await page.request.get(`/api/w/${WS}/gitrepos?state=${state}&pageSize=1`)).json()) as { total: number }).total;
        if (ov.gitrepos.byState[state] !== total) diffs.push(`${state}: overview ${ov.gitrepos.byState[state]} list ${total}`);
      }
      if (ov.gitrepos.gitUpdating !== ov.gitrepos.byState.GitUpdating) diffs.push('gitUpdating');
      return diffs;
    })
    .toEqual([]);
  await page.goto(`/w/${WS}`);
  await expect(page.getByTestId('gitrepos-states-Error')).toHaveText(/^[1-9]\d*$/, { timeout: 30_000 });
  await expect(page.getByTestId('gitrepos-states-NotProcessed')).toHaveText(/^[1-9]\d*$/);

  for (const k of CASES) {
    await page.goto(`/w/${WS}/gitrepos/${nameOf(k)}`);
    const badge = page.locator('[data-testid="gitrepo-detail"] header [data-state]').first();
    await expect(badge, k.name).toHaveAttribute('data-state', k.state, { timeout: 30_000 });
    await expect(badge, k.name).toHaveText(new RegExp(`${k.label}$`));
    if (k.says) await expect(page.getByTestId('gitrepo-detail'), k.name).toContainText(k.says);
    if (k.name === 'stalled') await screenshot(page, 'gitrepo-state-stalled-detail');
  }
});

test('a GitRepo turns from Not Processed to Ready when Fleet writes its status, live', async ({ page }) => {
  const k: Case = { name: 'live', state: 'NotProcessed', label: 'Not Processed' };
  await write(k);
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/gitrepos/${nameOf(k)}`);
  const badge = page.locator('[data-testid="gitrepo-detail"] header [data-state]').first();
  await expect(badge).toHaveAttribute('data-state', 'NotProcessed', { timeout: 30_000 });
  expect((await kube('PATCH', statusPath(nameOf(k)), { status: healthy })).status).toBe(200);
  await expect(badge).toHaveAttribute('data-state', 'Ready', { timeout: 30_000 });
});
