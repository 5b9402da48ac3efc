// Clusters of one workspace (or `_all`), one page at a time, from the watch cache as the person may
// see them. Besides the list contract it takes `selector` (kubectl string form, e.g. env=prod,os!=windows).
import { NextResponse } from 'next/server';
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { ClusterListQuerySchema, toClusterRow, type ClusterList } from '@/lib/fleet/rows/cluster-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { ALL_WORKSPACES, asPerson, isWorkspaceParam, jsonError } from '@/lib/http/route';
import { cache, forbiddenIn, labelsWhere, noStore, queryErrorResponse, selectorParam } from './_shared';
import { fleetSettings } from '@/lib/k8s/fleet-settings';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace)) return jsonError(400, `"${workspace.slice(0, 80)}" is not a valid workspace name.`);
  const params = new URL(req.url).searchParams;
  const sel = selectorParam(params);
  if (!sel.ok) return sel.res;
  const q = parseListQuery(ClusterListQuerySchema, params);
  if (!q.ok) return jsonError(400, q.error);
  return asPerson(req, async ({ identity }) => {
    const denied = await forbiddenIn(identity, 'clusters', workspace);
    if (denied) return denied;
    let page;
    try {
      page = await cache().queryFor(identity, 'clusters', {
        ...q.value,
        workspaces: workspace === ALL_WORKSPACES ? 'all' : [workspace],
        where: labelsWhere(sel.selector),
      });
    } catch (e) {
      return queryErrorResponse(e);
    }
    const now = Date.now();
    const { agentStaleAfterMs } = await fleetSettings();
    const items = page.items.flatMap((o) => {
      const c = ClusterSchema.safeParse(o);
      return c.success ? [toClusterRow(c.data, now, agentStaleAfterMs)] : [];
    });
    const body: ClusterList = { items, total: page.total, page: page.page, pageSize: page.pageSize };
    return NextResponse.json(body, noStore);
  });
}
