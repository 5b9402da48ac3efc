// Whole-workspace answers (overview, troubleshooting, matrix) cost one pass over up to 100,000 cached objects on the
// one Node event loop. Two guards keep a page in a loop (or a script) from pinning it for everyone:
// - memoised by what the person may see (the workspaces per kind RBAC allows), the cache's version of each kind read,
//   and the query: repeats and other people with the same view get the stored answer, computed once per change;
//   identical requests in flight share one computation;
// - at most MAX_PER_PERSON heavy requests per person run at a time; up to MAX_WAITING more wait their turn (a page
//   asks for its parts together), beyond that the answer is 429 in words.
import type { CacheKind } from '@/lib/cache';
import { getCache } from '@/lib/cache';
import { personKey } from '@/lib/cache/authz';
import type { Identity } from '@/lib/k8s/identity';
import { HttpError } from './http-error';

export const MAX_PER_PERSON = 2;
export const MAX_WAITING = 8;
const MAX_ENTRIES = 200;
/**
 * Memoised answers are JSON text (a 1,000-cluster matrix is megabytes): bounded by size too, and an answer for the
 * same view and query replaces the older version's instead of lingering until 200 others push it out — under live
 * changes that garbage was most of the server's memory.
 */
const MAX_BYTES = 48 * 2 ** 20;
/** Answers that depend on the clock (agent contact, "stale since") are recomputed at least this often. */
export const CLOCK_BUCKET_MS = 10_000;

const KEY = Symbol.for('fleetdash.heavy');
interface HeavyState {
  memo: Map<string, { text: string; stem: string }>;
  /** The memo key currently held for each view and query (memoKey without the versions and extra). */
  stems: Map<string, string>;
  bytes: number;
  inflight: Map<string, Promise<string>>;
  perPerson: Map<string, { running: number; waiting: (() => void)[] }>;
  hits: number;
  misses: number;
}
function state(): HeavyState {
  const g = globalThis as typeof globalThis & { [KEY]?: HeavyState };
  g[KEY] ??= { memo: new Map(), stems: new Map(), bytes: 0, inflight: new Map(), perPerson: new Map(), hits: 0, misses: 0 };
  return g[KEY];
}

/** Memo hits and misses so far (bench and tests). */
export function heavyStats(): { hits: number; misses: number; entries: number; bytes: number } {
  const s = state();
  return { hits: s.hits, misses: s.misses, entries: s.memo.size, bytes: s.bytes };
}

export interface HeavyKey {
  route: string;
  /** What the person may see: per kind the workspaces ('all' or names) RBAC allows, and kinds forbidden. */
  scope: { workspaces: Partial<Record<CacheKind, 'all' | string[]>>; forbidden: readonly string[] };
  /** The request's parameters, canonical (same meaning → same string). */
  query: string;
  /** Anything else the answer depends on (a clock bucket, Secret presence as this person saw it). */
  extra?: string;
}

/** The view and query a key answers, without the versions or extra it was computed at. */
function stemOf(k: HeavyKey): string {
  const kinds = Object.keys(k.scope.workspaces).sort() as CacheKind[];
  const seen = kinds.map((kind) => {
    const ws = k.scope.workspaces[kind];
    return `${kind}:${ws === 'all' ? '*' : [...(ws ?? [])].sort().join(',')}`;
  });
  return [k.route, seen.join(';'), `-${[...k.scope.forbidden].sort().join(',')}`, k.query].join('\u0000');
}

function forget(s: HeavyState, k: string): void {
  const e = s.memo.get(k);
  if (e === undefined) return;
  s.memo.delete(k);
  s.bytes -= e.text.length;
  if (s.stems.get(e.stem) === k) s.stems.delete(e.stem);
}

