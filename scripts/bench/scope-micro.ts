// Micro-benchmark of the whole-workspace scope (lib/http/scope.ts) at the benchmark's size, no API server: what one
// troubleshooting request pays after a single BundleDeployment changed, with the entry arrays of every detector kind
// built up front (before: how scoped() worked) and built only when read (after: the route's incremental path reads
// GitRepos only). Real KindStores and projections; prints one JSON line last.
// Run: bash scripts/node.sh scripts/bench/scope-micro.ts [--bds 92000] [--runs 40]
import { project } from '@/lib/cache/projections';
import { KindStore } from '@/lib/cache/store';
import type { CacheKind } from '@/lib/cache';
import { bundle, cluster } from '@/lib/cache/testdata/objects';
import { syntheticBundleDeployments, syntheticGitRepos } from '@/lib/cache/testdata/synthetic';
import { DETECTOR_KINDS } from '@/lib/fleet/troubleshooting/types';
import { entriesIn, lazyEntries, type ScopeWorkspaces } from '@/lib/http/scope';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const nBds = arg('bds', 92_000);
const runs = arg('runs', 40);

const stores = Object.fromEntries(DETECTOR_KINDS.map((k) => [k, new KindStore(k)])) as Record<(typeof DETECTOR_KINDS)[number], KindStore>;
for (let off = 0; off < nBds; off += 5000) {
  syntheticBundleDeployments(Math.min(5000, nBds - off)).forEach((o, i) => {
    o.metadata.name = `${o.metadata.name}-${off + i}`;
    stores.bundledeployments.upsert(project('bundledeployments', o));
  });
}
for (const g of syntheticGitRepos(2_000)) stores.gitrepos.upsert(project('gitrepos', g));
for (let i = 0; i < 2_000; i++) stores.bundles.upsert(project('bundles', bundle(`repo-${String(i).padStart(5, '0')}-simple`, i % 2 ? 'fleet-local' : 'fleet-default')));
for (let i = 0; i < 10_000; i++) stores.clusters.upsert(project('clusters', cluster(`c-${String(i).padStart(5, '0')}`, i % 2 ? 'fleet-local' : 'fleet-default')));
// entriesIn reads the process-wide cache: hand it these stores.
(globalThis as Record<symbol, unknown>)[Symbol.for('fleetdash.cache')] = { store: (k: CacheKind) => stores[k as keyof typeof stores] };

const bds = [...stores.bundledeployments.all()];
let rv = 50_000_000;
/** One BundleDeployment status write, as the informer applies it: bumps the store's version. */
const change = (i: number) => {
  const o = structuredClone(bds[i % bds.length]!.obj);
  o.metadata.resourceVersion = String(rv++);
  (o.status as Record<string, unknown>).ready = i % 2 === 0;
  stores.bundledeployments.upsert(o);
};

const ws: ScopeWorkspaces = Object.fromEntries(DETECTOR_KINDS.map((k) => [k, 'all']));
function time(label: string, fn: () => unknown) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    change(i);
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => +ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(2);
  const r = { p50: p(0.5), p95: p(0.95) };
  console.log(`${label.padEnd(62)} p50 ${r.p50} ms  p95 ${r.p95} ms`);
  return r;
}

console.log(`${stores.bundledeployments.size} BundleDeployments, ${stores.gitrepos.size} GitRepos, ${stores.bundles.size} Bundles, ${stores.clusters.size} Clusters; ${runs} runs, one BD write before each`);
const eager = time('before: every detector kind built, GitRepo objects read', () => {
  for (const k of DETECTOR_KINDS) entriesIn(k, ws[k]!);
  return entriesIn('gitrepos', 'all').map((e) => e.obj);
});
const lazy = time('after: built when read, GitRepo objects read', () => lazyEntries(ws)('gitrepos').map((e) => e.obj));
console.log(JSON.stringify({ bds: stores.bundledeployments.size, scopeEagerP50Ms: eager.p50, scopeEagerP95Ms: eager.p95, scopeLazyP50Ms: lazy.p50, scopeLazyP95Ms: lazy.p95 }));
