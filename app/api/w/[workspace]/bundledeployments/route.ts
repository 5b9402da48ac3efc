// BundleDeployments (one bundle on one cluster) of a workspace, filtered by ?bundle=<name> or ?cluster=<ns/name>,
// one page at a time under the list contract. Read from the cache: BDs live in per-cluster namespaces, and the
// person sees them when they may list the workspace's Bundles (lib/cache/authz.ts).
import { BundleDeploymentListQuerySchema, toBundleDeploymentRow, type BundleDeploymentList } from '@/lib/fleet/rows/bundledeployment-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { readRows } from '@/lib/http/read';
import { asPerson, json, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const params = new URL(req.url).searchParams;
    const bundle = params.get('bundle') ?? undefined;
    const cluster = params.get('cluster') ?? undefined;
    const gitrepo = params.get('gitrepo') ?? undefined;
    for (const k of ['bundle', 'cluster', 'gitrepo']) params.delete(k);
    const q = parseListQuery(BundleDeploymentListQuerySchema, params);
    if (!q.ok) return jsonError(400, q.error);
    if ((bundle || gitrepo) && workspace === '_all') return jsonError(400, 'bundle and gitrepo filters need a workspace, not _all.');
    if (cluster && !/^[a-z0-9-]+\/[a-z0-9.-]+$/.test(cluster)) return jsonError(400, 'cluster must be "<workspace>/<cluster name>".');
    const filter = {
      ...(bundle ? { bundle: `${workspace}/${bundle}` } : {}),
      ...(gitrepo ? { gitrepo: `${workspace}/${gitrepo}` } : {}),
      ...(cluster ? { cluster } : {}),
    };
    const body: BundleDeploymentList = await readRows(person, 'bundledeployments', workspace, q.value, (o) => toBundleDeploymentRow(o as never), { filter });
    return json(body);
  });
}
