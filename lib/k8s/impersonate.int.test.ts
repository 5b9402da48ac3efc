// Against the real API server (KUBECONFIG, default .cache/kubeconfig): an `impersonate` identity acts as the person
// the auth proxy named, with the dashboard's own credentials, and the API server's RBAC for that person decides.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const kubeconfig = process.env.KUBECONFIG ?? path.resolve(__dirname, '../../.cache/kubeconfig');
const saved = { KUBECONFIG: process.env.KUBECONFIG, FLEETDASH_CACHE_CONTEXT: process.env.FLEETDASH_CACHE_CONTEXT };
process.env.KUBECONFIG = kubeconfig;
// admin (system:masters) may impersonate, as the chart's ServiceAccount may in proxy mode.
process.env.FLEETDASH_CACHE_CONTEXT = 'admin';
const { resetKubeConfigForTests } = await import('./config');
const { forIdentity } = await import('./client');
const { K8sError } = await import('./errors');
resetKubeConfigForTests();

async function reachable(): Promise<string | undefined> {
  if (!fs.existsSync(kubeconfig)) return `no kubeconfig at ${kubeconfig}`;
  try {
    await forIdentity({ type: 'context', context: 'admin', username: 'admin', groups: [] }).version();
    return undefined;
  } catch (e) {
    return `API server of ${kubeconfig} unreachable: ${(e as Error).message}`;
  }
}
const skipReason = await reachable();
if (skipReason) console.warn(`[impersonate.int.test] SKIPPED: ${skipReason}`);

afterAll(() => {
  Object.assign(process.env, saved);
  if (saved.KUBECONFIG === undefined) delete process.env.KUBECONFIG;
  if (saved.FLEETDASH_CACHE_CONTEXT === undefined) delete process.env.FLEETDASH_CACHE_CONTEXT;
  resetKubeConfigForTests();
});

describe.skipIf(!!skipReason)('impersonation against the real API server', () => {
  it('the API server sees the named user and groups, not the dashboard', async () => {
    const k = forIdentity({ type: 'impersonate', username: 'proxy-alice', groups: ['fleet-viewers', 'team-a'] });
    const who = (await k.selfSubjectReview()).status?.userInfo;
    expect(who?.username).toBe('proxy-alice');
    expect(who?.groups).toEqual(expect.arrayContaining(['fleet-viewers', 'team-a']));
    expect(who?.groups).not.toContain('system:masters');
  });

  it('that person’s RBAC decides: a viewer group may list GitRepos but not delete one', async () => {
    const k = forIdentity({ type: 'impersonate', username: 'proxy-bob', groups: ['fleet-viewers'] });
    await expect(k.list('gitrepos', 'fleet-default', { limit: 1 })).resolves.toBeDefined();
    const err = await k.delete('gitrepos', 'fleet-default', 'does-not-matter').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(K8sError);
    expect((err as InstanceType<typeof K8sError>).httpStatus).toBe(403);
  });
});
