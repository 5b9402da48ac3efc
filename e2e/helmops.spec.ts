// HelmOps through the UI against the real API server (seeded instance; no Fleet controllers, so statuses are what
// a test writes): the operator creates one per source shape through the form, edits, runs into a conflict, pauses,
// force-updates, clones and deletes (single and bulk, each with confirmation); bad input gives field errors and
// writes nothing; credentials go to a write-only Secret the API never returns; the viewer sees but cannot change;
// pin to an exact chart version and unpin back to the range.
import { expect, test, type Page } from '@playwright/test';
import { screenshot, signIn } from './support/app';
import { getSecret } from './support/gitrepo';
import { signInAsOperator, viewportShot, WS } from './support/gitrepo-form';
import {
  createHelmOpAsAdmin,
  deleteHelmOpAsAdmin,
  expectHelmOpFieldError,
  getHelmOp,
  helmOpFormReady,
  patchHelmOpAsAdmin,
  type StoredHelmOp,
} from './support/helmop';
import { kube, tokenFor } from './support/k8s';

const SLOW = { timeout: 45_000 };
const unique = (s = '') => `e2e-helmop-${Date.now().toString(36)}${s ? `-${s}` : ''}`;

test.describe.configure({ mode: 'serial' });

async function csrf(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value ?? '';
  return { 'x-csrf-token': token, origin: new URL(page.url()).origin, 'content-type': 'application/json' };
}

async function openDetail(page: Page, name: string) {
  await page.goto(`/w/${WS}/helmops/${name}`);
  await expect(page.getByTestId('helmop-detail')).toBeVisible(SLOW);
}

