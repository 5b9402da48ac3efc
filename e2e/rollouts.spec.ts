// A Bundle's staged rollout on its detail page, against the seeded Bundle ROLLOUT_BUNDLE (auto partitions of three
// clusters, blocked at its third partition). Expected partitions are read from the API server's Bundle status; the
// phases are the seeded story (done, advancing, blocking, waiting, waiting). A status change Fleet would write (the
// blocking partition recovering) reaches the open page through the live stream.
import { expect, test } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';
import { signIn } from './support/app';
import { kube, tokenFor } from './support/k8s';
import { threeLooks } from './support/looks';

const WS = F.WS_DEFAULT;
const URL = `/w/${WS}/bundles/${F.ROLLOUT_BUNDLE}`;
const BUNDLE_PATH = `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/bundles/${F.ROLLOUT_BUNDLE}`;

type Partition = { name: string; count: number; unavailable: number; maxUnavailable: number; summary: Record<string, unknown> };
type BundleStatus = { partitions: Partition[]; unavailablePartitions: number };
const status = async () => (await kube<{ status: BundleStatus }>('GET', BUNDLE_PATH)).body.status;

for (const who of ['operator', 'viewer'] as const) {
  test(`${who} sees the staged rollout: strategy, one bar per partition, the advancing and the blocking partition`, async ({ page }) => {
    const st = await status();
    await signIn(page, tokenFor(who));
    await page.goto(URL);
    const section = page.getByTestId('rollout-section');
    await expect(section).toBeVisible();
    const rows = section.getByTestId('rollout-partition');
    await expect(rows).toHaveCount(st.partitions.length);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')))).toEqual(['done', 'rolling', 'blocking', 'waiting', 'waiting']);
    for (const [i, p] of st.partitions.entries()) {
      await expect(rows.nth(i)).toContainText(p.name);
      await expect(rows.nth(i).getByTestId('partition-text')).toContainText(`${p.unavailable} unavailable (at most ${p.maxUnavailable} allowed)`);
      // The bar's text alternative names the partition, its size and its states.
      await expect(rows.nth(i).getByRole('img')).toHaveAttribute('aria-label', new RegExp(`${p.name}: ${p.count} clusters`));
    }
    await expect(rows.nth(1)).toHaveAttribute('aria-current', 'step');
    await expect(section.getByTestId('rollout-headline')).toHaveText(`${st.partitions[1]!.name} (2 of 5) is advancing.`);
    await expect(section.getByTestId('rollout-blocked')).toContainText(`${st.partitions[2]!.name} has 2 of 3 clusters unavailable (allowed: 1)`);
    await expect(section.getByTestId('rollout-numbers')).toContainText(`${st.unavailablePartitions} of at most 0`);
    await section.getByText('Strategy').click();
    await expect(section.getByTestId('rollout-strategy')).toContainText('At most 1 of the clusters may be unavailable');
    await expect(section.getByTestId('rollout-strategy')).toContainText('Partitions of 3 of the clusters');
    await expect(section.getByTestId('rollout-strategy')).toContainText('At most 20 new deployments');
  });
}

test('the picture advances live when the blocking partition recovers', async ({ page }) => {
  const before = await status();
  await page.goto(URL);
  const rows = page.getByTestId('rollout-partition');
  await expect(rows.nth(2)).toHaveAttribute('data-phase', 'blocking');
  const healed = before.partitions.map((p, i) => (i === 2 ? { ...p, unavailable: 0, summary: { desiredReady: p.count, ready: p.count } } : p));
  try {
    const r = await kube('PATCH', `${BUNDLE_PATH}/status`, { status: { partitions: healed, unavailablePartitions: 0 } });
    expect(r.status).toBe(200);
    // The third partition is done; Fleet's walk goes on to the fourth, which is over its budget and now blocks.
    await expect.poll(async () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-phase'))), { timeout: 20_000 }).toEqual(['done', 'rolling', 'done', 'blocking', 'waiting']);
    await expect(page.getByTestId('rollout-blocked')).toContainText(`${before.partitions[3]!.name} has 3 of 3`);
  } finally {
    await kube('PATCH', `${BUNDLE_PATH}/status`, { status: { partitions: before.partitions, unavailablePartitions: before.unavailablePartitions } });
  }
});

test('rollout screenshots: light, dark, 390 px', async ({ browser, baseURL }) => {
  await threeLooks(browser, baseURL, URL, 'rollouts-bundle', async (page) => {
    await expect(page.getByTestId('rollout-partition')).toHaveCount(5);
  });
});
