// Schedules (issue 13 item 3) on the seeded instance: the seeded Schedule with the status Fleet's cron job writes,
// the cluster it gates and its BundleDeployments waiting for the window; the form computing the windows as one types,
// field errors (browser and 422 from the API), create/edit/delete as operator, 403 and 409 in words, read-only viewer.
import { expect, test, type Page } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';
import { describeCron, nextWindows } from '../lib/fleet/schedule/cron';
import { screenshot, signIn } from './support/app';
import { deleteObject, getObject } from './support/clusters';
import { signInAsOperator } from './support/gitrepo-form';
import { kube, tokenFor } from './support/k8s';

const WS = F.WS_DEFAULT;
const row = (page: Page, name: string) => page.locator(`[data-testid="schedule-row"][data-name="${name}"]`);

/** Writes from the test itself carry what the browser's fetch sends: the CSRF cookie's value as a header, our origin. */
async function writeHeaders(page: Page, baseURL: string | undefined): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value;
  expect(token, 'fleet_csrf cookie').toBeTruthy();
  return { 'x-csrf-token': token!, origin: new URL(baseURL!).origin };
}

test('the seeded Schedule: Fleet’s status, the computed windows, the experimental flag, and the cluster it holds back', async ({ page }) => {
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/schedules`);
  await expect(page.getByTestId('schedules-experimental')).toContainText('EXPERIMENTAL_SCHEDULES=true');
  const r = row(page, F.SCHEDULE_NAME);
  await expect(r.getByTestId('schedule-description')).toHaveText(describeCron(F.SCHEDULE_CRON)!);
  await expect(r.getByTestId('schedule-status')).toHaveAttribute('data-status', 'waiting');
  await expect(r.getByTestId('schedule-clusters')).toHaveText('1');
  await r.getByRole('link', { name: F.SCHEDULE_NAME }).click();
  await expect(page.getByTestId('schedule-title')).toHaveText(F.SCHEDULE_NAME);
  await expect(page.getByTestId('schedule-active')).toHaveText('no');
  const stored = (await getObject(WS, 'schedules', F.SCHEDULE_NAME)).body as { status: { nextStartTime: string } };
  // Fleet's nextStartTime, shown in the Schedule's zone (22:00 Berlin time).
  await expect(page.getByTestId('schedule-next-start')).toContainText(/22:00/);
  expect(Date.parse(stored.status.nextStartTime)).toBeGreaterThan(0);
  // The windows computed from the expression: the same five the domain module computes.
  const windows = page.getByTestId('schedule-windows').getByTestId('window');
  await expect(windows).toHaveCount(5);
  const expected = nextWindows(F.SCHEDULE_CRON, 2 * 3600_000, { timeZone: F.SCHEDULE_LOCATION, count: 1 })[0]!;
  await expect(windows.first()).toContainText(expected.start.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: F.SCHEDULE_LOCATION }));
  await expect(page.getByTestId('matching-cluster')).toHaveText([F.SCHEDULED_CLUSTER]);
  await screenshot(page, 'schedule-detail');

  // The cluster it gates says it waits, and so does each BundleDeployment on it.
  await page.getByTestId('matching-cluster').click();
  await expect(page.getByTestId('cluster-title')).toHaveText(F.SCHEDULED_CLUSTER);
  await expect(page.getByTestId('window-badge')).toHaveAttribute('data-window', 'waiting');
  await page.getByRole('tab', { name: /^Bundle deployments/ }).click();
  const bdRows = page.getByTestId('bd-table').getByTestId('bd-row');
  await expect(bdRows.first()).toBeVisible();
  expect(await bdRows.count()).toBeGreaterThan(0);
  await expect(bdRows.filter({ has: page.getByTestId('window-badge') })).toHaveCount(await bdRows.count());
  // On a bundle's per-cluster table only that cluster's row waits.
  await page.goto(`/w/${WS}/bundles/${F.GITREPO_HELM_PRIVATE}-charts-payments`);
  const waiting = page.locator(`[data-testid="bd-row"][data-cluster="${F.SCHEDULED_CLUSTER}"]`);
  await expect(waiting.getByTestId('window-badge')).toBeVisible();
  await expect(page.locator(`[data-testid="bd-row"]:not([data-cluster="${F.SCHEDULED_CLUSTER}"]) [data-testid="window-badge"]`)).toHaveCount(0);
});

test('the form describes the expression and computes its windows as one types; bad input gives field errors', async ({ page }) => {
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/schedules/new`);
  const cron = page.getByTestId('schedule-cron');
  await cron.fill('0 30 2 * * ?');
  await page.getByTestId('schedule-duration').fill('1h');
  await page.getByTestId('schedule-location').fill('America/New_York');
  await expect(page.getByTestId('cron-description')).toHaveText(`${describeCron('0 30 2 * * ?')}, open for 1h.`);
  await expect(page.getByTestId('cron-preview').getByTestId('window')).toHaveCount(5);
  await expect(page.getByTestId('cron-preview').getByTestId('window').first()).toContainText(/02:30 .*→ .*03:30/);
  await cron.fill('0 0 22 ? * MON-FRI');
  await expect(page.getByTestId('cron-description')).toHaveText(`${describeCron('0 0 22 ? * MON-FRI')}, open for 1h.`);
  await screenshot(page, 'schedule-form-preview');

  // Five fields (standard cron), a zone Go does not know, a window longer than the gap between starts.
  await cron.fill('0 22 * * 1-5');
  await expect(page.getByLabel(/^Cron expression/)).toHaveAccessibleDescription(/start with a seconds field/);
  await cron.fill('0 0 * * * ?');
  await page.getByTestId('schedule-duration').fill('2h');
  await page.getByTestId('schedule-location').fill('Mars/Olympus');
  await expect(page.getByLabel(/^Time zone/)).toHaveAccessibleDescription(/Unknown time zone "Mars\/Olympus"/);
  await page.getByTestId('schedule-location').fill('UTC');
  await page.getByTestId('schedule-name').fill(`e2e-bad-${Date.now()}`);
  await page.getByTestId('schedule-submit').click();
  await expect(page.getByLabel(/^Duration/)).toHaveAccessibleDescription(/shorter than the time between two starts \(3600 s here\)/);
  await expect(page.getByRole('radiogroup', { name: 'Targets' })).toBeVisible();
  await expect(page).toHaveURL(/\/schedules\/new$/);
  await screenshot(page, 'schedule-form-errors');
});

