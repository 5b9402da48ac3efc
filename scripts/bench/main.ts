// npm run bench [-- --million | --api-seed | --clusters N --gitrepos M --bds-per-cluster K --port P --runs R --heap-mb H --keep-up --no-build --no-seed --no-peer --no-kubectl]
// End-to-end benchmark at Fleet scale against the real stack: its own control plane instance (FLEETDASH_INSTANCE=bench,
// port 36443), the seed, and the production server (`next start`). Prints list latencies (page 1 and a filtered page),
// API write → SSE event at a client, the server's RSS, and `kubectl get -A` of the same data for comparison.
// Also: the server's peak RSS (sampled every 250 ms from its start, through sync and load), troubleshooting right
// after a change (no memoised answer), a restart (start → first list pages with data, → synced), and the peers' way
// (every BundleDeployment downloaded and parsed in Chromium, scripts/bench/peer.ts).
// The last line is one JSON object. Re-seeding is skipped when the seed marker already shows the same parameters.
// `next build` (into .cache/next-bench, not .next) runs only when that build is missing or older than the sources
// (--no-build: measure the existing build as is).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { connect, request, KubeError, type KubeTarget } from '../seed/client';
import { openSse, type SseClient } from './sse';
import { percentiles, processTreeRssMB, timeRuns, type Percentiles } from './measure';
import { peerFullList } from './peer';

const root = path.resolve(__dirname, '../..');
// --million: its own instance (FLEETDASH_INSTANCE=million, port 14443) seeded straight into etcd (scripts/seed/etcd.ts).
const MILLION = process.argv.includes('--million');
const INSTANCE = MILLION ? 'million' : 'bench';
const KUBECONFIG = path.join(root, `.cache/kubeconfig-${INSTANCE}`);
const SEED_RECORD = path.join(root, `.cache/${INSTANCE}-seed.json`);
// versions.sh's etcd port of the instance: the direct seed writes there.
const ETCD_URL = `http://127.0.0.1:${(MILLION ? 14379 : 32379) + Number(process.env.FLEETDASH_PORT_OFFSET ?? 0)}`;
/** Heap for the million-object run: the cache needs room (~3 KB an object); the default size keeps HEAP_MB. */
const MILLION_HEAP_MB = 3500;
/** Go's soft memory limit for the million instance's API server and etcd (inherited from up.sh): without it the API
 * server's heap may grow to twice its live set while it serves lists, past what this machine has. */
const MILLION_GOMEMLIMIT = '9GiB';
// Its own build output (next.config.js reads FLEETDASH_DIST_DIR): a bench build never replaces the .next that
// `npm test` or a developer's server uses.
const DIST_DIR = process.env.FLEETDASH_DIST_DIR || '.cache/next-bench';

interface Args {
  clusters: number;
  gitrepos: number;
  bdsPerCluster: number;
  port: number;
  runs: number;
  keepUp: boolean;
  build: boolean;
  /** Measure whatever the bench instance holds now (e.g. a partial seed); no seed marker check. */
  seed: boolean;
  /** The server's V8 old-space limit (--max-old-space-size), as the start scripts, Dockerfile and chart set it. */
  heapMB: number;
  peer: boolean;
  kubectl: boolean;
  million: boolean;
  /** Seed straight into etcd (scripts/seed/direct.ts), anew each run: ~30 s where the API path (--api-seed) takes ~12
   * minutes and is reused across runs, its agents' lastSeen ageing (an hour later most clusters are "not reporting"). */
  direct: boolean;
}

/** The production heap limits (package.json start, Dockerfile, chart values): the bench measures that setting. */
export const HEAP_MB = 384;
/** Young generation: V8 lets each semi-space grow to 64 MB (128 MB new space) under allocation-heavy load. */
export const SEMI_SPACE_MB = 8;
/** glibc malloc arenas: freed memory stays resident per arena, and glibc makes up to 8 per core for V8's and libuv's
 * threads; with 2 the server's peak RSS under the bench's load was 480 MB where it was 516 MB. */
export const MALLOC_ARENAS = '2';