test('operator creates a HelmOp from a chart repository, edits it, meets a conflict, pauses, force-updates, clones and deletes it', async ({ page }) => {
  test.setTimeout(240_000);
  const name = unique();
  const clone = `${name}-copy`;
  const password = `pw-${Date.now()}-never-shown`;
  try {
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/helmops`);
    await page.getByTestId('create-helmop').click();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/helmops/new$`), SLOW);
    const f = await helmOpFormReady(page);
    await f.field('Name').fill(name);
    await f.field('Repository URL').fill('https://charts.example.com/stable');
    await f.field('Chart').fill('hello');
    await f.field('Version or range').fill('^1.2');
    await f.field('Values (YAML)').fill('replicaCount: 2\nimage:\n  tag: "1.2"\n');
    await f.root.getByRole('button', { name: 'Add values reference' }).click();
    await f.field('Reference 1 name').fill('hello-extra-values');
    await f.field('Release name').fill('hello-rel');
    await f.tab('Credentials & TLS').click();
    await f.root.getByRole('radio', { name: /Username and password/ }).check();
    await f.field('Username').fill('ci-bot');
    await f.field('Password or access token').fill(password);
    await f.tab('Behaviour').click();
    await f.field('Polling interval').fill('5m');
    await f.field('Keep resources').check();
    await f.tab('YAML').click();
    await expect(page.getByTestId('yaml-editor')).toContainText('version: ^1.2');
    await expect(page.getByTestId('yaml-secret-note')).toContainText(`${name}-helm-auth`);
    await expect(page.getByTestId('yaml-editor')).not.toContainText(password);

    const post = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/w/${WS}/helmops`));
    await f.submit();
    const created = await post;
    expect(created.status()).toBe(201);
    expect(await created.text(), 'the create answer never carries the password').not.toContain(password);
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/helmops/${name}$`), SLOW);
    await expect(page.getByTestId('summary-version-asked')).toContainText('^1.2');
    await expect(page.getByTestId('summary-version-resolved')).toContainText('not resolved yet');

    let stored = (await getHelmOp(WS, name))!;
    expect(stored.spec.helm).toMatchObject({ repo: 'https://charts.example.com/stable', chart: 'hello', version: '^1.2', releaseName: 'hello-rel', values: { replicaCount: 2, image: { tag: '1.2' } } });
    expect(stored.spec).toMatchObject({ pollingInterval: '5m', helmSecretName: `${name}-helm-auth`, keepResources: true });
    const secret = (await getSecret(WS, `${name}-helm-auth`))!;
    expect(secret.type).toBe('kubernetes.io/basic-auth');
    expect(Buffer.from(secret.data!.password!, 'base64').toString()).toBe(password);
    // Helm credentials never come back from the dashboard's API.
    const detailText = await (await page.request.get(`/api/w/${WS}/helmops/${name}`)).text();
    expect(detailText).not.toContain(password);
    expect(detailText).not.toContain(Buffer.from(password).toString('base64'));

    // ---- Edit: the range changes, the stored credentials stay ---------------------------------
    await page.getByTestId('action-edit').click();
    let e = await helmOpFormReady(page);
    await expect(e.field('Version or range')).toHaveValue('^1.2');
    await e.field('Version or range').fill('~1.3.0');
    await e.submit();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/helmops/${name}$`), SLOW);
    stored = (await getHelmOp(WS, name))!;
    expect(stored.spec.helm?.version).toBe('~1.3.0');
    expect(stored.spec.helmSecretName, 'credentials kept').toBe(`${name}-helm-auth`);

    // ---- Conflict: the admin changes it between load and save ---------------------------------
    await page.getByTestId('action-edit').click();
    e = await helmOpFormReady(page);
    await patchHelmOpAsAdmin(WS, name, { spec: { pollingInterval: '7m' } });
    await expect(page.getByTestId('changed-meanwhile')).toBeVisible(SLOW);
    await e.field('Version or range').fill('2.0.0');
    await e.submit();
    const dialog = page.getByTestId('conflict-dialog');
    await expect(dialog).toContainText('not saved');
    await expect(dialog).toContainText('Someone else changed this HelmOp');
    expect((await getHelmOp(WS, name))!.spec.helm?.version, 'nothing was overwritten').toBe('~1.3.0');
    await dialog.getByTestId('conflict-compare').click();
    await expect(dialog.getByTestId('conflict-theirs')).toContainText('pollingInterval: 7m');
    await expect(dialog.getByTestId('conflict-mine')).toContainText('version: 2.0.0');
    await dialog.getByTestId('conflict-reload').click();
    e = await helmOpFormReady(page);
    await expect(e.field('Version or range')).toHaveValue('~1.3.0');

    // ---- Pause and force update ------------------------------------------------------------------
    await openDetail(page, name);
    await page.getByTestId('action-pause').click();
    await expect(page.getByTestId('action-result')).toHaveText('Paused');
    expect((await getHelmOp(WS, name))!.spec.paused).toBe(true);
    await expect(page.getByTestId('action-pause')).toHaveText('Unpause', SLOW);
    await page.getByTestId('action-force-update').click();
    await page.getByTestId('force-update-dialog').getByTestId('confirm-button').click();
    await expect(page.getByTestId('action-result')).toContainText('forceSyncGeneration 1');
    expect((await getHelmOp(WS, name))!.spec.forceSyncGeneration).toBe(1);

    // ---- Clone: everything but the name, the release name and the credentials -------------------
    await page.getByTestId('action-clone').click();
    const c = await helmOpFormReady(page);
    await expect(page.getByTestId('form-notes')).toContainText('is deleted with it');
    await expect(c.field('Name')).toHaveValue('');
    await expect(c.field('Chart')).toHaveValue('hello');
    await c.field('Name').fill(clone);
    await c.tab('Credentials & TLS').click();
    await c.field('Username').fill('ci-bot-2');
    await c.field('Password or access token').fill(`${password}-2`);
    await c.submit();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/helmops/${clone}$`), SLOW);
    const cloned = (await getHelmOp(WS, clone))!;
    expect(cloned.spec.helm).toMatchObject({ repo: 'https://charts.example.com/stable', chart: 'hello', version: '~1.3.0' });
    expect(cloned.spec.helm?.releaseName).toBeUndefined();
    expect(cloned.spec.helmSecretName).toBe(`${clone}-helm-auth`);

    // ---- Delete the clone from its page (typed confirmation) ------------------------------------
    await page.getByTestId('action-delete').click();
    const del = page.getByTestId('delete-dialog');
    await expect(del.getByTestId('keep-resources-note')).toContainText('Resources are kept');
    await expect(del.getByTestId('confirm-button')).toBeDisabled();
    await del.getByRole('textbox').fill(clone);
    await del.getByTestId('confirm-button').click();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/helmops$`), SLOW);
    await expect.poll(async () => (await getHelmOp(WS, clone))?.metadata.name).toBeUndefined();
  } finally {
    await deleteHelmOpAsAdmin(WS, name);
    await deleteHelmOpAsAdmin(WS, clone);
  }
});

test('OCI and chart archive sources through the form; bulk pause, force update and delete from the list', async ({ page }) => {
  test.setTimeout(180_000);
  const oci = unique('oci');
  const tgz = unique('tgz');
  try {
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/helmops/new`);
    let f = await helmOpFormReady(page);
    await f.field('Name').fill(oci);
    await f.source('OCI registry').check();
    await f.field('OCI reference').fill('oci://registry.example.com/charts/hello');
    await f.field('Version or range').fill('1.0.0');
    await f.submit();
    await expect(page).toHaveURL(new RegExp(`/helmops/${oci}$`), SLOW);
    expect((await getHelmOp(WS, oci))!.spec.helm).toEqual({ repo: 'oci://registry.example.com/charts/hello', version: '1.0.0' });
    await expect(page.getByTestId('pinned-state')).toHaveText('Pinned to 1.0.0');

    await page.goto(`/w/${WS}/helmops/new`);
    f = await helmOpFormReady(page);
    await f.field('Name').fill(tgz);
    await f.source('Chart archive URL').check();
    await f.field('Chart archive URL').fill('https://charts.example.com/hello-0.1.0.tgz');
    await f.submit();
    await expect(page).toHaveURL(new RegExp(`/helmops/${tgz}$`), SLOW);
    expect((await getHelmOp(WS, tgz))!.spec.helm).toEqual({ chart: 'https://charts.example.com/hello-0.1.0.tgz' });
    await expect(page.getByTestId('action-pin')).toHaveCount(0); // an archive has no version to pin

    // The list: both rows, their sources, filter by text.
    await page.goto(`/w/${WS}/helmops?q=${encodeURIComponent('e2e-helmop')}`);
    const row = (n: string) => page.locator(`[data-testid="helmop-row"][data-name="${n}"]`);
    await expect(row(oci)).toContainText('oci://registry.example.com/charts/hello');
    await expect(row(oci).getByTestId('pinned-badge')).toBeVisible();
    await expect(row(tgz)).toContainText('archive');
    for (const n of [oci, tgz]) await row(n).getByTestId('select-row').check();
    await page.getByTestId('bulk-pause').click();
    await expect(page.getByTestId('bulk-results')).toContainText('Paused: 2 succeeded');
    for (const n of [oci, tgz]) expect((await getHelmOp(WS, n))!.spec.paused).toBe(true);
    await page.getByTestId('bulk-force-update').click();
    await page.getByTestId('force-update-dialog').getByTestId('confirm-button').click();
    await expect(page.getByTestId('bulk-results')).toContainText('Force update: 2 succeeded');
    for (const n of [oci, tgz]) expect((await getHelmOp(WS, n))!.spec.forceSyncGeneration).toBe(1);
    await page.getByTestId('bulk-delete').click();
    const del = page.getByTestId('delete-dialog');
    await del.getByRole('textbox').fill('delete 2');
    await del.getByTestId('confirm-button').click();
    await expect(page.getByTestId('bulk-results')).toContainText('Delete: 2 succeeded');
    for (const n of [oci, tgz]) await expect.poll(async () => (await getHelmOp(WS, n))?.metadata.name).toBeUndefined();
  } finally {
    await deleteHelmOpAsAdmin(WS, oci);
    await deleteHelmOpAsAdmin(WS, tgz);
  }
});

