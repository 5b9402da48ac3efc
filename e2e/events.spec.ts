// The Kubernetes Events of a GitRepo, Bundle and Cluster on their detail pages, read as the person. The seed records
// two Events about EVENTS_GITREPO as Fleet's gitops controller does (events.k8s.io/v1): an old Normal JobDeleted and
// a repeated Warning FailedToCheckCommit. operator may list Events in fleet-default (controlplane/manifests/rbac.yaml);
// viewer may not, and is told so in words while the rest of the page works. The spec rewrites the seeded Events first.
import { expect, test } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';
import { connect } from '../scripts/seed/client';
import { seedEvents } from '../scripts/seed/events';
import { signIn } from './support/app';
import { kube, kubeconfigPath, tokenFor } from './support/k8s';
import { threeLooks } from './support/looks';

const WS = F.WS_DEFAULT;
const GITREPO_URL = `/w/${WS}/gitrepos/${F.EVENTS_GITREPO}`;

// The API server drops Events an hour after they were recorded (--event-ttl): write the seed's afresh, as the seed does.
test.beforeAll(async () => {
  const k = connect(kubeconfigPath(), 'admin', 2);
  try {
    expect(await seedEvents(k, Date.now())).toBe(3);
  } finally {
    await k.dispatcher.close();
  }
});

test.describe('operator', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, tokenFor('operator'));
    await expect(page.getByTestId('current-user')).toHaveText(/operator/);
  });

  test('a GitRepo’s events: newest first, the warning stands out with its count, and a new event appears without a reload', async ({ page }) => {
    await page.goto(GITREPO_URL);
    const panel = page.getByTestId('events-panel');
    const rows = panel.getByTestId('event-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveAttribute('data-type', 'Warning');
    await expect(rows.nth(0).getByTestId('event-reason')).toHaveText(F.EVENT_WARNING_REASON);
    await expect(rows.nth(0).getByTestId('event-count')).toHaveText(/×12/);
    await expect(rows.nth(0)).toHaveClass(/border-l-danger/);
    await expect(rows.nth(1)).toHaveAttribute('data-type', 'Normal');
    await expect(rows.nth(1).getByTestId('event-reason')).toHaveText(F.EVENT_NORMAL_REASON);
    await expect(panel.getByTestId('events-warnings')).toHaveText('1 warning');

    // A new Event, as a controller would record it (core/v1 this time): the panel polls and shows it on top.
    const name = `${F.EVENTS_GITREPO}.e2e-${Date.now()}`;
    const now = new Date().toISOString();
    const created = await kube('POST', `/api/v1/namespaces/${WS}/events`, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: WS },
      involvedObject: { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', namespace: WS, name: F.EVENTS_GITREPO },
      type: 'Normal',
      reason: 'E2ENewEvent',
      message: 'recorded by the events e2e test',
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      source: { component: 'e2e' },
    });
    expect(created.status).toBe(201);
    try {
      await expect(rows).toHaveCount(3, { timeout: 15_000 });
      await expect(rows.nth(0).getByTestId('event-reason')).toHaveText('E2ENewEvent');
    } finally {
      await kube('DELETE', `/api/v1/namespaces/${WS}/events/${name}`);
    }
  });

  test('the Bundle and Cluster pages carry the panel too', async ({ page }) => {
    await page.goto(`/w/${WS}/bundles/${F.ROLLOUT_BUNDLE}`);
    await expect(page.getByTestId('events-panel').getByTestId('events-empty')).toContainText(`No events about Bundle ${F.ROLLOUT_BUNDLE}`);
    await page.goto(`/w/${WS}/clusters/${F.OLD_K8S_CLUSTER}`);
    await expect(page.getByTestId('events-panel').getByTestId('events-empty')).toContainText(`No events about Cluster ${F.OLD_K8S_CLUSTER}`);
  });

  test('the events API takes only the allowlisted kinds and a valid name (400 with field errors)', async ({ page }) => {
    const bad = await page.request.get(`/api/w/${WS}/events?kind=Secret&name=Bad_Name`);
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['kind', 'name']);
    expect(body.fieldErrors[0].message).toContain('GitRepo, HelmOp, Bundle, Cluster');
    const all = await page.request.get(`/api/w/_all/events?kind=GitRepo&name=x`);
    expect(all.status()).toBe(400);
    const ok = await page.request.get(`/api/w/${WS}/events?kind=GitRepo&name=${F.EVENTS_GITREPO}`);
    expect(ok.status()).toBe(200);
    expect((await ok.json()).items.map((e: { reason: string }) => e.reason)).toEqual([F.EVENT_WARNING_REASON, F.EVENT_NORMAL_REASON]);
  });
});

test('viewer may not list Events: the panel says so in words, the rest of the page works', async ({ page }) => {
  await signIn(page, tokenFor('viewer'));
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  await page.goto(GITREPO_URL);
  await expect(page.getByTestId('gitrepo-detail')).toBeVisible();
  const err = page.getByTestId('events-panel').getByTestId('load-error');
  await expect(err).toHaveAttribute('data-status', '403');
  await expect(err).toContainText(`You are not allowed to see the events of GitRepo ${F.EVENTS_GITREPO} in workspace ${WS}.`);
  await expect(err).toContainText(`You (viewer) are not allowed to list events in workspace ${WS}.`);
  const res = await page.request.get(`/api/w/${WS}/events?kind=GitRepo&name=${F.EVENTS_GITREPO}`);
  expect(res.status()).toBe(403);
});

test('events screenshots: light, dark, 390 px', async ({ browser, baseURL }) => {
  await threeLooks(browser, baseURL, GITREPO_URL, 'events-gitrepo', async (page) => {
    await expect(page.getByTestId('event-row')).toHaveCount(2);
    await page.getByTestId('events-panel').scrollIntoViewIfNeeded();
  });
});
