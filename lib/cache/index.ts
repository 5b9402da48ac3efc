// The process-wide watch cache: one informer per kind, started lazily on first use, kept on globalThis so Next.js
// dev hot reload does not open a second set of watches.
import { baseKubeConfig, hasContext, kubeConfigForContext } from '@/lib/k8s/config';
import type { Identity } from '@/lib/k8s/identity';
import { accessChecker, allowedWorkspaces, type AccessChecker } from './authz';
import { ChangeFeed, type FeedListener, type ResumeResult } from './feed';
import { httpTransport } from './http';
import { Informer, initialStatus, type InformerStatus } from './informer';
import { CACHE_KIND_NAMES, LABEL_CLUSTER, LABEL_CLUSTER_NS, objectKey, type CacheKind } from './kinds';
import { isStorable, project } from './projections';
import { query, queryEntries, type LoadingProgress, type QueryParams, type QueryResult } from './query';
import { KindStore, type Entry } from './store';
import type { KubeObject, KubeTransport } from './types';
import type { ObjectState } from '@/lib/fleet/object-state';
import { onShutdown } from '@/lib/server/shutdown';
import { log } from '@/lib/log';

export type { QueryParams, QueryResult, LoadingProgress } from './query';
export { QueryError, MAX_PAGE_SIZE } from './query';
export type { FeedEvent, ResumeResult } from './feed';
export type { CacheKind } from './kinds';
export { CACHE_KIND_NAMES, isCacheKind } from './kinds';
export { sortKeys } from './derive';
export type { AccessChecker } from './authz';

export interface KindStatus extends Omit<InformerStatus, 'kind'> {
  objects: number;
}

export interface CacheStatus {
  started: boolean;
  context: string | undefined;
  kinds: Record<string, KindStatus>;
}

/** How far the cache has loaded: per kind and in sum. `synced` is true once every kind completed its first list. */
export interface CacheProgress {
  synced: boolean;
  loaded: number;
  /** undefined while some kind's size is not known yet. */
  total: number | undefined;
  kinds: Record<string, { synced: boolean; loaded: number; total: number | undefined }>;
}

export interface CacheOptions {
  transport: KubeTransport;
  kinds?: readonly CacheKind[];
  context?: string;
  coalesceMs?: number;
  feedCapacity?: number;
  log?: (msg: string) => void;
  /** Readiness probe timing (tests); probeEveryMs 0 turns it off. */
  probeEveryMs?: number;
  probeTimeoutMs?: number;
  probeLostAfterMs?: number;
  /** Initial state by watch-list (see InformerOptions.watchList); the server's cache turns it on. */
  watchList?: boolean;
}

/** How long the informers must have been failing before a live stream says the API server is out of reach. */
const UPSTREAM_GRACE_MS = 3_000;
/**
 * Readiness probe of the API server: a watch on a hung server (process stopped, connections open) just goes quiet, and
 * a quiet watch is normal between bookmarks; a short request every PROBE_EVERY_MS tells the two apart. Lost when no
 * probe has been answered for PROBE_LOST_AFTER_MS, so a live tab says so within ~10 s (this plus its 2 s check).
 */
const PROBE_EVERY_MS = 2_000;
const PROBE_TIMEOUT_MS = 3_000;
const PROBE_LOST_AFTER_MS = 6_000;

export interface ProbeState {
  /** When a probe last got an answer (ms). */
  lastOkAt: number | undefined;
  /** Consecutive unanswered probes, and the last one's error. */
  failures: number;
  lastError: string | undefined;
}

export class FleetCache {
  readonly feed: ChangeFeed;
  private readonly stores = new Map<CacheKind, KindStore>();
  private readonly informers = new Map<CacheKind, Informer>();
  private started = false;
  private probeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly probeState: ProbeState = { lastOkAt: undefined, failures: 0, lastError: undefined };
  readonly kinds: readonly CacheKind[];