function parseArgs(argv: string[]): Args {
  const a: Args = { clusters: 10_000, gitrepos: 2_000, bdsPerCluster: 10, port: 3290, runs: 200, keepUp: false, build: true, seed: true, heapMB: HEAP_MB, peer: true, kubectl: true, million: false, direct: true };
  // 100,000 clusters × 10 = 1,000,000 BundleDeployments; a peer's full download (GBs) and kubectl are left out.
  if (MILLION) Object.assign(a, { clusters: 100_000, gitrepos: 20_000, runs: 50, heapMB: MILLION_HEAP_MB, peer: false, kubectl: false, million: true, direct: true });
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${k} needs a non-negative integer`);
      return v;
    };
    if (k === '--clusters') a.clusters = num();
    else if (k === '--gitrepos') a.gitrepos = num();
    else if (k === '--bds-per-cluster') a.bdsPerCluster = num();
    else if (k === '--port') a.port = num();
    else if (k === '--runs') a.runs = num();
    else if (k === '--keep-up') a.keepUp = true;
    else if (k === '--no-build') a.build = false;
    else if (k === '--no-seed') a.seed = false;
    else if (k === '--heap-mb') a.heapMB = num();
    else if (k === '--no-peer') a.peer = false;
    else if (k === '--no-kubectl') a.kubectl = false;
    else if (k === '--direct') a.direct = true;
    else if (k === '--api-seed') a.direct = false;
    else if (k === '--million') continue;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

const log = (s: string) => console.log(s);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
}

function kubectlPath(): string {
  const base = path.join(process.env.HOME ?? '/root', '.cache/fleet-dashboard/controlplane');
  const dir = fs.readdirSync(base).find((d) => fs.existsSync(path.join(base, d, 'kubectl')));
  if (!dir) throw new Error(`no kubectl under ${base}; run npm run cluster:up once`);
  return path.join(base, dir, 'kubectl');
}

async function seedMarker(k: KubeTarget): Promise<string | undefined> {
  try {
    const cm = await request<{ data?: { params?: string } }>(k, 'GET', '/api/v1/namespaces/default/configmaps/fleet-dashboard-seed');
    return cm.data?.params;
  } catch (e) {
    if (e instanceof KubeError && e.status === 404) return undefined;
    throw e;
  }
}

function seedParams(a: Args): string {
  return JSON.stringify({ clusters: a.clusters, gitrepos: a.gitrepos, bdsPerCluster: a.bdsPerCluster });
}

/** How long the last seed with these parameters took, when this machine recorded it. */
function recordedSeedSeconds(a: Args): number | null {
  try {
    const rec = JSON.parse(fs.readFileSync(SEED_RECORD, 'utf8')) as { params: string; seconds: number };
    return rec.params === seedParams(a) ? rec.seconds : null;
  } catch {
    return null; // no record of how long it took
  }
}

/** Seeds unless the marker shows these parameters; answers the seed time (this run's, or the recorded one). */
async function ensureSeed(k: KubeTarget, a: Args): Promise<{ seconds: number | null; reused: boolean }> {
  const params = seedParams(a);
  const marker = await seedMarker(k);
  // The direct seed takes seconds: seed anew, so the agents' lastSeen is as recent as a live fleet's (an hour-old seed
  // has most clusters "not reporting", and troubleshooting lists thousands of them).
  if (marker && JSON.stringify(JSON.parse(marker)) === params && !a.direct) {
    const seconds = recordedSeedSeconds(a);
    log(`seed: already seeded with ${params}; not re-seeding${seconds !== null ? ` (it took ${seconds.toFixed(0)} s)` : ''}`);
    return { seconds, reused: true };
  }
  log(`seed: ${params} (marker: ${marker ?? 'none'})`);
  const t0 = performance.now();
  const direct = a.direct ? ['--etcd', ETCD_URL] : [];
  if (a.direct) {
    // The direct path creates into an empty etcd (whatever an earlier size or run left is purged first), with the API server
    // stopped: it reads everything once when it starts again (scripts/seed/direct.ts says why).
    run('bash', ['controlplane/scripts/down.sh', '--purge'], { FLEETDASH_INSTANCE: INSTANCE });
    run('bash', ['controlplane/scripts/up.sh'], { FLEETDASH_INSTANCE: INSTANCE, ...(a.million ? { GOMEMLIMIT: MILLION_GOMEMLIMIT } : {}) });
    run('bash', ['-c', 'source controlplane/scripts/versions.sh && source controlplane/scripts/lib.sh && stop kube-apiserver'], { FLEETDASH_INSTANCE: INSTANCE });
  }
  run('bash', ['scripts/node.sh', 'scripts/seed/main.ts', '--kubeconfig', KUBECONFIG, '--clusters', String(a.clusters), '--gitrepos', String(a.gitrepos), '--bds-per-cluster', String(a.bdsPerCluster), ...direct], a.million ? { NODE_OPTIONS: '--max-old-space-size=6000' } : {});
  if (a.direct) run('bash', ['controlplane/scripts/up.sh'], { FLEETDASH_INSTANCE: INSTANCE, ...(a.million ? { GOMEMLIMIT: MILLION_GOMEMLIMIT } : {}) });
  const seconds = (performance.now() - t0) / 1000;
  fs.writeFileSync(SEED_RECORD, JSON.stringify({ params, seconds, at: new Date().toISOString() }));
  return { seconds, reused: false };
}

/** Newest modification time under the source folders (what a build depends on). */
function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (!e.startsWith('.') && e !== 'node_modules') walk(path.join(p, e));
    } else if (/\.(tsx?|css|js|mjs|json)$/.test(p) && !/\.test\.tsx?$/.test(p)) newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of ['app', 'components', 'lib', 'proxy.ts', 'next.config.js', 'package.json']) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  return newest;
}

function ensureBuild(a: Args): void {
  const id = path.join(root, DIST_DIR, 'BUILD_ID');
  const built = fs.existsSync(id) ? fs.statSync(id).mtimeMs : 0;
  if (built > newestSource()) return log(`build: ${DIST_DIR} is up to date`);
  if (!a.build) {
    if (!built) throw new Error(`${DIST_DIR} has no build: run \`FLEETDASH_DIST_DIR=${DIST_DIR} npx next build\` first (or drop --no-build)`);
    return log(`build: ${DIST_DIR} is older than some sources; measuring it anyway (--no-build)`);
  }
  log(`build: ${DIST_DIR} is missing or stale → next build`);
  // next build rewrites tsconfig.json/next-env.d.ts for a non-default distDir: put them back afterwards.
  const keep = ['tsconfig.json', 'next-env.d.ts'].map((f) => [f, fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f)) : undefined] as const);
  try {
    run(path.join(root, 'node_modules/.bin/next'), ['build'], { FLEETDASH_DIST_DIR: DIST_DIR });
  } finally {
    for (const [f, body] of keep) if (body) fs.writeFileSync(path.join(root, f), body);
  }
}