function memoKey(k: HeavyKey): string {
  const cache = getCache();
  const kinds = Object.keys(k.scope.workspaces).sort() as CacheKind[];
  const seen = kinds.map((kind) => {
    const ws = k.scope.workspaces[kind];
    return `${kind}@${cache.store(kind).version}:${ws === 'all' ? '*' : [...(ws ?? [])].sort().join(',')}`;
  });
  return [k.route, seen.join(';'), `-${[...k.scope.forbidden].sort().join(',')}`, k.query, k.extra ?? ''].join('\u0000');
}

/**
 * Runs one heavy request for this person, from its RBAC checks to its answer: at once when fewer than MAX_PER_PERSON
 * of theirs run, else after those ahead of it; HttpError(429) in words when MAX_WAITING already wait.
 */
export async function heavySlot<T>(identity: Identity, run: () => Promise<T>): Promise<T> {
  const s = state();
  const who = personKey(identity);
  let q = s.perPerson.get(who);
  if (!q) s.perPerson.set(who, (q = { running: 0, waiting: [] }));
  if (q.running < MAX_PER_PERSON) q.running++;
  else if (q.waiting.length < MAX_WAITING) await new Promise<void>((r) => q.waiting.push(r)); // the slot is handed over
  else {
    throw new HttpError(
      429,
      `You already have ${q.running + q.waiting.length} overview, troubleshooting or matrix requests running or waiting; this one was not started. Wait for those to finish, then try again.`,
    );
  }
  try {
    return await run();
  } finally {
    const next = q.waiting.shift();
    if (next) next();
    else if (--q.running === 0) s.perPerson.delete(who);
  }
}

/** An answer already in JSON text, for heavyJson to keep as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

const jsonTexts = new WeakMap<object, string>();
/**
 * JSON.stringify of an object never mutated afterwards (a memoised finding), kept with it: an answer made of mostly
 * unchanged parts is then joined from their texts instead of serialised anew (~400 kB of findings per request).
 */
export function jsonOf(o: object): string {
  let t = jsonTexts.get(o);
  if (t === undefined) jsonTexts.set(o, (t = JSON.stringify(o)));
  return t;
}

/** The JSON text of `compute()`'s answer (RawJson: as it is), memoised under `key` (see the top of this file). */
export async function heavyJson(key: HeavyKey, compute: () => unknown | Promise<unknown>): Promise<string> {
  const s = state();
  const k = memoKey(key);
  const hit = s.memo.get(k);
  if (hit !== undefined) {
    s.hits++;
    // Re-insert: the map's order is least recently used first.
    s.memo.delete(k);
    s.memo.set(k, hit);
    return hit.text;
  }
  const shared = s.inflight.get(k);
  if (shared) {
    s.hits++;
    return shared;
  }
  s.misses++;
  const p = (async () => {
    // Let requests already waiting (light list pages of other people) go first: one pass can take a few hundred ms.
    await new Promise((r) => setImmediate(r));
    const v = await compute();
    return v instanceof RawJson ? v.text : JSON.stringify(v);
  })();
  s.inflight.set(k, p);
  try {
    const text = await p;
    const stem = stemOf(key);
    const older = s.stems.get(stem);
    if (older !== undefined && older !== k) forget(s, older);
    forget(s, k);
    s.stems.set(stem, k);
    s.memo.set(k, { text, stem });
    s.bytes += text.length;
    while (s.memo.size > MAX_ENTRIES || (s.bytes > MAX_BYTES && s.memo.size > 1)) forget(s, s.memo.keys().next().value!);
    return text;
  } finally {
    s.inflight.delete(k);
  }
}

/** A JSON response from heavyJson's text. */
export function jsonText(text: string): Response {
  return new Response(text, { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

/** The start of the current clock bucket: the one `now` every answer within that bucket is computed with. */
export function bucketStart(now = Date.now()): number {
  return Math.floor(now / CLOCK_BUCKET_MS) * CLOCK_BUCKET_MS;
}

/** The current clock bucket, for answers that change with time alone. */
export function clockBucket(now = Date.now()): string {
  return String(Math.floor(now / CLOCK_BUCKET_MS));
}