  constructor(private readonly o: CacheOptions) {
    this.kinds = o.kinds ?? CACHE_KIND_NAMES;
    this.feed = new ChangeFeed({ coalesceMs: o.coalesceMs, capacity: o.feedCapacity });
    for (const k of this.kinds) this.stores.set(k, new KindStore(k));
  }

  /** Starts every informer (idempotent). */
  start(): this {
    if (this.started) return this;
    this.started = true;
    for (const kind of this.kinds) {
      const store = this.store(kind);
      const feed = this.feed;
      const inf = new Informer({
        kind,
        transport: this.o.transport,
        log: this.o.log,
        watchList: this.o.watchList,
        project: (raw) => (isStorable(raw) ? project(kind, raw) : raw),
        sink: {
          add(objects) {
            for (const o of objects) if (isStorable(o)) store.upsert(o);
          },
          replace(objects, initial) {
            const changes = store.replace(objects.filter(isStorable));
            // The first list is what clients fetch pages from; only a relist's difference is news.
            if (!initial) for (const c of changes) feed.push(c);
          },
          upsert(obj) {
            if (!isStorable(obj)) return;
            const c = store.upsert(obj);
            if (c) feed.push(c);
          },
          remove(obj) {
            if (!isStorable(obj)) return;
            const c = store.remove(obj);
            if (c) feed.push(c);
          },
        },
      });
      this.informers.set(kind, inf);
      inf.start();
    }
    this.startProbe();
    return this;
  }

  private startProbe(): void {
    const probe = this.o.transport.probe;
    if (!probe || this.o.probeEveryMs === 0) return;
    this.probeState.lastOkAt = Date.now();
    const every = this.o.probeEveryMs ?? PROBE_EVERY_MS;
    const tick = async () => {
      try {
        await probe.call(this.o.transport, this.o.probeTimeoutMs ?? PROBE_TIMEOUT_MS);
        if (this.probeState.failures) this.o.log?.('[cache] the API server answers again');
        this.probeState.lastOkAt = Date.now();
        this.probeState.failures = 0;
        this.probeState.lastError = undefined;
      } catch (e) {
        this.probeState.failures++;
        this.probeState.lastError = e instanceof Error ? e.message : String(e);
        if (this.probeState.failures === 1) this.o.log?.(`[cache] API server readiness probe: ${this.probeState.lastError}`);
      }
      if (this.started) {
        this.probeTimer = setTimeout(() => void tick(), every);
        this.probeTimer.unref?.();
      }
    };
    void tick();
  }

  /** The readiness probe's view of the API server. */
  probeStatus(): ProbeState {
    return { ...this.probeState };
  }

  /** Resolves once the given kinds (default: all) have completed their first list. */
  async ready(kinds: readonly CacheKind[] = this.kinds): Promise<void> {
    this.start();
    await Promise.all(kinds.map((k) => this.informers.get(k)?.ready));
  }

  /** Resolves once the given kinds have something to answer from: a first page stored, or the first list done. */
  async firstData(kinds: readonly CacheKind[] = this.kinds): Promise<void> {
    this.start();
    await Promise.all(kinds.map((k) => this.informers.get(k)?.firstData));
  }

  /** Loading progress of the given kinds (default: all); does not start the cache. */
  progress(kinds: readonly CacheKind[] = this.kinds): CacheProgress {
    const out: CacheProgress = { synced: true, loaded: 0, total: 0, kinds: {} };
    for (const k of kinds) {
      const st = this.informers.get(k)?.status();
      const synced = st?.synced ?? false;
      const size = this.store(k).size;
      const p = synced ? { synced, loaded: size, total: size } : { synced, loaded: Math.max(size, st?.listed ?? 0), total: st?.expected };
      out.kinds[k] = p;
      out.synced &&= synced;
      out.loaded += p.loaded;
      out.total = out.total === undefined || p.total === undefined ? undefined : out.total + p.total;
    }
    return out;
  }

