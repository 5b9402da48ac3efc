// Writes the world the way Fleet does: spec via create (POST; JSON-patch of metadata+spec when it already
// exists), status via the status subresource (JSON-patch "add /status", a full replace that needs no
// resourceVersion). Re-running converges; objects a previous, larger run created are pruned.
import { seedEvents } from './events';
import type { Json } from './bd';
import { KubeError, listMeta, Pool, request, type KubeTarget } from './client';
import type { Model, RepoModel } from './model';
import {
  allWorkspaces,
  bundleObject,
  clusterNamespaceObject,
  clusterObject,
  gitRepoObject,
  groupObject,
  paths,
  secrets,
  SEED_ANNOTATION,
  workspaceNamespace,
  type K8sObject,
} from './objects';
import { rollupStatuses, targetingError, walk, type Overrides } from './world';

export type Log = (line: string) => void;

const JSON_PATCH = 'application/json-patch+json' as const;

function itemPath(listPath: string, name: string): string {
  return `${listPath}/${encodeURIComponent(name)}`;
}

/** Create, or replace labels/annotations/spec of an existing object. */
export async function upsert(k: KubeTarget, listPath: string, obj: K8sObject, exists: boolean): Promise<void> {
  const { status: _ignored, ...body } = obj;
  void _ignored;
  if (!exists) {
    try {
      await request(k, 'POST', listPath, body);
      return;
    } catch (e) {
      if (!(e instanceof KubeError) || e.status !== 409) throw e;
    }
  }
  const ops: Json[] = [
    { op: 'add', path: '/metadata/labels', value: obj.metadata.labels ?? {} },
    { op: 'add', path: '/metadata/annotations', value: obj.metadata.annotations ?? {} },
  ];
  for (const field of ['spec', 'data'] as const) if (obj[field] !== undefined) ops.push({ op: 'add', path: `/${field}`, value: obj[field] });
  try {
    await request(k, 'PATCH', itemPath(listPath, obj.metadata.name), ops, JSON_PATCH);
  } catch (e) {
    if (e instanceof KubeError && e.status === 404) return upsert(k, listPath, obj, false);
    throw e;
  }
}

/**
 * Replaces the status. `observe`: status.observedGeneration := metadata.generation in the same patch, as Fleet's
 * controllers record the generation they processed (a JSON-patch copy, so no read and no race with spec writes).
 */
export async function writeStatus(k: KubeTarget, listPath: string, name: string, status: Json, opts: { observe?: boolean } = {}): Promise<void> {
  const ops: Json[] = [{ op: 'add', path: '/status', value: status }];
  if (opts.observe) ops.push({ op: 'copy', from: '/metadata/generation', path: '/status/observedGeneration' });
  await request(k, 'PATCH', `${itemPath(listPath, name)}/status`, ops, JSON_PATCH);
}

/** A path someone added to GITREPO_UNPROCESSED after Fleet's last reconcile. */
export const UNPROCESSED_EXTRA_PATH = 'deploy/canary';

/** GitRepo status: observed like Fleet does, except the refused one (observedGeneration 0) and the unprocessed one (one behind). */
export async function writeRepoStatus(k: KubeTarget, repo: RepoModel, status: Json): Promise<void> {
  const listPath = paths.fleet('gitrepos', repo.ws);
  if (repo.git.notAccepted) return writeStatus(k, listPath, repo.name, status);
  if (repo.git.unobserved) {
    const cur = await request<{ metadata: { generation?: number } }>(k, 'GET', itemPath(listPath, repo.name));
    return writeStatus(k, listPath, repo.name, { ...status, observedGeneration: Math.max(0, (cur.metadata.generation ?? 1) - 1) });
  }
  return writeStatus(k, listPath, repo.name, status, { observe: true });
}

/** Changes GITREPO_UNPROCESSED's spec after it was written, so its generation is one ahead of what Fleet observed. */
async function editAfterReconcile(k: KubeTarget, repo: RepoModel): Promise<void> {
  await request(k, 'PATCH', itemPath(paths.fleet('gitrepos', repo.ws), repo.name), [{ op: 'add', path: '/spec/paths/-', value: UNPROCESSED_EXTRA_PATH }], JSON_PATCH);
}