test('bad input gives field errors beside the fields and nothing is written', async ({ page }) => {
  const name = unique('bad');
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/helmops/new`);
  const f = await helmOpFormReady(page);
  await f.field('Name').fill(name);
  await f.field('Repository URL').fill('https://charts.example.com');
  await f.field('Chart').fill('https://charts.example.com/hello-0.1.0.tgz'); // a second source in the chart field
  await f.field('Version or range').fill('one point two');
  await f.field('Values (YAML)').fill('replicaCount: [2\n');
  await expectHelmOpFieldError(f, 'Values (YAML)', /Not valid YAML/); // checked as typed
  await f.tab('Behaviour').click();
  await f.field('Polling interval').fill('5 minutes');
  await f.submit();
  await expect(page.getByTestId('form-error')).toContainText('nothing was saved');
  // The form opens the tab of the first error; each tab counts its own.
  await expect(f.tab('Chart & values')).toHaveAttribute('aria-selected', 'true');
  await expect(f.tab('Chart & values')).toContainText('3');
  await expect(f.tab('Behaviour')).toContainText('1');
  await expectHelmOpFieldError(f, 'Chart', 'choose "Chart archive URL" as the source');
  await expectHelmOpFieldError(f, 'Version or range', 'Not a version or a version range');
  await viewportShot(page, 'helmop-form-errors');
  await f.tab('Behaviour').click();
  await expectHelmOpFieldError(f, 'Polling interval', /duration/i);
  await f.tab('Chart & values').click();

  // Two sources typed as YAML are refused as Fleet refuses them, and not applied to the form.
  await f.field('Chart').fill('hello');
  await f.field('Version or range').fill('^1');
  await f.field('Values (YAML)').fill('');
  await f.tab('Behaviour').click();
  await f.field('Polling interval').fill('');
  await f.tab('YAML').click();
  const yaml = page.getByTestId('yaml-editor');
  await yaml.fill(`apiVersion: fleet.cattle.io/v1alpha1\nkind: HelmOp\nmetadata:\n  name: ${name}\nspec:\n  helm:\n    repo: https://charts.example.com\n    chart: https://charts.example.com/hello-0.1.0.tgz\n`);
  await expect(page.getByTestId('helmop-form')).toContainText('cannot also have a repo');
  await f.submit();
  await expect(page.getByTestId('form-error')).toContainText('Nothing was saved');

  // The route checks the same rules (a page is not the only client).
  const res = await page.request.post(`/api/w/${WS}/helmops`, {
    headers: await csrf(page),
    data: { form: { name, source: { type: 'repo', repo: 'https://charts.example.com', chart: 'hello', version: '>=banana' }, pollingInterval: '1 hour', values: '- a list' } },
  });
  expect(res.status()).toBe(422);
  const body = (await res.json()) as { fieldErrors: { field: string; message: string }[] };
  expect(body.fieldErrors.map((x) => x.field).sort()).toEqual(['pollingInterval', 'source.version', 'values']);
  expect(await getHelmOp(WS, name)).toBeUndefined();
});

