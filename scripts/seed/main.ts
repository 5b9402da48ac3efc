// npm run seed -- --clusters N [--gitrepos M] [--bds-per-cluster K] [--live [--live-seconds S]]
// Fills the local API server with Fleet objects written as Fleet's controllers and agents write them.
import { connect, defaultKubeconfigPath, request, stats, KubeError, type KubeTarget } from './client';
import { buildModel, defaultParams, type SeedParams } from './model';
import { seedDirect } from './direct';
import type { K8sObject } from './objects';
import { seedAll } from './status';
import { runLive } from './live';
import { seedSchedulesAndPolicies } from './schedules';

interface Args extends SeedParams {
  kubeconfig: string;
  context: string;
  concurrency: number;
  live: boolean;
  liveSeconds?: number;
  liveIntervalMs: number;
  explicitSize: boolean;
  /** etcd client URL: put objects straight into its storage (scripts/seed/etcd.ts), for sizes the API path cannot reach. */
  etcd?: string;
}

const USAGE = `usage: npm run seed -- [--clusters N] [--gitrepos M] [--bds-per-cluster K] [--live] [--live-seconds S]
       [--live-interval-ms MS] [--kubeconfig PATH] [--context NAME] [--concurrency C]
  --clusters N          clusters in total, incl. fleet-local/local (default 30, minimum 16)
  --gitrepos M          GitRepos in total (default max(24, N/5))
  --bds-per-cluster K   target BundleDeployments per cluster incl. its fleet-agent bundle (default 10)
  --live                after seeding (or, without size flags, on the last seed), keep changing statuses until Ctrl-C
  --live-seconds S      stop live mode after S seconds (for tests)
  --etcd URL            write into an empty instance's etcd directly (the million-object benchmark; see scripts/seed/etcd.ts)`;

function parseArgs(argv: string[]): Args {
  const get = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (a === '--live') flags.add(a);
    else if (a.startsWith('--')) {
      const [k, v] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, argv[++i]];
      if (v === undefined) throw new Error(`${k} needs a value\n${USAGE}`);
      get.set(k, v);
    } else throw new Error(`unexpected argument ${a}\n${USAGE}`);
  }
  const known = ['--clusters', '--gitrepos', '--bds-per-cluster', '--live-seconds', '--live-interval-ms', '--kubeconfig', '--context', '--concurrency', '--etcd'];
  for (const k of get.keys()) if (!known.includes(k)) throw new Error(`unknown flag ${k}\n${USAGE}`);
  const int = (k: string, d: number) => {
    const v = get.get(k);
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${k} must be a non-negative integer, got "${v}"`);
    return n;
  };
  const clusters = int('--clusters', 30);
  const d = defaultParams(clusters);
  return {
    clusters,
    gitrepos: int('--gitrepos', d.gitrepos),
    bdsPerCluster: int('--bds-per-cluster', d.bdsPerCluster),
    kubeconfig: get.get('--kubeconfig') ?? defaultKubeconfigPath(),
    context: get.get('--context') ?? 'admin',
    concurrency: Math.max(1, int('--concurrency', 48)),
    live: flags.has('--live'),
    liveSeconds: get.has('--live-seconds') ? int('--live-seconds', 0) : undefined,
    liveIntervalMs: int('--live-interval-ms', 1500),
    etcd: get.get('--etcd'),
    explicitSize: ['--clusters', '--gitrepos', '--bds-per-cluster'].some((k) => get.has(k)),
  };
}

// The parameters of the last seed, so `--live` alone animates what is there instead of re-seeding.
const MARKER = '/api/v1/namespaces/default/configmaps';
const MARKER_NAME = 'fleet-dashboard-seed';

async function readMarker(k: KubeTarget): Promise<SeedParams | undefined> {
  try {
    const cm = await request<{ data?: { params?: string } }>(k, 'GET', `${MARKER}/${MARKER_NAME}`);
    return cm.data?.params ? (JSON.parse(cm.data.params) as SeedParams) : undefined;
  } catch (e) {
    if (e instanceof KubeError && e.status === 404) return undefined;
    throw e;
  }
}

function markerObject(p: SeedParams): K8sObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: MARKER_NAME, namespace: 'default' }, data: { params: JSON.stringify(p), seededAt: new Date().toISOString() } };
}

async function writeMarker(k: KubeTarget, p: SeedParams): Promise<void> {
  const body = markerObject(p);
  await request(k, 'PUT', `${MARKER}/${MARKER_NAME}`, body).catch(async (e: unknown) => {
    if (e instanceof KubeError && e.status === 404) await request(k, 'POST', MARKER, body);
    else throw e;
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const k = connect(args.kubeconfig, args.context, args.concurrency);
  const log = (s: string) => console.log(s);
  let params: SeedParams = { clusters: args.clusters, gitrepos: args.gitrepos, bdsPerCluster: args.bdsPerCluster };
  const previous = args.live && !args.explicitSize ? await readMarker(k) : undefined;
  if (previous) {
    params = previous;
    log(`live mode on the existing seed (${params.clusters} clusters, ${params.gitrepos} gitrepos)`);
  } else {
    const t0 = Date.now();
    const model = buildModel(params);
    log(`seeding ${args.kubeconfig} (context ${args.context}): ${model.clusters.length} clusters, ${model.groups.length} cluster groups, ${model.repos.length} gitrepos, ${model.bundles.length} bundles`);
    const r = args.etcd ? await seedDirect(args.etcd, model, { nowMs: Date.now(), log, marker: markerObject(params) }) : await seedAll(k, model, { concurrency: args.concurrency, nowMs: Date.now(), log });
    if (!args.etcd) {
      // Through the API only: the direct path runs with the API server stopped (scripts/seed/direct.ts).
      await seedSchedulesAndPolicies(k, model, Date.now(), log);
      await writeMarker(k, params);
    }
    const secs = (Date.now() - t0) / 1000;
    log(`seeded ${model.clusters.length} clusters, ${model.repos.length} gitrepos, ${model.bundles.length} bundles, ${r.bds} bundledeployments (+${r.pending} Pending targets) in ${secs.toFixed(1)}s (${stats.requests} requests, ${stats.retries} retries)`);
  }
  if (args.live) await runLive(k, buildModel(params), { intervalMs: args.liveIntervalMs, seconds: args.liveSeconds, log, concurrency: args.concurrency });
  await k.dispatcher.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
