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

/** Pure: builds one page of the matrix. Bundles sort worst first, then by name; clusters by name or worst first. */
export function buildMatrix(input: MatrixInput, q: MatrixQuery): Matrix {
  const bundles = [...input.bundles].sort((a, b) => stateRank(b.state) - stateRank(a.state) || a.name.localeCompare(b.name));
  const col = new Map(bundles.map((b, i) => [b.name, i]));
  const rows = new Map<string, string[]>();
  for (const c of input.clusters) rows.set(c, []);
  for (const cell of input.cells) {
    const i = col.get(cell.bundle);
    const row = rows.get(cell.cluster);
    if (i === undefined || !row) continue;
    row[i] = STATE_CODE[cell.state];
  }
  const needle = q.q.toLowerCase();
  let list = [...rows.entries()].map(([name, codes]) => {
    const cells = Array.from({ length: bundles.length }, (_, i) => codes[i] ?? NO_DEPLOYMENT).join('');
    const states = [...new Set(codes.filter(Boolean))].map((c) => stateOfCode(c)!).filter(Boolean);
    return { name, state: worstState(states), cells };
  });
  const totalClusters = list.length;
  if (needle) list = list.filter((r) => r.name.toLowerCase().includes(needle));
  if (q.state) {
    const code = STATE_CODE[q.state];
    list = list.filter((r) => r.cells.includes(code));
  }
  list.sort(
    q.sort === 'state'
      ? (a, b) => (b.state ? stateRank(b.state) : 0) - (a.state ? stateRank(a.state) : 0) || a.name.localeCompare(b.name)
      : (a, b) => a.name.localeCompare(b.name),
  );
  const start = (q.page - 1) * q.pageSize;
  return { bundles, clusters: list.slice(start, start + q.pageSize), total: list.length, totalClusters, page: q.page, pageSize: q.pageSize };
}
