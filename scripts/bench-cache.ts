// In-process benchmark of lib/cache at Fleet scale, no API server: 100,000 synthetic BundleDeployments and 2,000
// GitRepos go through projection into the stores, then list queries are timed. Prints a JSON line last.
// Run: npx tsx --expose-gc scripts/bench-cache.ts [--bds 100000] [--repos 2000]
import { project } from '@/lib/cache/projections';
import { query, type QueryParams } from '@/lib/cache/query';
import { KindStore } from '@/lib/cache/store';
import { syntheticBundleDeployments, syntheticGitRepos } from '@/lib/cache/testdata/synthetic';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const nBds = arg('bds', 100_000);
const nRepos = arg('repos', 2_000);
const mb = (n: number) => Math.round(n / 1024 / 1024);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function time(label: string, runs: number, fn: (i: number) => unknown) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => +ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(2);
  const r = { p50: p(0.5), p95: p(0.95), max: p(1) };
  console.log(`${label.padEnd(58)} p50 ${r.p50} ms  p95 ${r.p95} ms  max ${r.max} ms`);
  return r;
}

gc();
const rss0 = process.memoryUsage().rss;
const bds = new KindStore('bundledeployments');
const repos = new KindStore('gitrepos');
let t = performance.now();
// Generate and project in chunks so raw objects never all live at once (as the informer does page by page).
for (let off = 0; off < nBds; off += 5000) {
  const chunk = syntheticBundleDeployments(Math.min(5000, nBds - off), { clusters: 10_000, repos: nRepos });
  chunk.forEach((o, i) => {
    o.metadata.name = `${o.metadata.name}-${off + i}`;
    bds.upsert(project('bundledeployments', o));
  });
}
for (const g of syntheticGitRepos(nRepos)) repos.upsert(project('gitrepos', g));
const loadMs = performance.now() - t;
gc();
const rssLoaded = process.memoryUsage().rss;
console.log(`loaded ${bds.size} BundleDeployments + ${repos.size} GitRepos in ${loadMs.toFixed(0)} ms; rss ${mb(rss0)} → ${mb(rssLoaded)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB`);

const base: QueryParams = { workspaces: 'all', sort: 'name', dir: 'asc', page: 1, pageSize: 50 };
t = performance.now();
query(bds, base);
console.log(`first query (builds the sorted order): ${(performance.now() - t).toFixed(1)} ms`);

const R = 200;
const results = {
  bdPage1: time('BDs page 1, all workspaces, by name', R, () => query(bds, base)),
  bdDeepPage: time('BDs page 1000, by name desc', R, () => query(bds, { ...base, page: 1000, dir: 'desc' })),
  bdState: time('BDs state=ErrApplied, sort state', R, () => query(bds, { ...base, state: 'ErrApplied', sort: 'state' })),
  bdWs: time('BDs workspace fleet-local, q=c-0004, sort cluster', R, () => query(bds, { ...base, workspaces: ['fleet-local'], q: 'c-0004', sort: 'cluster' })),
  bdByRepo: time('BDs of one GitRepo (index), sort cluster', R, (i) => query(bds, { ...base, filter: { gitrepo: `fleet-${i % 2 ? 'local' : 'default'}/repo-${String(i % nRepos).padStart(5, '0')}` }, sort: 'cluster' })),
  bdByCluster: time('BDs of one Cluster (index)', R, (i) => query(bds, { ...base, filter: { cluster: `fleet-default/c-${String((i * 2) % 10_000).padStart(5, '0')}` } })),
  repoPage: time('GitRepos page 1, by name', R, () => query(repos, base)),
  repoFiltered: time('GitRepos q=repo-01 state=NotReady sort ready', R, () => query(repos, { ...base, q: 'repo-01', state: 'NotReady', sort: 'ready' })),
  counts: time('countsByState(BDs, all)', R, () => bds.countsByState('all')),
};

// Churn: status writes between queries, as during a rollout; the sorted order is patched, not rebuilt.
let rv = 10_000_000;
const all = [...bds.all()];
const churn = time('BDs page 1 by state after 100 status writes each', R, (i) => {
  for (let k = 0; k < 100; k++) {
    const e = all[(i * 100 + k) % all.length]!;
    const o = structuredClone(e.obj);
    o.metadata.resourceVersion = String(rv++);
    (o.status as Record<string, unknown>).ready = !(o.status as Record<string, unknown>).ready;
    bds.upsert(o);
    all[(i * 100 + k) % all.length] = bds.get(e.key)!;
  }
  query(bds, { ...base, sort: 'state', dir: 'desc' });
});
gc();
const rssEnd = process.memoryUsage().rss;
const listP95Ms = Math.max(results.bdPage1.p95, results.repoPage.p95);
const filteredP95Ms = Math.max(results.bdState.p95, results.bdWs.p95, results.bdByRepo.p95, results.repoFiltered.p95);
console.log(
  JSON.stringify({ bds: bds.size, gitrepos: repos.size, loadMs: Math.round(loadMs), listP95Ms, filteredP95Ms, churnP95Ms: churn.p95, rssMB: mb(rssEnd), rssLoadedMB: mb(rssLoaded) }),
);