async function startServer(a: Args): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(a.port)], {
    cwd: root,
    env: {
      ...process.env,
      // As package.json's start script, the Dockerfile and the chart set it (NODE_OPTIONS reaches any child too).
      ...(a.heapMB ? { NODE_OPTIONS: `--max-old-space-size=${a.heapMB} --max-semi-space-size=${SEMI_SPACE_MB}` } : {}),
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? MALLOC_ARENAS, // as the start script, Dockerfile and chart
      NODE_ENV: 'production',
      NEXT_MANUAL_SIG_HANDLE: 'true', // as the Dockerfile and chart: the server closes its streams on SIGTERM
      FLEETDASH_DIST_DIR: DIST_DIR,
      KUBECONFIG,
      FLEETDASH_LOCAL_USER_CONTEXT: 'admin',
      FLEETDASH_SESSION_SECRET: process.env.FLEETDASH_SESSION_SECRET ?? 'bench-session-secret-0123456789abcdef0123456789',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', () => {});
  server.stderr?.on('data', (d: Buffer) => process.stderr.write(`[server] ${d.toString()}`));
  server.on('exit', (code, signal) => {
    if (!stopping.has(server)) console.error(`[server] exited unexpectedly (code ${code}, signal ${signal})`);
  });
  const base = `http://127.0.0.1:${a.port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  server.kill();
  throw new Error('next start did not answer /api/health within 60 s');
}

const stopping = new Set<ChildProcess>();

async function stopServer(server: ChildProcess): Promise<void> {
  stopping.add(server);
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
}

/** Samples the server's RSS (process tree) every 250 ms; peak overall and per phase. */
class RssSampler {
  peak = 0;
  private phasePeak = 0;
  private readonly timer: ReturnType<typeof setInterval>;
  constructor(private pid: number) {
    this.timer = setInterval(() => this.sample(), 250);
  }
  sample(): number {
    const mb = processTreeRssMB(this.pid);
    this.peak = Math.max(this.peak, mb);
    this.phasePeak = Math.max(this.phasePeak, mb);
    return mb;
  }
  /** Peak since the last call. */
  phase(): number {
    this.sample();
    const p = this.phasePeak;
    this.phasePeak = 0;
    return p;
  }
  follow(pid: number): void {
    this.pid = pid;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * fetch with one retry on a network error: a keep-alive connection the server closed just as it was reused fails
 * with "fetch failed" (seen once in ~10,000 requests), which says nothing about the server.
 */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch (e) {
    console.error(`GET ${url}: ${(e as Error).message} (${String((e as { cause?: unknown }).cause)}); once more`);
    await sleep(100);
    return fetch(url);
  }
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const r = await get(url);
  return { status: r.status, body: await r.json().catch(() => undefined) };
}

/** Until every kind the UI lists has completed its first list (the first request starts the informers). */
async function warmCache(base: string): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const r = await getJson(`${base}/api/w/_all/bundledeployments?pageSize=1`);
    const h = (await getJson(`${base}/api/health/details`)).body as { cache?: { kinds?: Record<string, { synced: boolean }> } };
    const kinds = Object.values(h.cache?.kinds ?? {});
    if (r.status === 200 && kinds.length && kinds.every((k) => k.synced)) return performance.now() - t0;
    if (performance.now() - t0 > (MILLION ? 1_800_000 : 600_000)) throw new Error(`cache did not sync in ${MILLION ? 30 : 10} min: ${JSON.stringify(h).slice(0, 500)}`);
    await sleep(500);
  }
}

async function listRuns(base: string, label: string, urlPath: string, runs: number): Promise<Percentiles & { total: number; firstMs: number }> {
  const t0 = performance.now();
  const first = await getJson(base + urlPath);
  const firstMs = performance.now() - t0;
  if (first.status !== 200) throw new Error(`${urlPath} → ${first.status} ${JSON.stringify(first.body).slice(0, 300)}`);
  const total = (first.body as { total?: number }).total ?? 0;
  const p = await timeRuns(runs, async () => {
    const r = await get(base + urlPath);
    await r.arrayBuffer();
  });
  log(`${label.padEnd(52)} p50 ${p.p50.toFixed(1)} ms  p95 ${p.p95.toFixed(1)} ms  (first ${firstMs.toFixed(0)} ms, total ${total})`);
  return { ...p, total, firstMs };
}

const HEAVY_URLS = ['/api/w/fleet-default/overview?part=bundledeployments', '/api/w/fleet-default/troubleshooting', '/api/w/fleet-default/matrix?pageSize=1000'];

/**
 * What everyone else feels while one person runs `loops` concurrent loops over the heavy routes (overview,
 * troubleshooting, matrix) for `ms`: GitRepos page-1 latency from another client, and how the heavy calls were
 * answered (200, or 429 once that person has too many running).
 */
async function underHeavyLoops(base: string, loops: number, ms: number): Promise<{ light: Percentiles; heavyOk: number; heavy429: number; heavyOther: number }> {
  // Live streams open meanwhile, as tabs would have them (every kind of one workspace, and all workspaces).
  const streams = await Promise.all(
    Array.from({ length: 8 }, (_, i) => openSse(`${base}/api/events?kinds=gitrepos,bundles,bundledeployments,clusters${i % 2 ? '&workspace=fleet-default' : ''}`)),
  );
  const until = performance.now() + ms;
  let heavyOk = 0;
  let heavy429 = 0;
  let heavyOther = 0;
  const loop = async (i: number) => {
    for (let n = i; performance.now() < until; n++) {
      const r = await get(base + HEAVY_URLS[n % HEAVY_URLS.length]!);
      await r.arrayBuffer();
      if (r.status === 200) heavyOk++;
      else if (r.status === 429) heavy429++;
      else heavyOther++;
    }
  };
  const light: number[] = [];
  const lightLoop = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      const r = await get(`${base}/api/w/fleet-default/gitrepos?page=1&pageSize=50`);
      await r.arrayBuffer();
      light.push(performance.now() - t);
      await sleep(50);
    }
  };
  await Promise.all([...Array.from({ length: loops }, (_, i) => loop(i)), lightLoop()]);
  for (const s of streams) s.close();
  return { light: percentiles(light), heavyOk, heavy429, heavyOther };
}

/** Writes a GitRepo's status as Fleet's controller would, and times until the SSE client hears of it. */
async function writeToSse(k: KubeTarget, sse: SseClient, ws: string, name: string, n: number): Promise<Percentiles> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const heard = sse.waitFor((ev) => ev.event === 'change' && ev.data.includes(`"${ws}/${name}"`), 10_000);
    heard.catch(() => {}); // rejected while the write is under way: still thrown by the await below, not unhandled
    const t0 = performance.now();
    await request(k, 'PATCH', `/apis/fleet.cattle.io/v1alpha1/namespaces/${ws}/gitrepos/${name}/status`, { status: { display: { message: `bench ${Date.now()}-${i}` } } }, 'application/merge-patch+json');
    await heard;
    times.push(performance.now() - t0);
    await sleep(300);
  }
  return percentiles(times);
}

/**
 * Troubleshooting as a live detail page sees it: a GitRepo status write lands in the cache (its SSE event arrives),
 * then the findings are asked for, so no memoised answer can serve it. Times the request only.
 */
async function troubleshootingAfterChange(k: KubeTarget, sse: SseClient, base: string, ws: string, name: string, n: number): Promise<Percentiles & { firstMs: number }> {
  const times: number[] = [];
  for (let i = 0; i < n + 2; i++) {
    const heard = sse.waitFor((ev) => ev.event === 'change' && ev.data.includes(`"${ws}/${name}"`), 10_000);
    heard.catch(() => {});
    await request(k, 'PATCH', `/apis/fleet.cattle.io/v1alpha1/namespaces/${ws}/gitrepos/${name}/status`, { status: { display: { message: `bench ts ${Date.now()}-${i}` } } }, 'application/merge-patch+json');
    await heard;
    const t0 = performance.now();
    const r = await get(`${base}/api/w/${ws}/troubleshooting`);
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`troubleshooting → ${r.status}`);
    times.push(performance.now() - t0);
  }
  // The first two include the incremental engine's one-time fill (or a cold full pass).
  return { ...percentiles(times.slice(2)), firstMs: times[0]! };
}

/**
 * A restart at full size: a new server process on the same build, then until the GitRepos and BundleDeployments list
 * pages answer with data (while the cache still loads, they say how far), and until every kind is synced.
 */
async function restart(a: Args, rss: RssSampler): Promise<{ server: ChildProcess; toDataS: number; toSyncedS: number; loadingSeen: string | undefined }> {
  const t0 = performance.now();
  const server = await startServer(a);
  rss.follow(server.pid!);
  const base = `http://127.0.0.1:${a.port}`;
  const urls = [`${base}/api/w/fleet-default/gitrepos?page=1&pageSize=50`, `${base}/api/w/_all/bundledeployments?page=1&pageSize=50`];
  const answered = new Set<string>();
  let loadingSeen: string | undefined;
  let toDataS = NaN;
  while (performance.now() - t0 < 600_000) {
    for (const u of urls) {
      if (answered.has(u)) continue;
      const r = await getJson(u);
      const body = r.body as { items?: unknown[]; total?: number; loading?: { loaded: number; total: number | null } } | undefined;
      if (r.status === 200 && (body?.items?.length ?? 0) > 0) {
        answered.add(u);
        if (body?.loading) loadingSeen ??= `${u.includes('bundledeployments') ? 'BundleDeployments' : 'GitRepos'} ${body.loading.loaded} of ${body.loading.total ?? '?'}`;
      }
    }
    if (answered.size === urls.length) {
      toDataS = (performance.now() - t0) / 1000;
      break;
    }
    await sleep(100);
  }
  await warmCache(base);
  return { server, toDataS, toSyncedS: (performance.now() - t0) / 1000, loadingSeen };
}

function kubectlList(kubectl: string, resource: string): { ms: number; lines: number } {
  const t0 = performance.now();
  const r = spawnSync(kubectl, ['--kubeconfig', KUBECONFIG, '--context', 'admin', 'get', resource, '-A', '--no-headers'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kubectl get ${resource}: ${r.stderr}`);
  return { ms: performance.now() - t0, lines: r.stdout.split('\n').filter(Boolean).length };
}

/** The API server's and etcd's own memory (pid files up.sh writes) and etcd's database size on disk. */
function controlPlaneRssMB(): { apiserver: number | null; etcd: number | null; etcdDbMB: number | null } {
  const state = path.join(root, `.cache/controlplane-${INSTANCE}`);
  const rss = (name: string) => {
    try {
      return Math.round(processTreeRssMB(Number(fs.readFileSync(path.join(state, `${name}.pid`), 'utf8').trim())));
    } catch {
      return null;
    }
  };
  let etcdDbMB: number | null = null;
  try {
    etcdDbMB = Math.round(fs.statSync(path.join(state, 'etcd/member/snap/db')).size / 1e6);
  } catch {
    // no database file (yet)
  }
  return { apiserver: rss('kube-apiserver'), etcd: rss('etcd'), etcdDbMB };
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const env: Record<string, string> = { FLEETDASH_INSTANCE: INSTANCE, ...(MILLION ? { GOMEMLIMIT: MILLION_GOMEMLIMIT } : {}) };
  log(`control plane: ${INSTANCE} instance`);
  run('bash', ['controlplane/scripts/up.sh'], env);
  let k = connect(KUBECONFIG, 'admin', 32);
  let server: ChildProcess | undefined;
  let sse: SseClient | undefined;
  let rssSampler: RssSampler | undefined;
  try {
    const seed = a.seed ? await ensureSeed(k, a) : { seconds: recordedSeedSeconds(a), reused: true };
    if (!seed.reused && a.direct) {
      // The direct seed purged the instance: a new CA and certificates in the kubeconfig.
      await k.dispatcher.close();
      k = connect(KUBECONFIG, 'admin', 32);
    }
    ensureBuild(a);
    log(`server: next start with ${a.heapMB ? `--max-old-space-size=${a.heapMB} --max-semi-space-size=${SEMI_SPACE_MB}` : 'V8 default heap sizes'}`);
    server = await startServer(a);
    const rss = new RssSampler(server.pid!);
    rssSampler = rss;
    const base = `http://127.0.0.1:${a.port}`;
    const warmMs = await warmCache(base);
    log(`cache: all kinds synced in ${(warmMs / 1000).toFixed(1)} s after the first request`);
    // Once synced and before any load: what the cache itself holds (the figure after the load adds V8's uncollected garbage).
    const rssSyncedMB = processTreeRssMB(server.pid!);
    const rssSyncPeakMB = rss.phase();
    log(`server RSS once synced: ${rssSyncedMB.toFixed(0)} MB (peak while syncing ${rssSyncPeakMB.toFixed(0)} MB)`);
    const cp = controlPlaneRssMB();
    log(`control plane at this size: kube-apiserver RSS ${cp.apiserver} MB, etcd RSS ${cp.etcd} MB, etcd database ${cp.etcdDbMB} MB`);

    const bd1 = await listRuns(base, 'BundleDeployments, all workspaces, page 1', '/api/w/_all/bundledeployments?page=1&pageSize=50', a.runs);
    const gr1 = await listRuns(base, 'GitRepos, fleet-default, page 1', '/api/w/fleet-default/gitrepos?page=1&pageSize=50', a.runs);
    const cl1 = await listRuns(base, 'Clusters, fleet-default, page 1', '/api/w/fleet-default/clusters?page=1&pageSize=50', a.runs);
    const bdF = await listRuns(base, 'BundleDeployments filtered (q=prod, sort cluster desc, p2)', '/api/w/fleet-default/bundledeployments?q=prod&sort=cluster&dir=desc&page=2&pageSize=50', a.runs);
    const bdS = await listRuns(base, 'BundleDeployments filtered (state=Modified, sort cluster)', '/api/w/_all/bundledeployments?state=Modified&sort=cluster&pageSize=50', a.runs);
    const grF = await listRuns(base, 'GitRepos filtered (state=NotReady, sort ready)', '/api/w/fleet-default/gitrepos?state=NotReady&sort=ready&pageSize=50', a.runs);
    const clF = await listRuns(base, 'Clusters filtered (q env=prod, sort lastSeen)', '/api/w/fleet-default/clusters?q=env%3Dprod&sort=lastSeen&dir=desc&page=3&pageSize=50', a.runs);

    // Whole-workspace answers (no paging): what the overview, the troubleshooting checks and the matrix cost.
    const heavyRuns = Math.max(5, Math.round(a.runs / 10));
    const ov = await listRuns(base, 'Overview, fleet-default (BundleDeployments part)', '/api/w/fleet-default/overview?part=bundledeployments', heavyRuns);
    const tsRepeat = await listRuns(base, 'Troubleshooting findings, fleet-default (repeated, memoised)', '/api/w/fleet-default/troubleshooting', heavyRuns);
    const mx = await listRuns(base, 'Matrix, fleet-default, 1,000 clusters', '/api/w/fleet-default/matrix?pageSize=1000', heavyRuns);
    const hl = await underHeavyLoops(base, 4, 15_000);
    log(
      `GitRepos page 1 while 4 loops hit overview/troubleshooting/matrix   p50 ${hl.light.p50.toFixed(1)} ms  p95 ${hl.light.p95.toFixed(1)} ms  max ${hl.light.max.toFixed(0)} ms` +
        `  (heavy: ${hl.heavyOk} answered, ${hl.heavy429} refused 429, ${hl.heavyOther} other)`,
    );

    const first = (await getJson(`${base}/api/w/fleet-default/gitrepos?pageSize=1`)).body as { items: { name: string }[] };
    const target = first.items[0]?.name;
    if (!target) throw new Error('no GitRepo in fleet-default to write to');
    sse = await openSse(`${base}/api/events?kinds=gitrepos&workspace=fleet-default`);
    const w = await writeToSse(k, sse, 'fleet-default', target, 20);
    log(`API write → SSE event at a client (GitRepo status, 20 writes)       p50 ${w.p50.toFixed(0)} ms  p95 ${w.p95.toFixed(0)} ms  max ${w.max.toFixed(0)} ms`);
    const ts = await troubleshootingAfterChange(k, sse, base, 'fleet-default', target, heavyRuns);
    log(`Troubleshooting findings right after a change (${heavyRuns} writes)       p50 ${ts.p50.toFixed(1)} ms  p95 ${ts.p95.toFixed(1)} ms  max ${ts.max.toFixed(0)} ms  (first ${ts.firstMs.toFixed(0)} ms)`);
    sse.close();
    sse = undefined;

    const rssMB = processTreeRssMB(server.pid!);
    const rssLoadPeakMB = rss.phase();
    log(`server RSS after the load (next start, process tree): ${rssMB.toFixed(0)} MB; peak during the load ${rssLoadPeakMB.toFixed(0)} MB`);

    log('restart: stopping the server, starting it again on the same build');
    await stopServer(server);
    const rs = await restart(a, rss);
    server = rs.server;
    const rssRestartPeakMB = rss.phase();
    log(
      `restart → GitRepos and BundleDeployments pages with data: ${rs.toDataS.toFixed(1)} s${rs.loadingSeen ? ` (said "loading ${rs.loadingSeen}")` : ''}; all kinds synced: ${rs.toSyncedS.toFixed(1)} s; RSS peak ${rssRestartPeakMB.toFixed(0)} MB`,
    );
    rss.stop();
    log(`server RSS peak over the whole run (sampled every 250 ms): ${rss.peak.toFixed(0)} MB, heap limit ${a.heapMB || 'default'} MB, server ${server.exitCode === null ? 'still running' : `exited ${server.exitCode}`}`);

    const ours = await get(`${base}/api/w/_all/bundledeployments?page=1&pageSize=50`);
    const oursBytes = (await ours.arrayBuffer()).byteLength;
    let peer: Awaited<ReturnType<typeof peerFullList>> | undefined;
    if (a.peer) {
      peer = await peerFullList(k, '/apis/fleet.cattle.io/v1alpha1/bundledeployments');
      log(
        `peers' way (Chromium, LIST limit=500 + JSON.parse, kept): ${peer.items} BundleDeployments, ${(peer.bytes / 1e6).toFixed(1)} MB in ${peer.pages} pages, ` +
          `${(peer.ms / 1000).toFixed(1)} s, ${peer.error ? `FAILED: ${peer.error}` : `page JS heap ${peer.heapMB.toFixed(0)} MB`}; ours: page 1 ${(oursBytes / 1e3).toFixed(1)} kB, p50 ${bd1.p50.toFixed(1)} ms`,
      );
    }

    const none = { ms: NaN, lines: 0 };
    const kubectl = a.kubectl ? kubectlPath() : '';
    const kb = a.kubectl ? kubectlList(kubectl, 'bundledeployments.fleet.cattle.io') : none;
    const kg = a.kubectl ? kubectlList(kubectl, 'gitrepos.fleet.cattle.io') : none;
    const kc = a.kubectl ? kubectlList(kubectl, 'clusters.fleet.cattle.io') : none;
    if (a.kubectl) log(`kubectl get -A: bundledeployments ${kb.lines} in ${kb.ms.toFixed(0)} ms, gitrepos ${kg.lines} in ${kg.ms.toFixed(0)} ms, clusters ${kc.lines} in ${kc.ms.toFixed(0)} ms`);

    const r1 = (n: number) => Math.round(n * 10) / 10;
    const result = {
      clusters: cl1.total,
      gitrepos: ((await getJson(`${base}/api/w/_all/gitrepos?pageSize=1`)).body as { total: number }).total,
      bundledeployments: bd1.total,
      seedSeconds: seed.seconds === null ? null : Math.round(seed.seconds),
      seedReused: seed.reused,
      cacheWarmSeconds: r1(warmMs / 1000),
      listP50Ms: r1(bd1.p50),
      listP95Ms: r1(Math.max(bd1.p95, gr1.p95, cl1.p95)),
      filteredP50Ms: r1(bdF.p50),
      filteredP95Ms: r1(Math.max(bdF.p95, bdS.p95, grF.p95, clF.p95)),
      writeToBrowserMs: Math.round(w.p50),
      writeToBrowserMaxMs: Math.round(w.max),
      overviewP95Ms: r1(ov.p95),
      troubleshootingP95Ms: r1(ts.p95),
      troubleshootingRepeatP95Ms: r1(tsRepeat.p95),
      matrixP95Ms: r1(mx.p95),
      overviewFirstMs: Math.round(ov.firstMs),
      troubleshootingFirstMs: Math.round(tsRepeat.firstMs),
      matrixFirstMs: Math.round(mx.firstMs),
      listUnderHeavyLoopsP50Ms: r1(hl.light.p50),
      listUnderHeavyLoopsP95Ms: r1(hl.light.p95),
      heavyLoopAnswers: hl.heavyOk,
      heavyLoopRefused: hl.heavy429,
      rssMB: Math.round(rssMB),
      rssSyncedMB: Math.round(rssSyncedMB),
      apiserverRssMB: cp.apiserver,
      etcdRssMB: cp.etcd,
      etcdDbMB: cp.etcdDbMB,
      rssPeakMB: Math.round(rss.peak),
      rssSyncPeakMB: Math.round(rssSyncPeakMB),
      rssLoadPeakMB: Math.round(rssLoadPeakMB),
      heapLimitMB: a.heapMB || null,
      restartToDataS: r1(rs.toDataS),
      restartToSyncedS: r1(rs.toSyncedS),
      peerFullListMB: peer ? r1(peer.bytes / 1e6) : null,
      peerFullListMs: peer ? Math.round(peer.ms) : null,
      peerHeapMB: peer ? Math.round(peer.heapMB) : null,
      peerError: peer?.error ?? null,
      oursPageKB: r1(oursBytes / 1e3),
      kubectlListMs: a.kubectl ? Math.round(kb.ms) : null,
      kubectlGitReposMs: a.kubectl ? Math.round(kg.ms) : null,
      kubectlClustersMs: a.kubectl ? Math.round(kc.ms) : null,
    };
    console.log(JSON.stringify(result));
  } finally {
    sse?.close();
    rssSampler?.stop();
    if (server) await stopServer(server);
    await k.dispatcher.close();
    if (!a.keepUp) {
      log('control plane: stopping the bench instance (--keep-up keeps it)');
      run('bash', ['controlplane/scripts/down.sh'], env);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? `${e.message}${e.cause ? ` (${String(e.cause)})` : ''}` : e);
  process.exit(1);
});
