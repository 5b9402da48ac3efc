// The applications view: GitRepos and HelmOps of a workspace in one list, against the seeded API server (HelmOps
// made here as Fleet's HelmOp controller would leave them: spec, then status). What it proves: both kinds are listed
// exactly as the API server has them, the kind/text filters, sort and pager work from the URL, the one "Create"
// is usable from the keyboard, the overview counts both kinds, and RBAC decides per kind (operator, viewer, a person
// who may list GitRepos only).
import { expect, test, type Page } from '@playwright/test';
import { screenshot, signIn } from './support/app';
import { fleet, kube, list } from './support/bundles';
import { signInAsOperator, viewportShot, WS } from './support/gitrepo-form';
import { tokenFor } from './support/k8s';
import { personWith, removePerson, signedIn } from './support/person';

const HELMOPS = [`e2e-app-helm-${Date.now()}`, `e2e-app-helm-${Date.now()}-b`];

async function createHelmOp(name: string, status: Record<string, unknown>, version = '0.1.0') {
  const c = await kube('POST', fleet(WS, 'helmops'), {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'HelmOp',
    metadata: { name, namespace: WS },
    spec: { helm: { repo: 'https://charts.example.com', chart: 'hello', version } },
  });
  expect(c.status, JSON.stringify(c.body).slice(0, 300)).toBe(201);
  const s = await kube('PATCH', `${fleet(WS, 'helmops', name)}/status`, { status });
  expect(s.status, JSON.stringify(s.body).slice(0, 300)).toBe(200);
}

test.beforeAll(async () => {
  const now = new Date().toISOString();
  await createHelmOp(HELMOPS[0]!, {
    observedGeneration: 1,
    version: '0.1.0',
    readyClusters: 2,
    desiredReadyClusters: 2,
    summary: { ready: 1, desiredReady: 1 },
    display: { readyBundleDeployments: '2/2' },
    conditions: [{ type: 'Ready', status: 'True', lastUpdateTime: now }],
  });
  await createHelmOp(
    HELMOPS[1]!,
    {
      observedGeneration: 1,
      version: '0.2.0',
      readyClusters: 0,
      desiredReadyClusters: 2,
      summary: { notReady: 1, desiredReady: 1 },
      conditions: [{ type: 'Ready', status: 'False', message: 'NotReady(1) [Bundle hello]', lastUpdateTime: now }],
    },
    '^0.1',
  );
});

test.afterAll(async () => {
  for (const n of HELMOPS) await kube('DELETE', fleet(WS, 'helmops', n));
});

const shownNames = async (page: Page) => {
  await expect(page.getByTestId('application-row').first().or(page.getByTestId('empty-state'))).toBeVisible();
  return (await page.getByTestId('application-row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-kind')}/${r.getAttribute('data-name')}`))).sort();
};

test('operator: both kinds as the API server has them; kind and text filters, sort, pager, create chooser', async ({ page }) => {
  test.slow(); // a dozen navigations and the overview, on a shared 2-core machine
  const [gitRepos, helmOps] = await Promise.all([list(WS, 'gitrepos'), list(WS, 'helmops')]);
  const expected = [...gitRepos.map((g) => `GitRepo/${g.metadata.name}`), ...helmOps.map((h) => `HelmOp/${h.metadata.name}`)].sort();
  await signInAsOperator(page);

  // Everything on one page (pageSize 500), both kinds.
  await page.goto(`/w/${WS}/applications?pageSize=500`);
  await expect(page.getByRole('heading', { level: 1, name: 'Applications' })).toBeVisible();
  await expect.poll(() => shownNames(page)).toEqual(expected);
  const ready = page.locator(`[data-testid="application-row"][data-name="${HELMOPS[0]}"]`);
  await expect(ready).toContainText('Ready');
  await expect(ready).toContainText('2/2');
  await expect(ready).toContainText('charts.example.com · hello');
  await expect(ready.getByTestId('pinned-badge')).toHaveText(/Pinned to 0\.1\.0/); // an exact chart version is a pin
  const notReady = page.locator(`[data-testid="application-row"][data-name="${HELMOPS[1]}"]`);
  await expect(notReady).toContainText('Not Ready');
  await expect(notReady).toContainText('^0.1');
  await expect(notReady).toContainText('version 0.2.0');

  // Kind filter (in the URL): HelmOps only.
  await page.getByTestId('kind-filter').selectOption('HelmOp');
  await expect(page).toHaveURL(/kind=HelmOp/);
  await expect.poll(() => shownNames(page)).toEqual(helmOps.map((h) => `HelmOp/${h.metadata.name}`).sort());
  await screenshot(page, 'applications-helmops');

  // Text filter across kinds.
  await page.getByTestId('kind-filter').selectOption('');
  await page.getByRole('searchbox').fill(HELMOPS[1]!);
  await expect.poll(() => shownNames(page)).toEqual([`HelmOp/${HELMOPS[1]}`]);

  // Sort by kind, descending: HelmOps first. Pager: 10 a page.
  await page.goto(`/w/${WS}/applications?sort=kind&dir=desc&pageSize=10`);
  await expect(page.getByTestId('application-row').first()).toHaveAttribute('data-kind', 'HelmOp');
  await expect(page.getByTestId('application-row')).toHaveCount(Math.min(10, expected.length));
  if (expected.length > 10) {
    await page.getByRole('button', { name: /next/i }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId('application-row').first()).toHaveAttribute('data-kind', 'GitRepo');
  }

  // Create chooser, keyboard only: Enter opens it with the first choice focused; Tab, Enter goes to the HelmOp form.
  await page.goto(`/w/${WS}/applications`);
  await page.getByTestId('create-application').focus();
  await page.keyboard.press('Enter');
  const chooser = page.getByTestId('create-chooser');
  await expect(chooser).toBeVisible();
  await expect(chooser.getByTestId('create-gitrepo')).toBeFocused();
  await viewportShot(page, 'applications-create-chooser');
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await page.getByTestId('create-application').press('Enter');
  await expect(chooser.getByTestId('create-gitrepo')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(chooser.getByTestId('create-helmop')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/helmops/new$`));

  // The overview counts both kinds.
  await page.goto(`/w/${WS}`);
  await expect(page.getByTestId('applications-total')).toHaveText(String(expected.length), { timeout: 30_000 });
  await expect(page.getByTestId('applications-kinds')).toContainText(`${gitRepos.length} GitRepos · ${helmOps.length} HelmOps`);
  await page.getByTestId('card-applications').getByRole('link', { name: 'View all' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/applications$`));
});

test('viewer sees the applications of every workspace, and the nav leads there', async ({ page }) => {
  const [gitRepos, helmOps] = await Promise.all([
    kube<{ items: unknown[] }>('GET', '/apis/fleet.cattle.io/v1alpha1/gitrepos'),
    kube<{ items: unknown[] }>('GET', '/apis/fleet.cattle.io/v1alpha1/helmops'),
  ]);
  const total = gitRepos.body.items.length + helmOps.body.items.length;
  await signIn(page, tokenFor('viewer'));
  await page.goto(`/w/${WS}`);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Applications' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/applications$`));
  await expect(page.locator(`[data-testid="application-row"][data-name="${HELMOPS[0]}"]`)).toBeVisible();
  await page.goto('/w/_all/applications?pageSize=500');
  await expect(page.getByTestId('application-row')).toHaveCount(total);
  await expect(page.getByTestId('forbidden-kinds')).toHaveCount(0);
});