test('operator creates, edits and deletes a Schedule through the UI; the API refuses bad input with 422 and a stale edit with 409', async ({ page, baseURL }) => {
  const name = `e2e-sched-${Date.now()}`;
  await signInAsOperator(page);
  try {
    await page.goto(`/w/${WS}/schedules/new`);
    await page.getByTestId('schedule-name').fill(name);
    await page.getByTestId('schedule-cron').fill('0 0 1 ? * SAT');
    await page.getByTestId('schedule-duration').fill('3h');
    await page.getByTestId('schedule-location').fill('Europe/Berlin');
    await page.getByRole('radio', { name: /^Specific clusters/ }).check();
    await page.getByLabel('Cluster group', { exact: true }).fill(F.GROUP_PROD);
    await page.getByTestId('schedule-submit').click();
    await expect(page).toHaveURL(new RegExp(`/schedules/${name}$`));
    // Without Fleet's scheduler nothing reports on it: the page says why.
    await expect(page.getByTestId('schedule-status')).toHaveAttribute('data-status', 'not-reconciled');
    const stored = (await getObject(WS, 'schedules', name)).body as { spec: unknown; metadata: { resourceVersion: string } };
    expect(stored.spec).toEqual({ schedule: '0 0 1 ? * SAT', duration: '3h', location: 'Europe/Berlin', targets: { clusters: [{ clusterGroup: F.GROUP_PROD }] } });

    await page.getByTestId('edit-schedule').click();
    await page.getByTestId('schedule-duration').fill('90m');
    await page.getByTestId('schedule-submit').click();
    await expect(page).toHaveURL(new RegExp(`/schedules/${name}$`));
    await expect.poll(async () => ((await getObject(WS, 'schedules', name)).body as { spec: { duration: string } }).spec.duration).toBe('90m');

    // The same schema on the server: field errors for each bad field, nothing created.
    const headers = await writeHeaders(page, baseURL);
    const bad = await page.request.post(`/api/w/${WS}/schedules`, {
      headers,
      data: { name: `${name}-x`, schedule: '0 22 * * 1-5', duration: '1h', location: 'Nowhere/City', targets: { mode: 'all', entries: [] } },
    });
    expect(bad.status()).toBe(422);
    const body = (await bad.json()) as { fieldErrors: { field: string; message: string }[] };
    expect(body.fieldErrors.map((f) => f.field).sort()).toEqual(['location', 'schedule']);
    expect((await getObject(WS, 'schedules', `${name}-x`)).status).toBe(404);
    // An edit from a stale page is refused in words.
    const stale = await page.request.put(`/api/w/${WS}/schedules/${name}`, {
      headers,
      data: { resourceVersion: stored.metadata.resourceVersion, form: { name, schedule: '0 0 1 ? * SAT', duration: '1h', location: '', targets: { mode: 'all', entries: [] } } },
    });
    expect(stale.status()).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toMatch(/changed by someone else since you loaded it/);

    await page.reload();
    await page.getByTestId('delete-schedule').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/schedules$`));
    await expect(row(page, name)).toHaveCount(0);
    expect((await getObject(WS, 'schedules', name)).status).toBe(404);
  } finally {
    await deleteObject(WS, 'schedules', name);
  }
});

test('viewer sees Schedules but creating one is refused in words; operator may not list another team’s workspace', async ({ page }) => {
  await signIn(page, tokenFor('viewer'));
  await page.goto(`/w/${WS}/schedules`);
  await expect(row(page, F.SCHEDULE_NAME)).toBeVisible();
  await page.goto(`/w/${WS}/schedules/new`);
  const name = `e2e-viewer-${Date.now()}`;
  await page.getByTestId('schedule-name').fill(name);
  await page.getByTestId('schedule-cron').fill('@daily');
  await page.getByTestId('schedule-duration').fill('1h');
  await page.getByRole('radio', { name: /^All clusters/ }).check();
  await page.getByTestId('schedule-submit').click();
  await expect(page.getByTestId('notice-error')).toContainText(/not allowed to create/i);
  expect((await getObject(WS, 'schedules', name)).status).toBe(404);

  await signInAsOperator(page);
  // The page is gated like every page of a workspace the person cannot see; the API route answers 403 in words.
  await page.goto(`/w/${F.WS_LOCAL}/schedules`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`No access to workspace ${F.WS_LOCAL}`);
  const api = await page.request.get(`/api/w/${F.WS_LOCAL}/schedules`);
  expect(api.status()).toBe(403);
  expect(((await api.json()) as { error: string }).error).toBe(
    `You (operator) are not allowed to list Schedules in workspace ${F.WS_LOCAL}. Your Kubernetes RBAC does not grant it; ask a cluster administrator, or pick a workspace you have access to.`,
  );
  // As the API server sees it.
  expect((await kube('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${F.WS_LOCAL}/schedules`, undefined, 'operator')).status).toBe(403);
  // All workspaces: the operator may not list Schedules cluster-wide, so each workspace is read and the refusing ones left out.
  expect((await kube('GET', '/apis/fleet.cattle.io/v1alpha1/schedules', undefined, 'operator')).status).toBe(403);
  const all = (await (await page.request.get('/api/w/_all/schedules')).json()) as { items: { namespace: string; name: string }[] };
  expect(all.items.map((i) => `${i.namespace}/${i.name}`)).toContain(`${WS}/${F.SCHEDULE_NAME}`);
  expect(all.items.every((i) => i.namespace === WS)).toBe(true);
});

for (const [label, viewport, scheme] of [
  ['light', { width: 1400, height: 900 }, 'light'],
  ['dark', { width: 1400, height: 900 }, 'dark'],
  ['390', { width: 390, height: 844 }, 'light'],
] as const) {
  test(`Schedules pages fit at ${label}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport, colorScheme: scheme });
    const page = await context.newPage();
    try {
      for (const [shot, url] of [
        ['schedules', `/w/${WS}/schedules`],
        ['schedule-detail', `/w/${WS}/schedules/${F.SCHEDULE_NAME}`],
        ['schedule-edit', `/w/${WS}/schedules/${F.SCHEDULE_NAME}/edit`],
        ['schedule-cluster', `/w/${WS}/clusters/${F.SCHEDULED_CLUSTER}`],
      ] as const) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        if (shot === 'schedule-edit') await expect(page.getByTestId('cron-description')).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${shot} scrolls sideways`).toBe(0);
        await screenshot(page, `${shot}-${label}`);
      }
    } finally {
      await context.close();
    }
  });
}
