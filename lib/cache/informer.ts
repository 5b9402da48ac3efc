// List-then-watch for one kind (the client-go reflector pattern): the initial state by watch-list (one WATCH with
// sendInitialEvents, streamed from the API server's watch cache) or a paginated LIST, then WATCH from its
// resourceVersion with bookmarks, relist on 410 Gone, reconnect with capped exponential backoff.
import { collectionPath, objectKey, type CacheKind } from './kinds';
import { isGone, KubeHttpError, type KubeObject, type KubeTransport, type WatchEvent } from './types';

/** Where an informer delivers (already projected) objects. */
export interface InformerSink {
  /** Full state after a (re)list: replaces everything; `initial` is true for the first list. */
  replace(objects: KubeObject[], initial: boolean): void;
  /** One page of the first list, stored at once so pages can answer while the rest loads (not news for live streams). */
  add?(objects: KubeObject[]): void;
  upsert(obj: KubeObject): void;
  remove(obj: KubeObject): void;
}

export interface InformerOptions {
  kind: CacheKind;
  transport: KubeTransport;
  sink: InformerSink;
  project: (raw: KubeObject) => KubeObject;
  pageSize?: number;
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  /** Wait after a 429 (the API server's Retry-After for a watch cache still filling is 1 s). */
  retryAfterMs?: number;
  /** Server-side watch timeout; randomised ±20% so kinds do not reconnect in lockstep. */
  watchTimeoutSeconds?: number;
  /**
   * Initial state (and every relist) by watch-list (KEP-3157: `sendInitialEvents=true`, beta and on by default since
   * Kubernetes 1.32): no continue token to expire, so a kind too large to page through within etcd's compaction
   * interval (5 min; a million BundleDeployments at ~500 objects/s) still syncs. Falls back to a paginated LIST where
   * the API server refuses it.
   */
  watchList?: boolean;
  log?: (msg: string) => void;
}

export interface InformerStatus {
  kind: CacheKind;
  synced: boolean;
  watching: boolean;
  resourceVersion: string | undefined;
  lastEventAt: number | undefined;
  lastSyncAt: number | undefined;
  lists: number;
  relists: number;
  errors: number;
  lastError: string | undefined;
  /** When lastError happened (ms). */
  lastErrorAt: number | undefined;
  /** Start of the current run of failures (ms), cleared by the next successful list or watch. */
  failingSince: number | undefined;
  /** Objects received so far by the list in progress (or the last one). */
  listed: number;
  /** What that list will hold: received + the API server's remainingItemCount (undefined until it says). */
  expected: number | undefined;
}

/** Before the first list: nothing known yet. */
export function initialStatus(kind: CacheKind): InformerStatus {
  return {
    kind,
    synced: false,
    watching: false,
    resourceVersion: undefined,
    lastEventAt: undefined,
    lastSyncAt: undefined,
    lists: 0,
    relists: 0,
    errors: 0,
    lastError: undefined,
    lastErrorAt: undefined,
    failingSince: undefined,
    listed: 0,
    expected: undefined,
  };
}

/** Retries of one page of a list before the list starts over (see listAll). */
const MAX_PAGE_RETRIES = 5;
/** The bookmark that ends a watch-list's initial events carries this annotation (k8s.io/apimachinery metav1.InitialEventsAnnotationKey). */
export const INITIAL_EVENTS_END = 'k8s.io/initial-events-end';
/** Objects of a watch-list's initial events stored together (the paginated list's page size). */
const WATCH_LIST_BATCH = 500;
/** How often a run of 429s (the API server's watch cache still filling) is logged. */
const NOT_YET_LOG_EVERY_MS = 30_000;
/** A watch-list's server-side timeout: its initial events must fit in one stream (a million objects take minutes). */
const WATCH_LIST_TIMEOUT_S = 3600;