  /** While `kind`'s first list is arriving: how much of it a page is built from (undefined once synced). */
  loading(kind: CacheKind): LoadingProgress | undefined {
    const p = this.progress([kind]).kinds[kind]!;
    return p.synced ? undefined : { loaded: this.store(kind).size, total: p.total ?? null };
  }

  store(kind: CacheKind): KindStore {
    const s = this.stores.get(kind);
    if (!s) throw new Error(`kind ${kind} is not cached`);
    return s;
  }

  informer(kind: CacheKind): Informer | undefined {
    return this.informers.get(kind);
  }

  query(kind: CacheKind, params: QueryParams): QueryResult {
    this.start();
    const r = query(this.store(kind), params);
    const loading = this.loading(kind);
    return loading ? { ...r, loading } : r;
  }

  queryEntries(kind: CacheKind, params: QueryParams): QueryResult<Entry> {
    this.start();
    return queryEntries(this.store(kind), params);
  }

  get(kind: CacheKind, namespace: string | undefined, name: string): KubeObject | undefined {
    this.start();
    return this.store(kind).get(objectKey(namespace, name))?.obj;
  }

  countsByState(kind: CacheKind, workspaces: readonly string[] | 'all'): Record<ObjectState, number> {
    this.start();
    return this.store(kind).countsByState(workspaces);
  }

  /** Workspaces that hold objects of `kind`, with counts. */
  workspaces(kind: CacheKind): Map<string, number> {
    return this.store(kind).indexes.values('workspace');
  }

  /** The Cluster ("workspace/name") whose BundleDeployments live in `namespace` (Cluster.status.namespace). */
  clusterForNamespace(namespace: string): { namespace: string; name: string } | undefined {
    if (this.stores.has('clusters')) {
      for (const key of this.store('clusters').indexes.get('clusterNamespace', namespace)) {
        const [ns, name] = key.split('/');
        if (ns && name) return { namespace: ns, name };
      }
    }
    // Before the Cluster's status is written, the namespace's own annotations say the same.
    const nsObj = this.stores.has('namespaces') ? this.get('namespaces', undefined, namespace) : undefined;
    const a = nsObj?.metadata.annotations;
    if (a?.[LABEL_CLUSTER_NS] && a[LABEL_CLUSTER]) return { namespace: a[LABEL_CLUSTER_NS], name: a[LABEL_CLUSTER] };
    return undefined;
  }

  /** Workspaces of `kind` this person may see: 'all' or a list (possibly empty). */
  async allowedWorkspaces(checker: AccessChecker, kind: CacheKind): Promise<'all' | string[]> {
    const wsKind: CacheKind = kind === 'bundledeployments' && this.stores.has('bundles') ? 'bundles' : kind;
    const candidates = new Set([...this.workspaces(kind).keys(), ...(wsKind !== kind ? this.workspaces(wsKind).keys() : [])]);
    return allowedWorkspaces(checker, kind, candidates);
  }

  /**
   * A page as this person may see it: the requested workspaces intersected with those RBAC allows.
   * `requested`: 'all' (the `_all` URL) or one or more workspace names.
   */
  async queryFor(identity: Identity | AccessChecker, kind: CacheKind, params: Omit<QueryParams, 'workspaces'> & { workspaces: readonly string[] | 'all' }): Promise<QueryResult> {
    await this.firstData([kind]);
    const checker = 'canList' in identity ? identity : accessChecker(identity);
    const allowed = await this.allowedWorkspaces(checker, kind);
    return this.query(kind, { ...params, workspaces: intersect(params.workspaces, allowed) });
  }

  subscribe(listener: FeedListener): () => void {
    this.start();
    return this.feed.subscribe(listener);
  }

  since(lastEventId: string, kinds?: ReadonlySet<CacheKind>): ResumeResult {
    return this.feed.since(lastEventId, kinds);
  }

