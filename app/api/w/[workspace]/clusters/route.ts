// Clusters of one workspace (or `_all`), one page at a time, from the watch cache as the person may
// see them. Besides the list contract it takes `selector` (kubectl string form, e.g. env=prod,os!=windows).
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { ClusterListQuerySchema, toClusterRow, type ClusterList } from '@/lib/fleet/rows/cluster-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { takeSelectorParam } from '@/lib/http/params';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { labelsWhere, readRows } from '@/lib/http/read';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { fleetSettings } from '@/lib/k8s/fleet-settings';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const params = new URL(req.url).searchParams;
    const sel = takeSelectorParam(params);
    const q = parseListQuery(ClusterListQuerySchema, params);
    if (!q.ok) return jsonError(400, q.error);
    const now = Date.now();
    const { agentStaleAfterMs } = await fleetSettings();
    const body: ClusterList = await readRows(
      person,
      'clusters',
      workspace,
      q.value,
      (o) => {
        const c = ClusterSchema.safeParse(o);
        return c.success ? toClusterRow(c.data, now, agentStaleAfterMs) : undefined;
      },
      { where: labelsWhere(sel.selector) },
    );
    return json(body);
  });
}
