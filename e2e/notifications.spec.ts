// Browser notifications for watched objects (issue 13 item 9), on the seeded test instance. The permission is granted
// through Playwright; window.Notification is replaced by an init script only to RECORD what the page shows (the
// permission calls go to the real one). Nothing of the API is stubbed: GitRepos and Bundles are written through the
// Kubernetes API server as Fleet's controllers write them (spec, then status), and the page learns of the change
// through its live stream.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { screenshot, signIn } from './support/app';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, gitRepoNamesWithPrefix, kube } from './support/gitrepo';
import { fleet } from './support/bundles';
import { signInAsOperator, WS } from './support/gitrepo-form';
import { tokenFor } from './support/k8s';

const PREFIX = `nt-${Date.now().toString(36)}`;
const T = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const COMMIT = 'c0ffee0123456789abcdef0123456789abcdef01';
const c = (type: string, status: 'True' | 'False', extra: { reason?: string; message?: string } = {}) => ({ type, status, lastUpdateTime: T, ...extra });
const OK = [c('Ready', 'True'), c('GitPolling', 'True'), c('Reconciling', 'False'), c('Stalled', 'False'), c('Accepted', 'True')];
const AUTH = 'authentication required: Repository not found.';

const repoStatus = (ready: number, desired: number, error?: string) => ({
  observedGeneration: 1,
  commit: COMMIT,
  gitJobStatus: 'Current',
  readyClusters: ready,
  desiredReadyClusters: desired,
  summary: { ready, desiredReady: desired, ...(ready < desired ? { notReady: desired - ready } : {}) },
  display: { readyBundleDeployments: `${ready}/${desired}`, ...(ready < desired ? { state: 'NotReady' } : {}) },
  conditions: error
    ? [...OK.filter((x) => x.type !== 'Stalled' && x.type !== 'GitPolling'), c('GitPolling', 'False', { reason: 'Error', message: error }), c('Stalled', 'True', { reason: 'Stalled', message: error })]
    : OK,
});

const bundleStatus = (ready: number, desired: number, errApplied = false) => ({
  observedGeneration: 1,
  summary: {
    ready,
    desiredReady: desired,
    ...(errApplied ? { errApplied: desired - ready } : ready < desired ? { notReady: desired - ready } : {}),
  },
  display: { readyClusters: `${ready}/${desired}`, ...(errApplied ? { state: 'ErrApplied' } : ready < desired ? { state: 'NotReady' } : {}) },
  conditions: [c('Ready', ready === desired ? 'True' : 'False')],
});

async function writeRepo(name: string, status: Record<string, unknown>): Promise<void> {
  const r = await kube('PATCH', `${fleet(WS, 'gitrepos', name)}/status`, { status });
  expect(r.status, `status of gitrepo ${name}`).toBe(200);
}
async function writeBundle(name: string, status: Record<string, unknown>): Promise<void> {
  const r = await kube('PATCH', `${fleet(WS, 'bundles', name)}/status`, { status });
  expect(r.status, `status of bundle ${name}`).toBe(200);
}
async function newRepo(name: string): Promise<void> {
  await createGitRepoAsAdmin(WS, name, { repo: 'https://github.com/acme-corp/notify-check', branch: 'main', paths: ['deploy'] });
  await writeRepo(name, repoStatus(2, 2));
}
async function newBundle(name: string): Promise<void> {
  const r = await kube('POST', fleet(WS, 'bundles'), {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'Bundle',
    metadata: { name, namespace: WS },
    spec: { resources: [{ name: 'cm.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notify\n' }], targets: [{ clusterGroup: 'default' }] },
  });
  expect(r.status, `create bundle ${name}`).toBe(201);
  await writeBundle(name, bundleStatus(2, 2));
}

interface Shown {
  title: string;
  body?: string;
  tag?: string;
}

/** Records every notification the page creates, across reloads of the tab (sessionStorage). */
async function recordNotifications(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Real = window.Notification;
    const KEY = 'e2e-notifications';
    class Recorder {
      onclick: ((this: Notification, ev: Event) => unknown) | null = null;
      constructor(title: string, options: NotificationOptions = {}) {
        const all = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as unknown[];
        all.push({ title, body: options.body, tag: options.tag });
        sessionStorage.setItem(KEY, JSON.stringify(all));
      }
      static get permission() {
        return Real.permission;
      }
      static requestPermission() {
        return Real.requestPermission();
      }
      close() {}
    }
    Object.defineProperty(window, 'Notification', { value: Recorder, configurable: true, writable: true });
  });
}

const shown = (page: Page): Promise<Shown[]> => page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e-notifications') ?? '[]') as Shown[]);
const titles = async (page: Page) => (await shown(page)).map((n) => n.title);