test('the chart versions lookup refuses private addresses and bad input in words (no request forgery)', async ({ page }) => {
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/helmops/new`);
  const look = (q: Record<string, string>) => page.request.get(`/api/w/${WS}/helmops/versions?${new URLSearchParams(q)}`);
  // The API server of this very instance, and the cloud metadata address: never fetched (no allow-list configured here).
  for (const repo of [new URL(page.url()).origin, 'http://169.254.169.254/latest', 'http://[::1]:8080/charts']) {
    const res = await look({ repo, chart: 'hello' });
    expect(res.status(), repo).toBe(422);
    expect((await res.json()).error).toMatch(/only fetches from public addresses/);
  }
  const bad = await look({ repo: 'file:///etc/passwd', chart: 'a/b', version: 'not a range' });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()).fieldErrors as { field: string }[]).map((f) => f.field).sort()).toEqual(['source.chart', 'source.repo', 'source.version']);

  // In the form: the refusal is shown beside the lookup.
  const f = await helmOpFormReady(page);
  await f.field('Repository URL').fill('http://127.0.0.1:1/charts');
  await f.field('Chart').fill('hello');
  await f.root.getByTestId('version-lookup-button').click();
  await expect(f.root.getByTestId('version-lookup-error')).toContainText('only fetches from public addresses');
});

test.describe('viewer', () => {
  const name = unique('view');
  test.beforeAll(async () => {
    await createHelmOpAsAdmin(WS, name, { helm: { repo: 'https://charts.example.com', chart: 'hello', version: '^1' } });
  });
  test.afterAll(async () => deleteHelmOpAsAdmin(WS, name));

  test('sees the list and the detail, cannot change anything, and a forced change is refused in words', async ({ page }) => {
    await signIn(page, tokenFor('viewer'));
    await expect(page.getByTestId('current-user')).toHaveText(/viewer/, SLOW);
    await page.goto(`/w/${WS}/helmops`);
    await expect(page.locator(`[data-testid="helmop-row"][data-name="${name}"]`)).toBeVisible(SLOW);
    await openDetail(page, name);
    await expect(page.getByTestId('read-only-note')).toContainText('not change them');
    const before = (await getHelmOp(WS, name))!;
    await page.getByTestId('action-pause').click();
    await expect(page.getByTestId('action-result')).toHaveAttribute('data-ok', 'false');
    await expect(page.getByTestId('action-result')).toContainText(/not allowed/i);
    const res = await page.request.post(`/api/w/${WS}/helmops/${name}/actions`, { headers: await csrf(page), data: { action: 'forceUpdate' } });
    expect(res.status()).toBe(403);
    expect((await res.json()).error).toMatch(/viewer.*not allowed to (get|patch|update)/i);
    const create = await page.request.post(`/api/w/${WS}/helmops`, {
      headers: await csrf(page),
      data: { form: { name: `${name}-x`, source: { type: 'repo', repo: 'https://charts.example.com', chart: 'hello', version: '' } } },
    });
    expect(create.status()).toBe(403);
    expect((await create.json()).error).toMatch(/not allowed to create/i);
    const after = (await getHelmOp(WS, name))!;
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(await getHelmOp(WS, `${name}-x`)).toBeUndefined();
  });
});

test.describe('pin chart version', () => {
  const name = unique('pin');
  test.beforeAll(async () => {
    await createHelmOpAsAdmin(WS, name, { helm: { repo: 'https://charts.example.com', chart: 'hello', version: '^0.1' }, pollingInterval: '5m' });
    // What Fleet's helmops controller writes once it resolved the range.
    await patchHelmOpAsAdmin(WS, name, { status: { version: '0.1.3' } }, '/status');
  });
  test.afterAll(async () => deleteHelmOpAsAdmin(WS, name));

  test('pins to the resolved version, shows "pinned" on the detail and the list, and unpins back to the range', async ({ page }) => {
    await signInAsOperator(page);
    await openDetail(page, name);
    await expect(page.getByTestId('summary-version-resolved')).toContainText('0.1.3');
    await page.getByTestId('action-pin').click();
    const dialog = page.getByTestId('pin-dialog');
    await expect(dialog.getByTestId('pin-version')).toHaveValue('0.1.3');
    await dialog.getByTestId('pin-version').fill('^0.1');
    await dialog.getByTestId('confirm-button').click();
    await expect(dialog).toContainText('exact version');
    expect((await getHelmOp(WS, name))!.spec.helm?.version, 'a range is not pinned').toBe('^0.1');
    await dialog.getByTestId('pin-version').fill('0.1.3');
    await dialog.getByTestId('confirm-button').click();
    await expect(page.getByTestId('action-result')).toHaveText('Pinned to chart version 0.1.3');
    let stored: StoredHelmOp = (await getHelmOp(WS, name))!;
    expect(stored.spec.helm?.version).toBe('0.1.3');
    expect(stored.metadata.annotations?.['fleet-dashboard/unpin-version']).toBe('^0.1');
    await expect(page.getByTestId('pinned-state')).toHaveText('Pinned to 0.1.3', SLOW);
    await expect(page.getByTestId('summary-polling')).toContainText('pinned');
    await page.goto(`/w/${WS}/helmops?q=${name}`);
    await expect(page.locator(`[data-testid="helmop-row"][data-name="${name}"]`).getByTestId('pinned-badge')).toBeVisible(SLOW);

    await openDetail(page, name);
    await page.getByTestId('action-unpin').click();
    await expect(page.getByTestId('action-result')).toHaveText('Unpinned: follows ^0.1');
    stored = (await getHelmOp(WS, name))!;
    expect(stored.spec.helm?.version).toBe('^0.1');
    expect(stored.metadata.annotations?.['fleet-dashboard/unpin-version']).toBeUndefined();
    await expect(page.getByTestId('pinned-state')).toHaveCount(0);
    await expect(page.getByTestId('action-pin')).toBeVisible();

    // The route refuses a range as a pin target, in words.
    const res = await page.request.post(`/api/w/${WS}/helmops/${name}/actions`, { headers: await csrf(page), data: { action: 'pin', version: '~0.2' } });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    expect(JSON.stringify(await res.json())).toContain('Pick an exact version');
  });
});

test('screenshots: list, form and detail in light, dark and 390 px', async ({ page }) => {
  test.setTimeout(120_000);
  const name = unique('shot');
  await createHelmOpAsAdmin(WS, name, {
    helm: { repo: 'https://charts.example.com', chart: 'hello', version: '^0.2', values: { replicaCount: 2 } },
    pollingInterval: '10m',
    targets: [{ clusterGroup: 'default' }],
  });
  // As Fleet reports a HelmOp deployed on two clusters (lib/fleet/testdata/real-fleet/helmop-ready.json).
  await patchHelmOpAsAdmin(
    WS,
    name,
    {
      status: {
        version: '0.2.1',
        readyClusters: 2,
        desiredReadyClusters: 2,
        summary: { ready: 2, desiredReady: 2 },
        display: { readyBundleDeployments: '2/2' },
        conditions: [{ type: 'Ready', status: 'True' }, { type: 'Accepted', status: 'True' }],
      },
    },
    '/status',
  );
  try {
    await signInAsOperator(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/w/${WS}/helmops`);
      await expect(page.getByTestId('helmop-row').first()).toBeVisible(SLOW);
      await screenshot(page, `helmops-list-${scheme}`);
      await page.goto(`/w/${WS}/helmops/new`);
      await helmOpFormReady(page);
      await screenshot(page, `helmop-form-${scheme}`);
      await openDetail(page, name);
      await expect(page.getByTestId('summary-version-deployed')).toContainText('0.2.1');
      // Fleet writes no observedGeneration on a HelmOp: no "not processed yet" note can be derived from it.
      await expect(page.getByTestId('pending-note')).toHaveCount(0);
      await screenshot(page, `helmop-detail-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/w/${WS}/helmops`);
    await expect(page.getByTestId('helmop-row').first()).toBeVisible(SLOW);
    await screenshot(page, 'helmops-list-390');
    await page.goto(`/w/${WS}/helmops/new`);
    await helmOpFormReady(page);
    await screenshot(page, 'helmop-form-390');
    await openDetail(page, name);
    await screenshot(page, 'helmop-detail-390');
  } finally {
    await deleteHelmOpAsAdmin(WS, name);
  }
});

