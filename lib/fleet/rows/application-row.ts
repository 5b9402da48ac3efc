// The applications view: GitRepos and HelmOps in one list (Rancher 2.12+ calls them "App Bundles"),
// one row type whatever the kind, and the overview counts for both. Built from the per-kind rows so
// state, ready counts and pinning mean the same everywhere.
import { z } from 'zod';
import { OBJECT_STATES, objectStateRank, type ObjectState } from '../object-state';
import type { GitRepo } from '../kinds/gitrepo';
import type { HelmOp } from '../kinds/helmop';
import { toGitRepoRow } from './gitrepo-row';
import { toHelmOpRow } from './helmop-row';
import { APP_ROW_FIELDS } from './app-row-fields';
import { listQuerySchema, listResponseSchema, type ListPage, type ListQuery } from './list';

export const APPLICATION_KINDS = ['GitRepo', 'HelmOp'] as const;
export const ApplicationKindSchema = z.enum(APPLICATION_KINDS);
export type ApplicationKind = z.infer<typeof ApplicationKindSchema>;

export const ApplicationRowSchema = z.object({
  kind: ApplicationKindSchema,
  ...APP_ROW_FIELDS,
  /** Repository URL (GitRepo) or chart source (HelmOp). */
  source: z.string(),
  /** Branch, or revision when pinned (GitRepo); version asked (HelmOp). */
  ref: z.string().optional(),
  /** Deployed commit (GitRepo) or resolved chart version (HelmOp). */
  current: z.string().optional(),
  pinned: z.boolean(),
  paused: z.boolean(),
  lastUpdate: z.string().optional(),
});
export type ApplicationRow = z.infer<typeof ApplicationRowSchema>;

export function gitRepoApplicationRow(g: GitRepo): ApplicationRow {
  const r = toGitRepoRow(g);
  return {
    kind: 'GitRepo',
    namespace: r.namespace,
    name: r.name,
    state: r.state,
    message: r.message,
    readyClusters: r.readyClusters,
    desiredReadyClusters: r.desiredReadyClusters,
    source: r.repo,
    ref: r.branch ?? r.revision,
    current: r.commit,
    pinned: r.pinned,
    paused: r.paused,
    lastUpdate: r.lastUpdate,
  };
}

export function helmOpApplicationRow(h: HelmOp): ApplicationRow {
  const r = toHelmOpRow(h);
  return {
    kind: 'HelmOp',
    namespace: r.namespace,
    name: r.name,
    state: r.state,
    message: r.message,
    readyClusters: r.readyClusters,
    desiredReadyClusters: r.desiredReadyClusters,
    source: r.source,
    ref: r.versionAsked,
    current: r.versionResolved,
    pinned: r.pinned,
    paused: r.paused,
    lastUpdate: r.lastUpdate,
  };
}

/** Rows of both kinds, optionally filtered by kind, in a stable order (namespace, name, kind). */
export function applicationRows(gitRepos: readonly GitRepo[], helmOps: readonly HelmOp[], kind?: ApplicationKind): ApplicationRow[] {
  const rows = [
    ...(kind === 'HelmOp' ? [] : gitRepos.map(gitRepoApplicationRow)),
    ...(kind === 'GitRepo' ? [] : helmOps.map(helmOpApplicationRow)),
  ];
  return rows.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}

export interface ApplicationCounts {
  total: number;
  byKind: Record<ApplicationKind, number>;
  byState: Record<ObjectState, number>;
  /** Per kind and state, for a stacked bar. */
  byKindAndState: Record<ApplicationKind, Record<ObjectState, number>>;
  pinned: number;
  paused: number;
}

const zeroStates = () => Object.fromEntries(OBJECT_STATES.map((s) => [s, 0])) as Record<ObjectState, number>;

/** Overview counts over application rows (both kinds). */
export function applicationCounts(rows: readonly ApplicationRow[]): ApplicationCounts {
  const c: ApplicationCounts = {
    total: rows.length,
    byKind: { GitRepo: 0, HelmOp: 0 },
    byState: zeroStates(),
    byKindAndState: { GitRepo: zeroStates(), HelmOp: zeroStates() },
    pinned: 0,
    paused: 0,
  };
  for (const r of rows) {
    c.byKind[r.kind]++;
    c.byState[r.state]++;
    c.byKindAndState[r.kind][r.state]++;
    if (r.pinned) c.pinned++;
    if (r.paused) c.paused++;
  }
  return c;
}

