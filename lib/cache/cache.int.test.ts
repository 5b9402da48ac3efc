// Against the real API server (KUBECONFIG, default .cache/kubeconfig): informer sync, watch events for a GitRepo
// created/patched/deleted as admin, the change feed, the 410 → relist path, and SelfSubjectAccessReview per person.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const kubeconfig = process.env.KUBECONFIG ?? path.resolve(__dirname, '../../.cache/kubeconfig');
process.env.KUBECONFIG = kubeconfig;

const { resetKubeConfigForTests, kubeConfigForContext } = await import('@/lib/k8s/config');
const { k8sRequest } = await import('@/lib/k8s/transport');
const { FleetCache, cacheContext } = await import('./index');
const { httpTransport } = await import('./http');
const { accessChecker, clearAuthzCache } = await import('./authz');
import type { FeedEvent } from './feed';
import type { Identity } from '@/lib/k8s/identity';

resetKubeConfigForTests();

async function reachable(): Promise<string | undefined> {
  if (!fs.existsSync(kubeconfig)) return `no kubeconfig at ${kubeconfig}`;
  try {
    const t = httpTransport(kubeConfigForContext(cacheContext()!), { requestTimeoutMs: 3000 });
    await t.listPage('/api/v1/namespaces', { limit: '1' }, AbortSignal.timeout(3000));
    return undefined;
  } catch (e) {
    return `API server of ${kubeconfig} unreachable: ${(e as Error).message}`;
  }
}

const skipReason = await reachable();
if (skipReason) console.warn(`[cache.int.test] SKIPPED: ${skipReason}`);

const admin: Identity = { type: 'context', context: 'admin', username: 'admin', groups: [] };
const ws = 'fleet-default';
const name = `cache-int-${Date.now().toString(36)}`;
const gitrepos = `/apis/fleet.cattle.io/v1alpha1/namespaces/${ws}/gitrepos`;