export class Informer {
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  /** Resolves once the first page of the first list is stored (or the list completed): data to answer from. */
  readonly firstData: Promise<void>;
  private resolveFirstData!: () => void;
  private stopped = false;
  private started = false;
  private abort = new AbortController();
  private wake: (() => void) | undefined;
  private overrideRv: string | undefined;
  private st: InformerStatus;
  /** When a 429 was last logged. */
  private notYetLoggedAt = -Infinity;
  /** Cleared when the API server refuses watch-list: paginated LISTs from then on. */
  private watchList: boolean;

  constructor(private readonly o: InformerOptions) {
    this.ready = new Promise((r) => (this.resolveReady = r));
    this.firstData = new Promise((r) => (this.resolveFirstData = r));
    this.st = initialStatus(o.kind);
    this.watchList = o.watchList ?? false;
  }

  status(): InformerStatus {
    return { ...this.st };
  }

  start(): this {
    if (!this.started) {
      this.started = true;
      void this.run();
    }
    return this;
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
    this.wake?.();
  }

  /** Test hook: drop the current watch and resume from `rv` (an old one forces the 410 → relist path). */
  restartWatchFrom(rv: string): void {
    this.overrideRv = rv;
    this.abort.abort();
  }

  private log(msg: string) {
    this.o.log?.(`[cache:${this.o.kind}] ${msg}`);
  }

  private async run(): Promise<void> {
    let rv: string | undefined;
    let attempt = 0;
    while (!this.stopped) {
      try {
        if (rv === undefined && !this.watchList) {
          rv = await this.listAll();
          attempt = 0;
          this.st.failingSince = undefined;
        }
        const started = Date.now();
        const result = rv === undefined ? await this.watchListOnce() : await this.watchOnce(rv);
        rv = result.rv;
        // A stream the server ends at once, with nothing in it, must not become a hot loop.
        if (result.events === 0 && Date.now() - started < 1000) throw new Error('watch ended immediately');
        attempt = 0;
        this.st.failingSince = undefined;
      } catch (e) {
        if (this.stopped) break;
        if (this.overrideRv !== undefined) {
          rv = this.overrideRv;
          this.overrideRv = undefined;
          this.abort = new AbortController();
          continue;
        }
        this.abort = new AbortController();
        if (this.watchList && rv === undefined && refusesWatchList(e)) {
          this.watchList = false;
          this.log(`the API server refused watch-list (${e instanceof Error ? e.message : String(e)}); paginated LISTs instead`);
          continue;
        }
        if (isGone(e)) {
          this.log(`resourceVersion ${rv} expired (410), relisting`);
          rv = undefined;
          this.st.relists++;
          continue;
        }
        this.st.errors++;
        this.st.lastError = e instanceof Error ? e.message : String(e);
        this.st.lastErrorAt = Date.now();
        this.st.failingSince ??= this.st.lastErrorAt;
        // 429 is the API server saying "not yet" (its watch cache still filling after a restart: "storage is
        // (re)initializing", Retry-After 1 s), not an outage: ask again soon rather than backing off to 10 s.
        const notYet = e instanceof KubeHttpError && e.status === 429;
        const delay = notYet ? this.o.retryAfterMs ?? 1000 : this.backoff(attempt++);
        // Said once per 30 s while it lasts (a million objects take minutes), not on every 1 s retry.
        if (!notYet || this.st.lastErrorAt - this.notYetLoggedAt >= NOT_YET_LOG_EVERY_MS) {
          this.log(`${this.st.lastError}; retrying in ${delay} ms`);
          if (notYet) this.notYetLoggedAt = this.st.lastErrorAt;
        }
        await this.sleep(delay);
      } finally {
        this.st.watching = false;
      }
    }
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.o.backoffMaxMs ?? 10_000, (this.o.backoffInitialMs ?? 500) * 2 ** attempt);
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  private async listAll(): Promise<string> {
    const path = collectionPath(this.o.kind);
    const items: KubeObject[] = [];
    let cont: string | undefined;
    let rv = '';
    const initial = !this.st.synced;
    this.st.listed = 0;
    this.st.expected = undefined;
    let pageRetries = 0;
    // Not do…while: a `continue` below (same page again, or the list from the start) must not end the loop.
    for (;;) {
      const query: Record<string, string> = { limit: String(this.o.pageSize ?? 500) };
      if (cont) query.continue = cont;
      let page;
      try {
        page = await this.o.transport.listPage(path, query, this.abort.signal);
      } catch (e) {
        // An expired continue token (410) restarts the list from scratch rather than relisting in a loop of errors.
        if (isGone(e) && cont) {
          this.log('continue token expired, restarting list');
          items.length = 0;
          this.st.listed = 0;
          cont = undefined;
          continue;
        }
        // A busy API server (100,000 objects listed while it serves others) may miss one page's deadline: ask for
        // that page again (its continue token stays valid for minutes) instead of starting the whole list over.
        const clientError = e instanceof KubeHttpError && e.status >= 400 && e.status < 500 && e.status !== 429;
        if (cont && !this.stopped && !clientError && pageRetries < MAX_PAGE_RETRIES) {
          this.st.errors++;
          this.st.lastError = e instanceof Error ? e.message : String(e);
          this.st.lastErrorAt = Date.now();
          const delay = this.backoff(pageRetries++);
          this.log(`${this.st.lastError}; asking for the same page again in ${delay} ms (${items.length} objects so far)`);
          await this.sleep(delay);
          if (this.stopped) throw e;
          continue;
        }
        throw e;
      }
      pageRetries = 0;
      // Project page by page so raw objects (managedFields, bundle resources) never pile up in memory.
      const from = items.length;
      for (const raw of page.items) items.push(this.o.project(raw));
      cont = page.continueToken;
      rv = page.resourceVersion;
      this.st.listed = items.length;
      this.st.expected = page.remainingItemCount !== undefined ? items.length + page.remainingItemCount : cont ? undefined : items.length;
      // First list: store each page as it comes, so a restarted server answers in seconds ("loading N of M")
      // instead of after the whole list; the replace below then only confirms (same resourceVersions).
      if (initial && this.o.sink.add) {
        this.o.sink.add(items.slice(from));
        this.resolveFirstData();
      }
      if (!cont) break;
    }
    this.synced(items, initial, rv);
    return rv;
  }