async function openMenu(page: Page) {
  if ((await page.getByTestId('watching-button').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('watching-button').click();
  return page.getByTestId('watching-panel');
}
/** The Watching menu shows the object's state: the notifier's query (the same one) has it, so it has its baseline. */
async function expectWatchedState(page: Page, name: string, state: string) {
  const panel = await openMenu(page);
  await expect(panel.locator(`[data-testid="watching-item"][data-name="${name}"] [data-state]`)).toHaveAttribute('data-state', state, { timeout: 30_000 });
}

test.describe.configure({ mode: 'serial' });

test.afterAll(async () => {
  for (const n of await gitRepoNamesWithPrefix(WS, PREFIX)) await deleteGitRepoAsAdmin(WS, n);
  const bundles = await kube<{ items: { metadata: { name: string } }[] }>('GET', fleet(WS, 'bundles'));
  for (const b of bundles.body.items.filter((i) => i.metadata.name.startsWith(PREFIX))) await kube('DELETE', fleet(WS, 'bundles', b.metadata.name));
});

test('operator: a watched GitRepo notifies on error and on a finished rollout; unwatched ones stay silent', async ({ page, context }) => {
  test.setTimeout(150_000);
  const watched = `${PREFIX}-watched`;
  const other = `${PREFIX}-other`;
  const dropped = `${PREFIX}-dropped`;
  for (const n of [watched, other, dropped]) await newRepo(n);
  await context.grantPermissions(['notifications']);
  await recordNotifications(context);
  await signInAsOperator(page);

  // Watch two from their pages (the permission is already granted: no prompt), then unwatch one from the menu.
  for (const n of [watched, dropped]) {
    await page.goto(`/w/${WS}/gitrepos/${n}`);
    const toggle = page.getByTestId('watch-toggle');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveText('Watching');
  }
  await expect(page.getByTestId('watching-count')).toHaveText('2');
  await screenshot(page, 'notifications-gitrepo-watching');
  const panel = await openMenu(page);
  await panel.getByRole('button', { name: `Unwatch GitRepo ${dropped}` }).click();
  await expect(page.getByTestId('watching-count')).toHaveText('1');
  await expect(panel.getByTestId('watching-item')).toHaveCount(1);

  // From another page: the watch list lives in the browser, the notifier in every workspace page.
  await page.goto(`/w/${WS}/clusters`);
  await expectWatchedState(page, watched, 'Ready');
  await screenshot(page, 'notifications-menu');

  // Unwatched objects fail first, then the watched one: the feed is ordered, so once the watched one is announced the
  // others have been delivered too.
  await writeRepo(other, repoStatus(2, 2, AUTH));
  await writeRepo(dropped, repoStatus(2, 2, AUTH));
  await writeRepo(watched, repoStatus(2, 2, AUTH));
  await expect.poll(() => titles(page), { timeout: 30_000 }).toContain(`GitRepo ${watched}: Error`);
  const error = (await shown(page)).find((n) => n.title === `GitRepo ${watched}: Error`)!;
  expect(error.body).toBe(`${WS} · ${AUTH}`);
  expect(error.tag).toBe(`gitrepos/${WS}/${watched}:error`);
  expect((await titles(page)).filter((t) => t.includes(other) || t.includes(dropped))).toEqual([]);

  // A rollout: not all clusters ready, then all of them.
  await writeRepo(watched, repoStatus(1, 3));
  await expectWatchedState(page, watched, 'NotReady');
  await writeRepo(watched, repoStatus(3, 3));
  await expect.poll(() => titles(page), { timeout: 30_000 }).toContain(`GitRepo ${watched}: rolled out`);
  expect((await shown(page)).find((n) => n.title.endsWith('rolled out'))?.body).toBe(`${WS} · ready on all 3 clusters`);
  // Nothing else: one error, one rollout.
  expect(await titles(page)).toEqual([`GitRepo ${watched}: Error`, `GitRepo ${watched}: rolled out`]);
});

test('operator: a watched Bundle notifies when its rollout finishes and when it fails to apply', async ({ page, context }) => {
  test.setTimeout(120_000);
  const name = `${PREFIX}-bundle`;
  await newBundle(name);
  await context.grantPermissions(['notifications']);
  await recordNotifications(context);
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/bundles/${name}`);
  await page.getByTestId('watch-toggle').click();
  await expect(page.getByTestId('watch-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expectWatchedState(page, name, 'Ready');

  await writeBundle(name, bundleStatus(0, 2));
  await expectWatchedState(page, name, 'NotReady');
  await writeBundle(name, bundleStatus(2, 2));
  await expect.poll(() => titles(page), { timeout: 30_000 }).toContain(`Bundle ${name}: rolled out`);
  await writeBundle(name, bundleStatus(1, 2, true));
  await expect.poll(() => titles(page), { timeout: 30_000 }).toContain(`Bundle ${name}: Error Applied`);
  expect(await titles(page)).toEqual([`Bundle ${name}: rolled out`, `Bundle ${name}: Error Applied`]);
  await screenshot(page, 'notifications-bundle-watching');
});

test('viewer (read-only) can watch and is notified', async ({ page, context }) => {
  test.setTimeout(90_000);
  const name = `${PREFIX}-viewer`;
  await newRepo(name);
  await context.grantPermissions(['notifications']);
  await recordNotifications(context);
  await signIn(page, tokenFor('viewer'));
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/, { timeout: 45_000 });
  await page.goto(`/w/${WS}/gitrepos/${name}`);
  await page.getByTestId('watch-toggle').click();
  await expect(page.getByTestId('watch-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expectWatchedState(page, name, 'Ready');
  await writeRepo(name, repoStatus(0, 2, AUTH));
  await expect.poll(() => titles(page), { timeout: 30_000 }).toEqual([`GitRepo ${name}: Error`]);
});

test('the logic is kind-generic: a watched HelmOp notifies when Fleet stops accepting it', async ({ page, context }) => {
  test.setTimeout(90_000);
  // HelmOp pages come with their own branch: watch one through the same localStorage list the toggle writes.
  const name = `${PREFIX}-helmop`;
  const created = await kube('POST', fleet(WS, 'helmops'), {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'HelmOp',
    metadata: { name, namespace: WS },
    spec: { helm: { repo: 'https://charts.example.com', chart: 'hello', version: '0.1.0' } },
  });
  expect(created.status, 'create helmop').toBe(201);
  const helmStatus = (accepted: boolean) => ({
    readyClusters: 1,
    desiredReadyClusters: 1,
    summary: { ready: 1, desiredReady: 1 },
    conditions: [c('Ready', 'True'), c('Accepted', accepted ? 'True' : 'False', accepted ? {} : { reason: 'Error', message: 'chart hello 0.1.0 not found in https://charts.example.com' }), c('Polled', 'True')],
  });
  expect((await kube('PATCH', `${fleet(WS, 'helmops', name)}/status`, { status: helmStatus(true) })).status).toBe(200);
  await context.grantPermissions(['notifications']);
  await recordNotifications(context);
  await signInAsOperator(page);
  // Find this identity's list by watching a GitRepo, then add the HelmOp to it.
  const repo = `${PREFIX}-helmop-repo`;
  await newRepo(repo);
  await page.goto(`/w/${WS}/gitrepos/${repo}`);
  await page.getByTestId('watch-toggle').click();
  await expect(page.getByTestId('watch-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate((n) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('fleet-dashboard:watch:'))!;
    const list = JSON.parse(localStorage.getItem(key)!) as unknown[];
    localStorage.setItem(key, JSON.stringify([...list, { kind: 'helmops', namespace: 'fleet-default', name: n }]));
  }, name);
  await page.reload();
  await expectWatchedState(page, name, 'Ready');
  expect((await kube('PATCH', `${fleet(WS, 'helmops', name)}/status`, { status: helmStatus(false) })).status).toBe(200);
  await expect.poll(() => titles(page), { timeout: 30_000 }).toEqual([`HelmOp ${name}: Error`]);
  expect((await shown(page))[0]!.body).toBe(`${WS} · chart hello 0.1.0 not found in https://charts.example.com`);
  await kube('DELETE', fleet(WS, 'helmops', name));
});

test('without the permission, Watch says why and watches nothing', async ({ page, context }) => {
  const name = `${PREFIX}-denied`;
  await newRepo(name);
  await recordNotifications(context);
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/gitrepos/${name}`);
  // Headless Chromium answers the request itself (no prompt): not granted.
  await page.getByTestId('watch-toggle').click();
  await expect(page.getByTestId('watch-problem')).toHaveText(/not allowed|blocks notifications/);
  await expect(page.getByTestId('watch-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('watching-count')).toHaveText('0');
  await screenshot(page, 'notifications-denied');
});

test('the Watching menu at a phone\'s width and in dark mode', async ({ browser }) => {
  const name = `${PREFIX}-phone`;
  await newRepo(name);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  await context.grantPermissions(['notifications']);
  const page = await context.newPage();
  try {
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/gitrepos/${name}`);
    await page.getByTestId('watch-toggle').click();
    await expectWatchedState(page, name, 'Ready');
    // The panel stays inside the screen; the document does not scroll sideways.
    const box = await page.getByTestId('watching-panel').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'notifications-menu-390-dark');
  } finally {
    await context.close();
  }
});

test('the watched-state route refuses bad input in words and answers 404 for what cannot be seen', async ({ request }) => {
  const base = `/api/w/${WS}/watched`;
  const expectError = async (url: string, status: number, message: RegExp) => {
    const res = await request.get(url);
    expect(res.status(), url).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  };
  await expectError(`${base}?kind=clusters&name=x`, 400, /kind must be one of: gitrepos, helmops, bundles/);
  await expectError(`${base}?kind=gitrepos&name=Not_A_Name`, 400, /name is not a valid Kubernetes object name/);
  await expectError(`${base}?kind=gitrepos`, 400, /name is required/);
  await expectError(`${base}?kind=gitrepos&name=x&extra=1`, 400, /unknown parameter "extra"/);
  await expectError(`/api/w/_all/watched?kind=gitrepos&name=x`, 400, /Pick one workspace/);
  await expectError(`${base}?kind=gitrepos&name=${PREFIX}-absent`, 404, /does not exist, or you are not allowed to see it/);
});