async function until<T>(fn: () => T | undefined, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!!skipReason)('watch cache against the real API server', () => {
  let cache: InstanceType<typeof FleetCache>;
  const events: FeedEvent[] = [];

  beforeAll(async () => {
    expect(cacheContext()).toBe(process.env.FLEETDASH_CACHE_CONTEXT ?? 'fleet-dashboard');
    cache = new FleetCache({ transport: httpTransport(kubeConfigForContext(cacheContext()!)), kinds: ['gitrepos', 'namespaces'], coalesceMs: 20, watchList: true });
    cache.subscribe((b) => events.push(...b));
    await cache.ready();
  });

  it('reads the API server\'s remainingItemCount from a paginated list (the total of "loading N of M")', async () => {
    const t = httpTransport(kubeConfigForContext(cacheContext()!));
    const first = await t.listPage('/api/v1/namespaces', { limit: '1' });
    const all = await t.listPage('/api/v1/namespaces', {});
    expect(first.items).toHaveLength(1);
    expect(first.continueToken).toBeTruthy();
    expect(first.remainingItemCount).toBe(all.items.length - 1);
  });

  afterAll(async () => {
    cache?.stop();
    await k8sRequest(admin, { method: 'DELETE', path: `${gitrepos}/${name}` }).catch(() => undefined);
  });

  it('syncs namespaces and reports status', () => {
    expect(cache.get('namespaces', undefined, ws)?.metadata.name).toBe(ws);
    const st = cache.status().kinds.gitrepos!;
    expect(st.synced).toBe(true);
    expect(st.lists).toBe(1);
  });

  it('sees a GitRepo created, patched and deleted as admin, in the store and the feed', async () => {
    const t0 = Date.now();
    await k8sRequest(admin, {
      method: 'POST',
      path: gitrepos,
      body: { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', metadata: { name, namespace: ws }, spec: { repo: 'https://github.com/rancher/fleet-examples', branch: 'main', paths: ['simple'] } },
    });
    const created = await until(() => cache.get('gitrepos', ws, name), 'created GitRepo in cache');
    expect(created.spec?.branch).toBe('main');
    expect(created.metadata.managedFields).toBeUndefined();
    const ev = await until(() => events.find((e) => e.name === name && e.type === 'upsert'), 'feed upsert');
    console.log(`[cache.int.test] API write → feed event: ${Date.now() - t0} ms`);
    expect(ev).toMatchObject({ kind: 'gitrepos', namespace: ws });
    expect(cache.query('gitrepos', { workspaces: [ws], q: name, sort: 'name', dir: 'asc', page: 1, pageSize: 10 }).total).toBe(1);

    await k8sRequest(admin, { method: 'PATCH', path: `${gitrepos}/${name}`, body: { spec: { branch: 'release' } }, contentType: 'application/merge-patch+json' });
    await until(() => cache.get('gitrepos', ws, name)?.spec?.branch === 'release', 'patched branch');

    await k8sRequest(admin, { method: 'DELETE', path: `${gitrepos}/${name}` });
    await until(() => !cache.get('gitrepos', ws, name), 'deletion');
    await until(() => events.find((e) => e.name === name && e.type === 'delete'), 'feed delete');
  });

  it('relists after watching from a too-old resourceVersion (410) and emits what the watch missed', async () => {
    // A CRD's watch cache starts when the CRD is established, so resourceVersion 1 is always before it → 410 Gone.
    // (Core kinds may instead replay etcd history from rv 1 while it is not compacted.)
    const keep = `${name}-kept`;
    await k8sRequest(admin, {
      method: 'POST',
      path: gitrepos,
      body: { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', metadata: { name: keep, namespace: ws }, spec: { repo: 'https://example.com/r' } },
    });
    try {
      const store = cache.store('gitrepos');
      const real = (await until(() => store.get(`${ws}/${keep}`), 'kept GitRepo')).obj;
      // Simulate missed events: one object lost, one that no longer exists.
      store.remove(real);
      store.upsert({ metadata: { name: 'ghost', namespace: ws, resourceVersion: '1' } });
      cache.feed.flush(); // the create's own event must not count as part of the relist
      events.length = 0;
      const before = cache.status().kinds.gitrepos!.relists;
      cache.informer('gitrepos')!.restartWatchFrom('1');
      await until(() => cache.status().kinds.gitrepos!.relists > before, 'relist after 410');
      await until(() => cache.get('gitrepos', ws, keep), 'restored GitRepo');
      expect(cache.get('gitrepos', ws, 'ghost')).toBeUndefined();
      // Other writers (the seed) may be active: look only at the two objects this test tampered with.
      const mine = () => events.filter((e) => e.name === 'ghost' || e.name === keep);
      await until(() => mine().length >= 2, 'relist diff in feed');
      const seen = mine().map((e) => `${e.type} ${e.name}`).sort();
      console.log('[cache.int.test] relist diff:', mine().map((e) => `${e.type} ${e.name} rv=${e.resourceVersion} seq=${e.seq}`));
      expect(seen).toEqual(['delete ghost', `upsert ${keep}`]);
      expect(cache.status().kinds.gitrepos!.errors).toBe(0);
    } finally {
      await k8sRequest(admin, { method: 'DELETE', path: `${gitrepos}/${keep}` }).catch(() => undefined);
    }
  });

  it('answers "may this person list X here" with SelfSubjectAccessReview as that person', async () => {
    clearAuthzCache();
    const as = (context: string) => accessChecker({ type: 'context', context, username: context, groups: [] });
    expect(await as('operator').canList('gitrepos', 'fleet-default')).toBe(true);
    expect(await as('operator').canList('gitrepos', 'fleet-local')).toBe(false);
    expect(await as('operator').canList('gitrepos', '*')).toBe(false);
    expect(await as('viewer').canList('gitrepos', '*')).toBe(true);
    const r = await cache.queryFor(as('operator'), 'namespaces', { workspaces: 'all', sort: 'name', dir: 'asc', page: 1, pageSize: 50 });
    expect(r.total).toBe(0); // operator may not list namespaces
  });
});