  /**
   * Why the cache cannot follow the API server for these kinds right now (a watch down after a recent error), or
   * undefined. Live streams pass it on, so a tab says "Reconnecting…" instead of looking live while it is not.
   */
  upstreamProblem(kinds: readonly CacheKind[], now = Date.now()): string | undefined {
    const p = this.probeState;
    const lostAfter = this.o.probeLostAfterMs ?? PROBE_LOST_AFTER_MS;
    if (p.failures > 0 && p.lastOkAt !== undefined && now - p.lastOkAt >= lostAfter) {
      const s = Math.round((now - p.lastOkAt) / 1000);
      return `The dashboard has lost the Kubernetes API server: it has not answered for ${s} s (${p.lastError ?? 'no answer'}). Showing the last known state; requests that need the API server fail until it answers again.`;
    }
    for (const k of kinds) {
      const st = this.informers.get(k)?.status();
      // One failed watch (an idle timeout) reconnects within a second; only a run of failures is an outage.
      if (st && !st.watching && st.failingSince !== undefined && now - st.failingSince >= UPSTREAM_GRACE_MS) {
        return `The dashboard lost its connection to the Kubernetes API server (${st.lastError ?? 'unknown error'}); showing the last known state while it reconnects.`;
      }
    }
    return undefined;
  }

  status(): CacheStatus {
    const kinds: Record<string, KindStatus> = {};
    for (const k of this.kinds) {
      const st = this.informers.get(k)?.status();
      const { kind: _kind, ...rest } = st ?? initialStatus(k);
      void _kind;
      kinds[k] = { ...rest, objects: this.store(k).size };
    }
    return { started: this.started, context: this.o.context, kinds };
  }

  stop(): void {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
    for (const i of this.informers.values()) i.stop();
    this.informers.clear();
    this.feed.stop();
    this.started = false;
  }
}

export function intersect(requested: readonly string[] | 'all', allowed: readonly string[] | 'all'): readonly string[] | 'all' {
  if (allowed === 'all') return requested;
  if (requested === 'all') return allowed;
  const a = new Set(allowed);
  return requested.filter((w) => a.has(w));
}

/** FLEETDASH_CACHE_CONTEXT, else `fleet-dashboard` when the kubeconfig has it, else the current context. */
export function cacheContext(): string | undefined {
  const explicit = process.env.FLEETDASH_CACHE_CONTEXT;
  if (explicit) return explicit;
  if (hasContext('fleet-dashboard')) return 'fleet-dashboard';
  return baseKubeConfig().getCurrentContext() || undefined;
}

const GLOBAL_KEY = Symbol.for('fleetdash.cache');
type WithCache = typeof globalThis & { [GLOBAL_KEY]?: FleetCache };

/** The process-wide cache. Informers start on first query/get/ready/subscribe, not on import. */
export function getCache(): FleetCache {
  const g = globalThis as WithCache;
  if (!g[GLOBAL_KEY]) {
    const context = cacheContext();
    const kc = context ? kubeConfigForContext(context) : baseKubeConfig();
    const cache = new FleetCache({
      transport: httpTransport(kc),
      context,
      watchList: true,
      log: (m) => log.warn(m),
    });
    g[GLOBAL_KEY] = cache;
    onShutdown(() => cache.stop()); // informers end with the process (SIGTERM)
  }
  return g[GLOBAL_KEY];
}

/** For readiness: synced (every kind listed once) and how far loading got. Does not start the cache. */
export function cacheProgress(): CacheProgress {
  const g = globalThis as WithCache;
  return g[GLOBAL_KEY]?.progress() ?? { synced: false, loaded: 0, total: undefined, kinds: {} };
}

/** For the health route: per kind synced, objects, last event, errors. Does not start the cache. */
export function cacheStatus(): CacheStatus {
  const g = globalThis as WithCache;
  return g[GLOBAL_KEY]?.status() ?? { started: false, context: undefined, kinds: {} };
}