// The list contract of the applications view: its own sort keys (the two kinds share these columns), the kind
// filter as an extra `kind` parameter, and the kinds the person may not list (the rows then hold only the other).
export const APPLICATION_SORT_KEYS = ['name', 'kind', 'state', 'ready', 'source', 'lastUpdate', 'namespace'] as const;
export type ApplicationSortKey = (typeof APPLICATION_SORT_KEYS)[number];
export const APPLICATION_DEFAULT_SORT: ApplicationSortKey = 'name';
export const ApplicationListQuerySchema = listQuerySchema(APPLICATION_SORT_KEYS, APPLICATION_DEFAULT_SORT);
export const ApplicationListSchema = listResponseSchema(ApplicationRowSchema).extend({ forbidden: z.array(ApplicationKindSchema) });
export type ApplicationList = z.infer<typeof ApplicationListSchema>;

/** The `kind` parameter: '' = both kinds; anything else than GitRepo or HelmOp is an error in words. */
export function parseKindParam(v: string | null): { ok: true; kind?: ApplicationKind } | { ok: false; error: string } {
  if (v === null || v === '') return { ok: true };
  const r = ApplicationKindSchema.safeParse(v);
  return r.success ? { ok: true, kind: r.data } : { ok: false, error: `kind must be one of: ${APPLICATION_KINDS.join(', ')}` };
}

const readyRatio = (r: ApplicationRow) => (r.desiredReadyClusters === 0 ? 1 : r.readyClusters / r.desiredReadyClusters);
const SORT_VALUE: Record<ApplicationSortKey, (r: ApplicationRow) => string | number> = {
  name: (r) => r.name,
  kind: (r) => r.kind,
  state: (r) => objectStateRank(r.state),
  ready: readyRatio,
  source: (r) => r.source.toLowerCase(),
  lastUpdate: (r) => r.lastUpdate ?? '',
  namespace: (r) => r.namespace,
};

/** Sorted by one column; ties by namespace, name, kind (so every row has one place and pages do not overlap). */
export function sortApplicationRows(rows: readonly ApplicationRow[], sort: ApplicationSortKey, dir: 'asc' | 'desc'): ApplicationRow[] {
  const value = SORT_VALUE[sort];
  const tie = (a: ApplicationRow, b: ApplicationRow) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind);
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    return (va < vb ? -1 : va > vb ? 1 : 0) * sign || tie(a, b) * sign;
  });
}

/** One page of rows already filtered (text and state: the server's cache did that), sorted as asked. */
export function applicationPage(rows: readonly ApplicationRow[], q: ListQuery<ApplicationSortKey>): ListPage<ApplicationRow> {
  const sorted = sortApplicationRows(rows, q.sort, q.dir);
  const start = (q.page - 1) * q.pageSize;
  return { items: sorted.slice(start, start + q.pageSize), total: sorted.length, page: q.page, pageSize: q.pageSize };
}

type KindCounts = { total: number; byState: Record<ObjectState, number>; paused: number; pinned: number } | null | undefined;

/** The overview's applications: GitRepo and HelmOp counts added up (either may be missing: not allowed, not loaded yet). */
export function applicationTotals(...kinds: KindCounts[]): Omit<ApplicationCounts, 'byKind' | 'byKindAndState'> | undefined {
  const parts = kinds.filter((x): x is NonNullable<KindCounts> => !!x);
  if (!parts.length) return undefined;
  const byState = zeroStates();
  for (const p of parts) for (const s of OBJECT_STATES) byState[s] += p.byState[s];
  const sum = (f: (p: NonNullable<KindCounts>) => number) => parts.reduce((n, p) => n + f(p), 0);
  return { total: sum((p) => p.total), byState, paused: sum((p) => p.paused), pinned: sum((p) => p.pinned) };
}