test('the detail page shows the HelmOp\'s Events (newest first, warnings marked) and leads to its graph', async ({ page }) => {
  const name = unique('events');
  await createHelmOpAsAdmin(WS, name, { helm: { repo: 'https://charts.example.com', chart: 'hello', version: '^1' } });
  const at = (s: number) => new Date(Date.now() - s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const event = (suffix: string, type: string, reason: string, secondsAgo: number) =>
    kube('POST', `/api/v1/namespaces/${WS}/events`, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.${suffix}`, namespace: WS },
      involvedObject: { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'HelmOp', namespace: WS, name },
      type,
      reason,
      message: `${reason} recorded by the helmops e2e test`,
      firstTimestamp: at(secondsAgo),
      lastTimestamp: at(secondsAgo),
      count: 1,
      source: { component: 'e2e' },
    });
  try {
    expect((await event('old', 'Normal', 'E2EChartResolved', 600)).status).toBe(201);
    expect((await event('new', 'Warning', 'E2EChartFetchFailed', 5)).status).toBe(201);
    await signInAsOperator(page);
    await openDetail(page, name);
    const rows = page.getByTestId('events-panel').getByTestId('event-row');
    await expect(rows).toHaveCount(2, SLOW);
    await expect(rows.nth(0).getByTestId('event-reason')).toHaveText('E2EChartFetchFailed');
    await expect(rows.nth(1).getByTestId('event-reason')).toHaveText('E2EChartResolved');
    await expect(page.getByTestId('events-panel').getByTestId('events-warnings')).toHaveText('1 warning');
    await page.getByTestId('helmop-graph-link').click();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/graph/HelmOp/${name}$`));
    await expect(page.locator('[data-testid="graph-node"][data-kind="HelmOp"]').getByTestId('graph-node-label')).toHaveText(name, SLOW);
  } finally {
    for (const s of ['old', 'new']) await kube('DELETE', `/api/v1/namespaces/${WS}/events/${name}.${s}`);
    await deleteHelmOpAsAdmin(WS, name);
  }
});
