// A hung API server (process stopped with SIGSTOP, its connections left open) is noticed: within ~10 s the live
// indicator says the dashboard has lost it, a request that needs it answers in words instead of hanging, and once it
// runs again (SIGCONT) everything is live again. The test always resumes the process, whatever happens.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { WS_DEFAULT } from '../scripts/seed/fixtures';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin } from './support/gitrepo';
import { kubeconfigPath } from './support/k8s';
import { screenshot } from './support/app';

/** The test instance's kube-apiserver pid (.cache/controlplane-<instance>/kube-apiserver.pid, beside its kubeconfig). */
function apiServerPid(): number {
  const suffix = path.basename(kubeconfigPath()).replace(/^kubeconfig/, '');
  const file = path.join(path.dirname(kubeconfigPath()), `controlplane${suffix}`, 'kube-apiserver.pid');
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 1) throw new Error(`no kube-apiserver pid in ${file}`);
  process.kill(pid, 0); // it runs
  return pid;
}

test('a frozen API server is noticed within ~10 s, requests answer in words, and live updates resume after', async ({ page, request }) => {
  test.setTimeout(120_000);
  const name = `e2e-hang-${Date.now().toString(36)}`;
  await createGitRepoAsAdmin(WS_DEFAULT, name, { repo: 'https://github.com/rancher/fleet-examples', paths: ['simple'] });
  const pid = apiServerPid();
  let stopped = false;
  const resume = () => {
    if (stopped) process.kill(pid, 'SIGCONT');
    stopped = false;
  };
  process.once('exit', resume); // even if the runner dies mid-test
  try {
    await page.goto(`/w/${WS_DEFAULT}/gitrepos`);
    const live = page.getByTestId('live-indicator');
    await expect(live).toHaveAttribute('data-state', 'live');

    process.kill(pid, 'SIGSTOP');
    stopped = true;
    const t0 = Date.now();

    // A request that has to ask the API server (the GitRepo read as the person) answers in words, not after minutes.
    const res = await request.get(`/api/w/${WS_DEFAULT}/gitrepos/${name}`, { timeout: 30_000 });
    const answeredAfter = Date.now() - t0;
    expect(res.status(), await res.text()).toBe(504);
    expect(((await res.json()) as { error: string }).error).toMatch(/did not answer within \d+ s: the dashboard has lost it/);
    expect(answeredAfter).toBeLessThan(10_500);

    await expect(live).toHaveAttribute('data-state', 'upstream', { timeout: Math.max(1000, 11_000 - (Date.now() - t0)) });
    const noticedAfter = Date.now() - t0;
    expect(noticedAfter).toBeLessThan(11_000);
    await expect(live).toHaveText(/API server lost/);
    await screenshot(page, 'live-apiserver-lost');
    await expect(live).toHaveAttribute('title', /lost the Kubernetes API server/);
    console.log(`frozen API server: request answered after ${answeredAfter} ms, indicator changed after ${noticedAfter} ms`);

    // Keep it frozen ~15 s in all, then let it run again.
    await page.waitForTimeout(Math.max(0, 15_000 - (Date.now() - t0)));
    resume();
    await expect(live).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
    const again = await request.get(`/api/w/${WS_DEFAULT}/gitrepos/${name}`);
    expect(again.status()).toBe(200);
  } finally {
    resume();
    process.removeListener('exit', resume);
    await deleteGitRepoAsAdmin(WS_DEFAULT, name);
  }
});
