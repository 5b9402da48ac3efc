// One page of one kind: workspace/state/text/index filters, sort, paging. Narrow by index when the filter is
// selective; otherwise walk the kind's cached sorted order and stop collecting once the page is full.
import type { ObjectState } from '@/lib/fleet/object-state';
import { MAX_PAGE_SIZE } from '@/lib/fleet/rows/list';
import { listQuerySchemaFor } from '@/lib/fleet/rows/sort-keys';
import { sortColumn, type IndexName } from './derive';
import { compareBy } from './sorted';
import { objectKey } from './kinds';
import type { Entry, KindStore } from './store';
import type { KubeObject } from './types';

export interface QueryParams {
  /** What the person may see (from authz) intersected with what the page asks for. */
  workspaces: readonly string[] | 'all';
  q?: string;
  state?: ObjectState;
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** Index filters, "namespace/name" values, e.g. { gitrepo: 'fleet-default/my-repo' } or { cluster: 'fleet-default/c1' }. */
  filter?: Partial<Record<IndexName, string>>;
  /** Extra predicate on the stored object (e.g. a compiled label selector); applied after the cheap filters. */
  where?: (o: KubeObject) => boolean;
}

export interface QueryResult<T = KubeObject> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** Present while the cache's first list of the kind is still arriving: the answer covers `loaded` of `total`. */
  loading?: LoadingProgress;
}

export interface LoadingProgress {
  loaded: number;
  /** null until the API server has said how many there are. */
  total: number | null;
}

export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

export { MAX_PAGE_SIZE };

/** The same checks, limits and messages as the list routes and the client: one schema per kind (lib/fleet/rows). */
export function validateQuery(store: KindStore, p: QueryParams): void {
  const r = listQuerySchemaFor(store.kind).safeParse({ page: p.page, pageSize: p.pageSize, sort: p.sort, dir: p.dir, q: p.q ?? '', state: p.state });
  if (!r.success) throw new QueryError(r.error.issues.map((i) => i.message).join('; '));
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
    if (p.where && !p.where(e.obj)) return false;
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
    const cmp = compareBy(sortColumn(store.kind, p.sort));
    list.sort(p.dir === 'asc' ? cmp : (a, b) => cmp(b, a));
    return { items: list.slice(start, end), total: list.length, page: p.page, pageSize: p.pageSize };
  }

  // A state filter walks that state's own sorted order: no scan over the other states.
  const sorted = store.sorted(p.sort, p.state)!;
  const n = sorted.length;
  const at = p.dir === 'asc' ? (i: number) => sorted[i]! : (i: number) => sorted[n - 1 - i]!;
  if (!wsSet && !filters.length && !terms.length && !p.where) {
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
