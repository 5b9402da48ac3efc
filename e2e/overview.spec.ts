import { expect, test } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';
import { screenshot } from './support/app';
import { list, startLiveSeed, stopChild } from './support/bundles';

const WS = F.WS_DEFAULT;

test('the overview shows the API server’s totals, worst offenders and recent changes', async ({ page }) => {
  const [gitrepos, clusters, bundles] = await Promise.all([list(WS, 'gitrepos'), list(WS, 'clusters'), list(WS, 'bundles')]);
  await page.goto(`/w/${WS}`);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByTestId('gitrepos-total')).toHaveText(String(gitrepos.length), { timeout: 30_000 });
  await expect(page.getByTestId('clusters-total')).toHaveText(String(clusters.length));
  await expect(page.getByTestId('bundles-total')).toHaveText(String(bundles.length));
  for (const s of ['Ready', 'NotReady', 'WaitApplied', 'ErrApplied', 'OutOfSync', 'Modified', 'Pending']) await expect(page.getByTestId(`bds-${s}`)).toHaveText(/\d+/);
  await expect(page.getByTestId('worst-clusters').getByTestId('offender').first()).toBeVisible();
  await expect(page.getByTestId('overview-trouble')).toBeVisible();
  await screenshot(page, 'overview-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'overview-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 420, height: 860 });
  await screenshot(page, 'overview-narrow');
  await page.setViewportSize({ width: 1400, height: 900 });

  await page.goto('/w/_all');
  await expect(page.getByTestId('clusters-total')).toHaveText(/\d+/, { timeout: 30_000 });
  await screenshot(page, 'overview-all');
});

test('a status change from the seed’s live mode shows on the overview without reload', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(`/w/${WS}`);
  await expect(page.getByTestId('bds-Ready')).toHaveText(/\d+/, { timeout: 30_000 });
  const snapshot = async () => (await page.getByTestId('bds-states').textContent()) + '|' + (await page.getByTestId('card-clusters').textContent());
  const before = await snapshot();
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  const child = startLiveSeed(40);
  try {
    await expect.poll(snapshot, { timeout: 100_000, intervals: [1000] }).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  } finally {
    stopChild(child);
  }
});
