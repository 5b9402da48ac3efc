// A Schedule created through the UI, reconciled by Fleet's own controller (started with EXPERIMENTAL_SCHEDULES=true
// by fleet-up.sh): Fleet writes its status (matching clusters, next start, Ready) and marks the targeted cluster
// scheduled; the pages show both. Deleting it (Fleet's finalizer) releases the cluster again.
import { expect, test } from '@playwright/test';
import { kube } from './support/gitrepo';
import { signInAsOperator, WS } from './support/gitrepo-form';
import { eventually } from './support/real-fleet';
import { screenshot } from './support/app';

const CLUSTER = 'prod-us';
const name = `e2e-window-${Date.now().toString(36)}`;
const schedulePath = `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/schedules/${name}`;
const clusterPath = `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/clusters/${CLUSTER}`;

interface ScheduleStatus { matchingClusters?: string[]; nextStartTime?: string; conditions?: { type: string; status: string }[] }
const scheduleStatus = async () => (await kube<{ status?: ScheduleStatus }>('GET', schedulePath)).body.status ?? {};
const clusterScheduled = async () => (await kube<{ status?: { scheduled?: boolean } }>('GET', clusterPath)).body.status?.scheduled === true;

test('a Schedule created in the UI is reconciled by Fleet: status on it and on the cluster it targets', async ({ page }) => {
  await signInAsOperator(page);
  try {
    await page.goto(`/w/${WS}/schedules/new`);
    await page.getByTestId('schedule-name').fill(name);
    // Every day at 03:00 UTC for 1 h: far enough from now in most runs; either way Fleet reports the cluster.
    await page.getByTestId('schedule-cron').fill('0 0 3 * * ?');
    await page.getByTestId('schedule-duration').fill('1h');
    await page.getByTestId('schedule-location').fill('UTC');
    await page.getByRole('radio', { name: /^Specific clusters/ }).check();
    await page.getByLabel('Cluster', { exact: true }).fill(CLUSTER);
    await page.getByTestId('schedule-submit').click();
    await expect(page).toHaveURL(new RegExp(`/schedules/${name}$`));

    await eventually('Fleet reports the matching cluster and the next start', async () => {
      const st = await scheduleStatus();
      return (st.matchingClusters ?? []).includes(CLUSTER) && !!st.nextStartTime;
    });
    await eventually('Fleet marks the cluster scheduled', clusterScheduled);
    await page.reload();
    await expect(page.getByTestId('matching-cluster')).toHaveText([CLUSTER]);
    await expect(page.getByTestId('schedule-status')).not.toHaveAttribute('data-status', 'not-reconciled');
    await expect(page.getByTestId('schedule-next-start')).toBeVisible();
    await screenshot(page, 'real-schedule-detail');
    await page.getByTestId('matching-cluster').click();
    await expect(page.getByTestId('window-badge')).toBeVisible();

    await page.goto(`/w/${WS}/schedules/${name}`);
    await page.getByTestId('delete-schedule').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/schedules$`));
    await eventually('Fleet releases the cluster', async () => !(await clusterScheduled()));
  } finally {
    await kube('DELETE', schedulePath);
  }
});
