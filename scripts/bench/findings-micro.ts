// Micro-benchmark of troubleshooting at the benchmark's size without the HTTP server: the real cache (FleetCache,
// projections, stores) filled from an API server, the incremental findings over it, and what one request after a
// GitRepo change pays: the findings, then their JSON. Prints each detector's share and one JSON line last.
// Run (against the bench instance): bash scripts/node.sh scripts/bench/findings-micro.ts [--kubeconfig F] [--runs 40]
import path from 'node:path';
import { FleetCache } from '@/lib/cache';
import { httpTransport } from '@/lib/cache/http';
import { liveFindings } from '@/lib/cache/findings';
import { kubeConfigForContext } from '@/lib/k8s/config';
import { DETECTORS } from '@/lib/fleet/troubleshooting';
import { DETECTOR_KINDS } from '@/lib/fleet/troubleshooting/types';
import { percentiles } from './measure';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};
process.env.KUBECONFIG = arg('kubeconfig', path.resolve(__dirname, '../../.cache/kubeconfig-bench'));
const runs = Number(arg('runs', '40'));
const workspace = arg('workspace', 'fleet-default');

// Each detector's time, summed over the runs.
const spent = new Map<string, number>();
const detectors = DETECTORS as Record<string, (typeof DETECTORS)[string]>;
for (const [name, d] of Object.entries(detectors)) {
  detectors[name] = (input) => {
    const t = performance.now();
    try {
      return d(input);
    } finally {
      spent.set(name, (spent.get(name) ?? 0) + performance.now() - t);
    }
  };
}

async function main() {
  const t0 = performance.now();
  const cache = new FleetCache({ transport: httpTransport(kubeConfigForContext('admin')), kinds: DETECTOR_KINDS, watchList: true, probeEveryMs: 0 }).start();
  await cache.ready();
  const sizes = DETECTOR_KINDS.map((k) => `${cache.store(k).size} ${k}`).join(', ');
  console.log(`synced in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${sizes}`);
  const engine = liveFindings(cache);
  const repos = cache.store('gitrepos');
  const repo = [...repos.all()].find((e) => e.workspace === workspace);
  if (!repo) throw new Error(`no GitRepo in ${workspace}`);
  const find: number[] = [];
  const json: number[] = [];
  let bytes = 0;
  let count = 0;
  for (let i = 0; i < runs + 2; i++) {
    // A GitRepo status write as the informer applies it.
    repos.upsert({ ...repo.obj, metadata: { ...repo.obj.metadata, resourceVersion: `bench-${i}` }, status: { ...repo.obj.status, display: { message: `run ${i}` } } });
    if (i === 2) spent.clear(); // the first two fill the engine
    const t = performance.now();
    const findings = engine.findings({ workspaces: [workspace], now: Date.now(), secretExists: () => true });
    const t1 = performance.now();
    const text = JSON.stringify({ findings });
    const t2 = performance.now();
    if (i < 2) continue;
    find.push(t1 - t);
    json.push(t2 - t1);
    bytes = text.length;
    count = findings.length;
  }
  cache.stop();
  const f = percentiles(find);
  const j = percentiles(json);
  console.log(`findings p50 ${f.p50.toFixed(1)} ms p95 ${f.p95.toFixed(1)} ms; JSON p50 ${j.p50.toFixed(1)} ms p95 ${j.p95.toFixed(1)} ms (${count} findings, ${(bytes / 1e3).toFixed(0)} kB)`);
  for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(24)} ${(ms / runs).toFixed(2)} ms a run`);
  console.log(JSON.stringify({ findingsP50Ms: +f.p50.toFixed(1), findingsP95Ms: +f.p95.toFixed(1), jsonP95Ms: +j.p95.toFixed(1), findings: count, kB: Math.round(bytes / 1e3) }));
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
