// Cluster × bundle matrix of a workspace, or of one GitRepo (?gitrepo=), from the watch cache as the person may see
// it. Clusters are paged (?page, ?pageSize up to 10,000), filtered by name (?q) or by a state in their row (?state).
import { isValidNamespace } from '@/lib/k8s/client';
import type { Entry } from '@/lib/cache/store';
import { buildMatrix, MatrixQuerySchema, type Matrix, type MatrixQuery } from '@/lib/fleet/rows/bundle-matrix-row';
import { isBundleState, summaryState, type BundleState, type BundleSummary } from '@/lib/fleet/state';
import { asPerson, jsonError, queryProblem } from '@/lib/http/route';
import { scoped, type Scoped } from '@/lib/http/scope';
import { heavyJson, heavySlot, jsonText } from '@/lib/http/heavy';

export const dynamic = 'force-dynamic';

const label = (e: Entry, k: string) => e.obj.metadata.labels?.[k];

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isValidNamespace(workspace)) return jsonError(400, 'The matrix shows one workspace; pick one instead of all workspaces.');
  const badQuery = queryProblem(req, ['gitrepo', 'q', 'state', 'sort', 'page', 'pageSize']);
  if (badQuery) return badQuery;
  const raw = Object.fromEntries([...new URL(req.url).searchParams].filter(([, v]) => v !== ''));
  const parsed = MatrixQuerySchema.safeParse(raw);
  if (!parsed.success) return jsonError(400, parsed.error.issues.map((i) => i.message).join('; '));
  const q = parsed.data;
  return asPerson(req, (person) =>
    heavySlot(person.identity, async () => {
      const s = await scoped(person, workspace, ['bundles', 'bundledeployments', 'clusters']);
      return jsonText(await heavyJson({ route: `matrix/${workspace}`, scope: s, query: JSON.stringify(q) }, () => matrixOf(s, workspace, q)));
    }),
  );
}

function matrixOf(s: Scoped, workspace: string, q: MatrixQuery): Matrix {
  const repoKey = q.gitrepo ? `${workspace}/${q.gitrepo}` : undefined;
  const bundles = s.entries('bundles')
    .filter((e) => !repoKey || e.index.gitrepo === repoKey)
    .map((e) => ({ name: e.obj.metadata.name, gitrepo: label(e, 'fleet.cattle.io/repo-name'), state: summaryState(e.obj.status?.summary as BundleSummary | undefined) }));
  const cells: { bundle: string; cluster: string; state: BundleState }[] = [];
  for (const e of s.entries('bundledeployments')) {
    if (repoKey && e.index.gitrepo !== repoKey) continue;
    if (label(e, 'fleet.cattle.io/cluster-namespace') !== workspace) continue;
    const bundle = label(e, 'fleet.cattle.io/bundle-name');
    const cluster = label(e, 'fleet.cattle.io/cluster');
    if (bundle && cluster && isBundleState(e.state)) cells.push({ bundle, cluster, state: e.state });
  }
  const clusters = s.entries('clusters').map((e) => e.obj.metadata.name);
  return buildMatrix({ bundles, clusters, cells }, q);
}