test('screenshots: light, dark (list and overview), 390 px', async ({ page }) => {
  test.slow(); // full-page captures on a shared 2-core machine
  await signIn(page, tokenFor('viewer'));
  await page.goto(`/w/${WS}/applications`);
  await expect(page.getByTestId('application-row').first()).toBeVisible();
  await screenshot(page, 'applications-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.getByTestId('application-row').first()).toBeVisible();
  await screenshot(page, 'applications-dark');
  await page.goto(`/w/${WS}`);
  await expect(page.getByTestId('applications-kinds')).toContainText('HelmOps');
  await screenshot(page, 'overview-applications-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/w/${WS}/applications`);
  await expect(page.getByTestId('application-row').first()).toBeVisible();
  await screenshot(page, 'applications-narrow');
});

test('RBAC per kind: GitRepos only → HelmOps named as not allowed; neither → 403 in words; bad parameters → 400', async ({ baseURL }) => {
  const who = `e2e-apps-gitrepos-only-${Date.now()}`;
  const grants = [{ namespace: WS, resources: ['gitrepos'] }];
  try {
    const { api } = await signedIn(baseURL!, await personWith(who, grants));
    const r = await api.get(`/api/w/${WS}/applications?pageSize=500`);
    expect(r.status()).toBe(200);
    const body = (await r.json()) as { items: { kind: string }[]; forbidden: string[] };
    expect(body.forbidden).toEqual(['HelmOp']);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((i) => i.kind === 'GitRepo')).toBe(true);
    const other = await api.get('/api/w/fleet-local/applications');
    expect(other.status()).toBe(403);
    expect((await other.json()).error).toMatch(/not allowed to list/);
    const badKind = await api.get(`/api/w/${WS}/applications?kind=Bundle`);
    expect(badKind.status()).toBe(400);
    expect((await badKind.json()).error).toBe('kind must be one of: GitRepo, HelmOp');
    const badSort = await api.get(`/api/w/${WS}/applications?sort=commit`);
    expect(badSort.status()).toBe(400);
    expect((await badSort.json()).error).toMatch(/^sort must be one of: name, kind, state/);
  } finally {
    await removePerson(who, grants);
  }
});

test('the page names a kind the person may not list', async ({ page, baseURL }) => {
  const who = `e2e-apps-ui-${Date.now()}`;
  const grants = [{ namespace: WS, resources: ['gitrepos'] }];
  try {
    const token = await personWith(who, grants);
    void baseURL;
    await signIn(page, token);
    await page.goto(`/w/${WS}/applications`);
    await expect(page.getByTestId('forbidden-kinds')).toHaveText(`You are not allowed to list HelmOps in ${WS}; only the others are shown.`);
    await expect(page.getByTestId('application-row').first()).toHaveAttribute('data-kind', 'GitRepo');
  } finally {
    await removePerson(who, grants);
  }
});
