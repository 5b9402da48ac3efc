// The cluster × bundle matrix: one row per cluster, one column per bundle, one character per cell so 10,000 clusters
// × dozens of bundles stay a small answer. Clusters (the long axis) are paged server-side; the page virtualises both.
import { z } from 'zod';
import { BUNDLE_STATES, BundleStateSchema, stateRank, worstState, type BundleState } from '../state';

/** One letter per state; '.' = the bundle is not deployed to that cluster. */
export const STATE_CODE: Record<BundleState, string> = {
  Ready: 'R',
  NotReady: 'N',
  Pending: 'P',
  OutOfSync: 'O',
  Modified: 'M',
  WaitApplied: 'W',
  ErrApplied: 'E',
};
export const NO_DEPLOYMENT = '.';
const CODE_STATE = new Map<string, BundleState>(BUNDLE_STATES.map((s) => [STATE_CODE[s], s]));
export const stateOfCode = (c: string): BundleState | undefined => CODE_STATE.get(c);

export const MATRIX_MAX_ROWS = 10_000;
export const MATRIX_DEFAULT_ROWS = 1_000;
/** A workspace can hold thousands of bundles: beyond this, only the worst bundles deployed on the page's clusters. */
export const MATRIX_MAX_COLUMNS = 300;

export const MatrixQuerySchema = z.object({
  gitrepo: z.string().max(253).optional(),
  q: z.string().max(200, 'q must be at most 200 characters').default(''),
  /** Only clusters with at least one bundle in this state. */
  state: BundleStateSchema.optional(),
  sort: z.enum(['name', 'state'], { error: 'sort must be name or state' }).default('name'),
  page: z.coerce.number().int().min(1, 'page must be 1 or more').default(1),
  pageSize: z.coerce.number().int().min(1).max(MATRIX_MAX_ROWS, `pageSize must be at most ${MATRIX_MAX_ROWS}`).default(MATRIX_DEFAULT_ROWS),
});
export type MatrixQuery = z.infer<typeof MatrixQuerySchema>;

export const MatrixSchema = z.object({
  bundles: z.array(z.object({ name: z.string(), gitrepo: z.string().optional(), state: BundleStateSchema })),
  /** Bundles in scope (workspace or GitRepo); more than `bundles` when the columns were capped. */
  bundlesTotal: z.number().int(),
  clusters: z.array(z.object({ name: z.string(), state: BundleStateSchema.optional(), cells: z.string() })),
  /** Clusters matching the filter (all pages). */
  total: z.number().int(),
  /** Clusters in the workspace. */
  totalClusters: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export interface MatrixInput {
  bundles: { name: string; gitrepo?: string; state: BundleState }[];
  clusters: string[];
  /** Deployments: bundle name, cluster name, state. */
  cells: { bundle: string; cluster: string; state: BundleState }[];
}

/**
 * Pure: builds one page of the matrix. Bundles sort worst first, then by name; clusters by name or worst first.
 * Rows stay sparse until the page is cut (10,000 clusters × thousands of bundles would be hundreds of MB as strings);
 * with more than MATRIX_MAX_COLUMNS bundles, the columns are the worst ones deployed on the page's clusters.
 */
export function buildMatrix(input: MatrixInput, q: MatrixQuery): Matrix {
  const bundles = [...input.bundles].sort((a, b) => stateRank(b.state) - stateRank(a.state) || a.name.localeCompare(b.name));
  const col = new Map(bundles.map((b, i) => [b.name, i]));
  const rows = new Map<string, Map<number, string>>();
  for (const c of input.clusters) rows.set(c, new Map());
  for (const cell of input.cells) {
    const i = col.get(cell.bundle);
    const row = rows.get(cell.cluster);
    if (i === undefined || !row) continue;
    row.set(i, STATE_CODE[cell.state]);
  }
  const needle = q.q.toLowerCase();
  let list = [...rows.entries()].map(([name, codes]) => {
    const states = [...new Set(codes.values())].map((c) => stateOfCode(c)).filter((s): s is BundleState => s !== undefined);
    return { name, state: worstState(states), codes };
  });
  const totalClusters = list.length;
  if (needle) list = list.filter((r) => r.name.toLowerCase().includes(needle));
  if (q.state) {
    const code = STATE_CODE[q.state];
    list = list.filter((r) => [...r.codes.values()].includes(code));
  }
  list.sort(
    q.sort === 'state'
      ? (a, b) => (b.state ? stateRank(b.state) : 0) - (a.state ? stateRank(a.state) : 0) || a.name.localeCompare(b.name)
      : (a, b) => a.name.localeCompare(b.name),
  );
  const start = (q.page - 1) * q.pageSize;
  const page = list.slice(start, start + q.pageSize);
  let columns = bundles.map((_, i) => i);
  if (bundles.length > MATRIX_MAX_COLUMNS) {
    const used = new Set<number>();
    for (const r of page) for (const i of r.codes.keys()) used.add(i);
    columns = [...used].sort((a, b) => a - b).slice(0, MATRIX_MAX_COLUMNS);
  }
  return {
    bundles: columns.map((i) => bundles[i]!),
    bundlesTotal: bundles.length,
    clusters: page.map((r) => ({ name: r.name, state: r.state, cells: columns.map((i) => r.codes.get(i) ?? NO_DEPLOYMENT).join('') })),
    total: list.length,
    totalClusters,
    page: q.page,
    pageSize: q.pageSize,
  };
}