  /** The kind's full state has arrived (a list's last page, a watch-list's initial-events-end bookmark). */
  private synced(items: KubeObject[], initial: boolean, rv: string): void {
    this.o.sink.replace(items, initial);
    this.st.lists++;
    this.st.synced = true;
    this.st.lastSyncAt = Date.now();
    this.st.resourceVersion = rv;
    this.st.listed = this.st.expected = items.length;
    this.resolveReady();
    this.resolveFirstData();
  }

  /** Any watch event: the API server answers again; an ERROR event is thrown. Answers the event's resourceVersion. */
  private heard(e: WatchEvent): string | undefined {
    this.st.lastEventAt = Date.now();
    this.st.failingSince = undefined;
    if (e.type === 'ERROR') throw watchError(e.object);
    return e.object?.metadata?.resourceVersion;
  }

  /** One watch event after the initial state: into the store. */
  private apply(e: WatchEvent): void {
    if (e.type === 'ADDED' || e.type === 'MODIFIED') this.o.sink.upsert(this.o.project(e.object));
    else if (e.type === 'DELETED') this.o.sink.remove(this.o.project(e.object));
  }

  private async watchOnce(rv: string): Promise<{ rv: string; events: number }> {
    const path = collectionPath(this.o.kind);
    const base = this.o.watchTimeoutSeconds ?? 300;
    const timeout = Math.round(base * (0.8 + Math.random() * 0.4));
    let current = rv;
    let events = 0;
    this.st.watching = true;
    const onEvent = (e: WatchEvent) => {
      events++;
      const newRv = this.heard(e);
      this.apply(e);
      if (newRv) current = newRv;
      this.st.resourceVersion = current;
    };
    await this.o.transport.watch(
      path,
      { resourceVersion: rv, allowWatchBookmarks: 'true', timeoutSeconds: String(timeout) },
      onEvent,
      this.abort.signal,
    );
    return { rv: current, events };
  }