/** Namespaces: create, wait out a Terminating one from an earlier prune, else merge its labels/annotations. */
async function ensureNamespace(k: KubeTarget, ns: K8sObject, exists: boolean): Promise<void> {
  if (!exists) {
    try {
      await request(k, 'POST', paths.namespaces(), ns);
      return;
    } catch (e) {
      if (!(e instanceof KubeError) || e.status !== 409) throw e;
    }
  }
  const p = itemPath(paths.namespaces(), ns.metadata.name);
  for (let i = 0; i < 240; i++) {
    const cur = await request<{ metadata: { deletionTimestamp?: string } }>(k, 'GET', p).catch((e: unknown) => {
      if (e instanceof KubeError && e.status === 404) return undefined;
      throw e;
    });
    if (!cur) return ensureNamespace(k, ns, false);
    if (!cur.metadata.deletionTimestamp) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await request(k, 'PATCH', p, { metadata: { labels: ns.metadata.labels ?? {}, annotations: ns.metadata.annotations ?? {} } }, 'application/merge-patch+json');
}

class Progress {
  private last = Date.now();
  private readonly start = Date.now();
  constructor(private readonly log: Log) {}
  tick(label: string, done: number, total: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 2000) return;
    this.last = now;
    const rate = Math.round(done / Math.max(0.001, (now - this.start) / 1000));
    this.log(`  ${label}: ${done}/${total} (${rate}/s overall)`);
  }
}

export interface SeedOptions {
  concurrency: number;
  nowMs: number;
  log: Log;
  overrides?: Overrides;
  prune?: boolean;
}

export async function seedAll(k: KubeTarget, m: Model, opts: SeedOptions): Promise<{ bds: number; pending: number }> {
  const { log, nowMs } = opts;
  const pool = new Pool(opts.concurrency);
  const seededNames = async (p: string) => {
    const items = await listMeta(k, p);
    return new Set(items.map((i) => (i.namespace ? `${i.namespace}/${i.name}` : i.name)));
  };

  log('reading what already exists');
  const [nsExisting, clustersEx, groupsEx, reposEx, bundlesEx, bdsEx] = await Promise.all([
    seededNames(paths.namespaces()),
    seededNames(paths.fleet('clusters')),
    seededNames(paths.fleet('clustergroups')),
    seededNames(paths.fleet('gitrepos')),
    seededNames(paths.fleet('bundles')),
    seededNames(paths.fleet('bundledeployments')),
  ]);
  const has = (set: Set<string>, o: K8sObject) => set.has(o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name);

  const workspaces = allWorkspaces(m);
  log(`namespaces: ${workspaces.length} workspaces + ${m.clusters.length} cluster namespaces`);
  for (const ws of workspaces) await ensureNamespace(k, workspaceNamespace(ws), nsExisting.has(ws));
  for (const c of m.clusters) {
    const ns = clusterNamespaceObject(c);
    await pool.run(() => ensureNamespace(k, ns, has(nsExisting, ns)));
  }
  await pool.drain();

  log('secrets, clusters, cluster groups, gitrepos, bundles (spec)');
  const secretsEx = await seededNames(paths.secrets('fleet-default'));
  for (const s of secrets()) await pool.run(() => upsert(k, paths.secrets(s.metadata.namespace!), s, secretsEx.has(s.metadata.name)));
  for (const c of m.clusters) {
    const o = clusterObject(c);
    await pool.run(() => upsert(k, paths.fleet('clusters', c.ws), o, has(clustersEx, o)));
  }
  for (const g of m.groups) {
    const o = groupObject(g);
    await pool.run(() => upsert(k, paths.fleet('clustergroups', g.ws), o, has(groupsEx, o)));
  }
  for (const r of m.repos) {
    const o = gitRepoObject(r);
    await pool.run(async () => {
      await upsert(k, paths.fleet('gitrepos', r.ws), o, has(reposEx, o));
      if (r.git.unobserved) await editAfterReconcile(k, r);
    });
  }
  let n = 0;
  const progress = new Progress(log);
  for (const b of m.bundles) {
    const o = bundleObject(b);
    await pool.run(() => upsert(k, paths.fleet('bundles', b.ws), o, has(bundlesEx, o)));
    progress.tick('bundles', ++n, m.bundles.length);
  }
  await pool.drain();

  const total = m.bundles.reduce((s, b) => s + b.clusters.length, 0);
  log(`bundledeployments: up to ${total} targets`);
  let bds = 0;
  const wanted = new Set<string>();
  const bdProgress = new Progress(log);
  const rollups = await walk(
    m,
    nowMs,
    async (bd) => {
      const ns = bd.metadata.namespace;
      const key = `${ns}/${bd.metadata.name}`;
      wanted.add(key);
      const listPath = paths.fleet('bundledeployments', ns);
      const status = bd.status;
      await pool.run(async () => {
        await upsert(k, listPath, bd as unknown as K8sObject, bdsEx.has(key));
        if (status) await writeStatus(k, listPath, bd.metadata.name, status);
      });
      bdProgress.tick('bundledeployments', ++bds, total);
    },
    opts.overrides,
  );
  await pool.drain();
  bdProgress.tick('bundledeployments', bds, total, true);

  log('statuses: bundles, gitrepos, clusters, cluster groups');
  const st = rollupStatuses(m, rollups, nowMs);
  for (const { b, status } of st.bundles) await pool.run(() => writeStatus(k, paths.fleet('bundles', b.ws), b.name, status, { observe: !targetingError(b) }));
  for (const { repo, status } of st.repos) await pool.run(() => writeRepoStatus(k, repo, status));
  for (const { c, status } of st.clusters) await pool.run(() => writeStatus(k, paths.fleet('clusters', c.ws), c.name, status));
  for (const { g, status } of st.groups) await pool.run(() => writeStatus(k, paths.fleet('clustergroups', g.ws), g.name, status));
  await pool.drain();

  if (opts.prune !== false) await prune(k, m, wanted, bdsEx, pool, log);
  log(`events: ${await seedEvents(k, nowMs)}`);
  const pending = [...rollups.bundles.values()].reduce((s, a) => s + (a.summary.pending ?? 0), 0);
  return { bds, pending };
}

