// seedAll's twin for the million-object benchmark: the same model, objects and statuses, put straight into etcd
// (scripts/seed/etcd.ts says how and why). Order: BundleDeployments first (their walk computes the roll-ups), then
// every object whose status rolls them up, each written once with its final status, as Fleet would leave it.
// Run it with the API server stopped, then start it (the benchmark does): at startup the API server reads each kind
// once into its watch cache; a running one takes every put as a watch event, and at 2,500 objects/s on 2 cores it fell
// behind (lists answered "Too large resource version") and grew to 8.6 GB at 300,000 objects, where a fresh start
// holds the same objects in 1.5 GB (measured).
import type { Json } from './bd';
import { EtcdWriter, asStored } from './etcd';
import type { Model } from './model';
import { allWorkspaces, bundleObject, clusterNamespaceObject, clusterObject, gitRepoObject, groupObject, secrets, workspaceNamespace, type K8sObject } from './objects';
import { UNPROCESSED_EXTRA_PATH, type Log } from './status';
import { rollupStatuses, targetingError, walk } from './world';

const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** status.observedGeneration as Fleet's controllers record the generation they processed. */
const observed = (status: Json, generation: number): Json => ({ ...status, observedGeneration: generation });

export async function seedDirect(etcdUrl: string, m: Model, opts: { nowMs: number; log: Log; marker?: K8sObject }): Promise<{ bds: number; pending: number; bytes: number }> {
  const { log, nowMs } = opts;
  const w = new EtcdWriter(etcdUrl);
  await w.assertNoFleetObjects();
  const created = rfc3339(nowMs);
  const put = (o: K8sObject, generation?: number) => w.put(asStored(o, created, generation));
  const withStatus = (o: K8sObject, status: Json): K8sObject => ({ ...o, status }) as K8sObject;

  let bds = 0;
  let last = Date.now();
  const t0 = Date.now();
  const rollups = await walk(m, nowMs, async (bd) => {
    await put(bd as unknown as K8sObject);
    if (++bds % 10_000 === 0 && Date.now() - last > 2000) {
      last = Date.now();
      log(`  bundledeployments: ${bds} (${Math.round(bds / ((last - t0) / 1000))}/s)`);
    }
  });
  log(`bundledeployments: ${bds} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

  for (const ws of allWorkspaces(m)) await put(workspaceNamespace(ws));
  for (const c of m.clusters) await put(clusterNamespaceObject(c));
  for (const s of secrets()) await put(s);
  const st = rollupStatuses(m, rollups, nowMs);
  for (const { c, status } of st.clusters) await put(withStatus(clusterObject(c), status));
  for (const { g, status } of st.groups) await put(withStatus(groupObject(g), status));
  for (const { b, status } of st.bundles) await put(withStatus(bundleObject(b), targetingError(b) ? status : observed(status, 1)));
  for (const { repo, status } of st.repos) {
    const o = gitRepoObject(repo);
    if (repo.git.notAccepted) await put(withStatus(o, status));
    else if (repo.git.unobserved) {
      // Edited after Fleet's last reconcile (as seedAll's editAfterReconcile): generation one ahead of what it observed.
      const spec = o.spec as { paths?: string[] };
      await put(withStatus({ ...o, spec: { ...spec, paths: [...(spec.paths ?? []), UNPROCESSED_EXTRA_PATH] } } as K8sObject, observed(status, 1)), 2);
    } else await put(withStatus(o, observed(status, 1)));
  }
  if (opts.marker) await put(opts.marker);
  await w.close();
  if (w.tooLarge.length) log(`not written, larger than etcd's request limit (the API server would refuse them too): ${w.tooLarge.join(', ')}`);
  const pending = [...rollups.bundles.values()].reduce((s, a) => s + (a.summary.pending ?? 0), 0);
  return { bds, pending, bytes: w.bytes };
}
