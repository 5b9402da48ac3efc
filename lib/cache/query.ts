// One page of one kind: workspace/state/text/index filters, sort, paging. Narrow by index when the filter is
// selective; otherwise walk the kind's cached sorted order and stop collecting once the page is full.
import { isBundleState, type BundleState } from '@/lib/fleet/state';
import { sortKeys, type IndexName } from './derive';
import { compareBy } from './sorted';
import { objectKey } from './kinds';
import type { Entry, KindStore } from './store';
import type { KubeObject } from './types';

export interface QueryParams {
  /** What the person may see (from authz) intersected with what the page asks for. */
  workspaces: readonly string[] | 'all';
  q?: string;
  state?: BundleState;
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** Index filters, "namespace/name" values, e.g. { gitrepo: 'fleet-default/my-repo' } or { cluster: 'fleet-default/c1' }. */
  filter?: Partial<Record<IndexName, string>>;
}

export interface QueryResult<T = KubeObject> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

export const MAX_PAGE_SIZE = 500;

export function validateQuery(store: KindStore, p: QueryParams): void {
  if (!Number.isInteger(p.page) || p.page < 1) throw new QueryError(`page must be an integer ≥ 1, got ${p.page}`);
  if (!Number.isInteger(p.pageSize) || p.pageSize < 1 || p.pageSize > MAX_PAGE_SIZE)
    throw new QueryError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${p.pageSize}`);
  const keys = sortKeys(store.kind);
  if (!keys.includes(p.sort)) throw new QueryError(`unknown sort key "${p.sort}" for ${store.kind}; expected one of ${keys.join(', ')}`);
  if (p.dir !== 'asc' && p.dir !== 'desc') throw new QueryError(`dir must be asc or desc, got ${String(p.dir)}`);
  if (p.state !== undefined && !isBundleState(p.state)) throw new QueryError(`unknown state "${String(p.state)}"`);
}

/** Entries (not just objects) so callers can reuse derived state without recomputing it. */
export function queryEntries(store: KindStore, p: QueryParams): QueryResult<Entry> {
  validateQuery(store, p);
  const wsSet = p.workspaces === 'all' ? undefined : new Set(p.workspaces);
  const terms = (p.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const filters = Object.entries(p.filter ?? {}).filter(([, v]) => v !== undefined) as [IndexName, string][];
  const start = (p.page - 1) * p.pageSize;
  const end = start + p.pageSize;
  const empty = { items: [], total: 0, page: p.page, pageSize: p.pageSize };
  if (wsSet?.size === 0) return empty;

  const matches = (e: Entry): boolean => {
    if (wsSet && !wsSet.has(e.workspace)) return false;
    if (p.state && e.state !== p.state) return false;
    for (const [name, value] of filters) if (e.index[name] !== value) return false;
    for (const t of terms) if (!e.text.includes(t)) return false;
    return true;
  };

  // Smallest candidate set an index can give; below ~1/8 of the kind, sorting it beats scanning the sorted order.
  let candidates: ReadonlySet<string> | undefined;
  for (const [name, value] of filters) {
    const s = store.indexes.get(name, value);
    if (!candidates || s.size < candidates.size) candidates = s;
  }
  if (wsSet && (!candidates || candidates.size > 0)) {
    let n = 0;
    for (const ws of wsSet) n += store.indexes.get('workspace', ws).size;
    if (!candidates || n < candidates.size) {
      if (n < store.size / 8) {
        const union = new Set<string>();
        for (const ws of wsSet) for (const k of store.indexes.get('workspace', ws)) union.add(k);
        candidates = union;
      }
    }
  }

  if (candidates && candidates.size < store.size / 8) {
    const list: Entry[] = [];
    for (const k of candidates) {
      const e = store.get(k);
      if (e && matches(e)) list.push(e);
    }
    const cmp = compareBy(sortKeys(store.kind).indexOf(p.sort));
    list.sort(p.dir === 'asc' ? cmp : (a, b) => cmp(b, a));
    return { items: list.slice(start, end), total: list.length, page: p.page, pageSize: p.pageSize };
  }

  // A state filter walks that state's own sorted order: no scan over the other states.
  const sorted = store.sorted(p.sort, p.state)!;
  const n = sorted.length;
  const at = p.dir === 'asc' ? (i: number) => sorted[i]! : (i: number) => sorted[n - 1 - i]!;
  if (!wsSet && !filters.length && !terms.length) {
    const items: Entry[] = [];
    for (let i = start; i < Math.min(end, n); i++) items.push(at(i));
    return { items, total: n, page: p.page, pageSize: p.pageSize };
  }
  const items: Entry[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const e = at(i);
    if (!matches(e)) continue;
    if (total >= start && total < end) items.push(e);
    total++;
  }
  return { items, total, page: p.page, pageSize: p.pageSize };
}

export function query(store: KindStore, p: QueryParams): QueryResult {
  const r = queryEntries(store, p);
  return { ...r, items: r.items.map((e) => e.obj) };
}

export function get(store: KindStore, namespace: string | undefined, name: string): KubeObject | undefined {
  return store.get(objectKey(namespace, name))?.obj;
}