/** Deletes objects an earlier run created (seed annotation) that this model no longer contains. */
async function prune(k: KubeTarget, m: Model, wantedBDs: Set<string>, bdsEx: Set<string>, pool: Pool, log: Log): Promise<void> {
  const want = {
    clusters: new Set(m.clusters.map((c) => `${c.ws}/${c.name}`)),
    clustergroups: new Set(m.groups.map((g) => `${g.ws}/${g.name}`)),
    gitrepos: new Set(m.repos.map((r) => `${r.ws}/${r.name}`)),
    bundles: new Set(m.bundles.map((b) => `${b.ws}/${b.name}`)),
  };
  const clusterNs = new Set(m.clusters.map((c) => c.namespace));
  let deleted = 0;
  const del = (p: string) =>
    pool.run(async () => {
      await request(k, 'DELETE', p).catch((e: unknown) => {
        if (!(e instanceof KubeError && e.status === 404)) throw e;
      });
      deleted++;
    });
  for (const plural of Object.keys(want) as (keyof typeof want)[]) {
    for (const o of await listMeta(k, paths.fleet(plural))) {
      if (o.annotations?.[SEED_ANNOTATION] !== 'true' || want[plural].has(`${o.namespace}/${o.name}`)) continue;
      await del(itemPath(paths.fleet(plural, o.namespace), o.name));
    }
  }
  for (const o of await listMeta(k, paths.namespaces())) {
    if (o.annotations?.[SEED_ANNOTATION] !== 'true' || !o.annotations['fleet.cattle.io/cluster'] || clusterNs.has(o.name)) continue;
    await del(itemPath(paths.namespaces(), o.name)); // cascades to its BDs
  }
  for (const key of bdsEx) {
    const [ns, name] = key.split('/') as [string, string];
    if (clusterNs.has(ns) && !wantedBDs.has(key)) await del(itemPath(paths.fleet('bundledeployments', ns), name));
  }
  await pool.drain();
  if (deleted > 0) log(`pruned ${deleted} objects left over from an earlier, different seed`);
}