  /**
   * Watch-list: one WATCH whose first events are the kind's current state, ended by a bookmark annotated
   * k8s.io/initial-events-end; the same stream then carries changes. Initial objects are stored in batches as they
   * arrive (as listAll stores pages), and replace the store at the bookmark. Throws when the stream ends before it.
   */
  private async watchListOnce(): Promise<{ rv: string; events: number }> {
    const path = collectionPath(this.o.kind);
    const initial = !this.st.synced;
    let items: KubeObject[] | undefined = [];
    let stored = 0;
    const deleted = new Set<string>();
    let current = '';
    let events = 0;
    this.st.listed = 0;
    this.st.expected = undefined;
    // Only while this watch-list is still in its initial events: the bookmark sets the exact figure.
    void this.countObjects(path).then((n) => {
      if (items && n !== undefined) this.st.expected = n;
    });
    this.st.watching = true;
    const onEvent = (e: WatchEvent) => {
      events++;
      const newRv = this.heard(e);
      const obj = e.object;
      if (!items) {
        this.apply(e);
        if (newRv) this.st.resourceVersion = current = newRv;
        return;
      }
      if (newRv) current = newRv;
      if (e.type === 'BOOKMARK') {
        // An API server that ignores sendInitialEvents (before Kubernetes 1.27) never sends the annotated one.
        if (obj.metadata?.annotations?.[INITIAL_EVENTS_END] !== 'true') throw new WatchListUnsupported('bookmark before the initial events ended');
        const state = deleted.size ? items.filter((o) => !deleted.has(objectKey(o.metadata.namespace, o.metadata.name))) : items;
        items = undefined;
        this.synced(state, initial, current);
        return;
      }
      if (e.type === 'DELETED') deleted.add(objectKey(obj.metadata.namespace, obj.metadata.name));
      else items.push(this.o.project(obj));
      this.st.listed = items.length;
      if (initial && this.o.sink.add && items.length - stored >= WATCH_LIST_BATCH) {
        this.o.sink.add(items.slice(stored));
        stored = items.length;
        this.resolveFirstData();
      }
    };
    const timeout = Math.max(WATCH_LIST_TIMEOUT_S, this.o.watchTimeoutSeconds ?? 0);
    await this.o.transport.watch(
      path,
      { sendInitialEvents: 'true', resourceVersionMatch: 'NotOlderThan', allowWatchBookmarks: 'true', timeoutSeconds: String(timeout) },
      onEvent,
      this.abort.signal,
    );
    if (items) throw new Error(`watch-list of ${this.o.kind} ended after ${items.length} objects, before its initial events were complete`);
    return { rv: current, events };
  }

  /** How many objects the kind holds, for "loading N of M" (a watch-list does not say): a LIST of one object. */
  private async countObjects(path: string): Promise<number | undefined> {
    try {
      const page = await this.o.transport.listPage(path, { limit: '1' }, this.abort.signal);
      return page.items.length + (page.remainingItemCount ?? 0);
    } catch {
      return undefined; // only the progress figure is missing; the watch-list reports its own errors
    }
  }
}

class WatchListUnsupported extends Error {}

function watchError(obj: WatchEvent['object']): KubeHttpError {
  return new KubeHttpError(typeof obj.code === 'number' ? obj.code : 500, obj.message ?? 'watch error', obj.reason);
}

/** The API server does not do watch-list: a feature gate off (400/422 on sendInitialEvents) or an old server. */
function refusesWatchList(e: unknown): boolean {
  return e instanceof WatchListUnsupported || (e instanceof KubeHttpError && (e.status === 400 || e.status === 422));
}
