// Cluster groups of a workspace (or `_all`) with member counts computed live from the cached
// clusters, and POST to create one (name + selector, field errors in words).
import { NextResponse } from 'next/server';
import { ClusterGroupFormSchema, ClusterGroupListQuerySchema, zodFieldErrors } from '@/lib/fleet/rows/clustergroup-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { forIdentity } from '@/lib/k8s/client';
import { ALL_WORKSPACES, asPerson, isWorkspaceParam, jsonError } from '@/lib/http/route';
import { allIn, cache, forbiddenIn, noStore, queryErrorResponse } from '../clusters/_shared';
import { groupRow, groupRowFromStatus, parseGroup } from './_groups';
import { accessChecker } from '@/lib/cache/authz';
import { mayList } from '@/lib/http/read';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace)) return jsonError(400, `"${workspace.slice(0, 80)}" is not a valid workspace name.`);
  const q = parseListQuery(ClusterGroupListQuerySchema, new URL(req.url).searchParams);
  if (!q.ok) return jsonError(400, q.error);
  return asPerson(req, async ({ identity }) => {
    const denied = await forbiddenIn(identity, 'clustergroups', workspace);
    if (denied) return denied;
    let page;
    try {
      page = await cache().queryFor(identity, 'clustergroups', { ...q.value, workspaces: workspace === ALL_WORKSPACES ? 'all' : [workspace] });
    } catch (e) {
      return queryErrorResponse(e);
    }
    // Member counts from the cached clusters only where the person may list clusters; elsewhere from the group's status.
    const checker = accessChecker(identity);
    const byWs = new Map<string, Awaited<ReturnType<typeof allIn>> | undefined>();
    const items = [];
    for (const o of page.items) {
      const g = parseGroup(o);
      if (!g) continue;
      const ns = g.metadata.namespace ?? '';
      if (!byWs.has(ns)) byWs.set(ns, (await mayList(checker, 'clusters', ns)) ? await allIn('clusters', ns) : undefined);
      const clusters = byWs.get(ns);
      items.push(clusters ? groupRow(g, clusters) : groupRowFromStatus(g));
    }
    return NextResponse.json({ items, total: page.total, page: page.page, pageSize: page.pageSize }, noStore);
  });
}

export async function POST(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace) || workspace === ALL_WORKSPACES) return jsonError(400, 'Pick a workspace to create the cluster group in.');
  return asPerson(req, async ({ identity }) => {
    const body: unknown = await req.json().catch(() => undefined);
    const form = ClusterGroupFormSchema.safeParse(body);
    if (!form.success) {
      const fe = zodFieldErrors(form.error);
      return jsonError(422, fe[0]?.message ?? 'The cluster group is not valid', fe);
    }
    const created = await forIdentity(identity).create('clustergroups', workspace, {
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'ClusterGroup',
      metadata: { name: form.data.name, namespace: workspace },
      spec: { selector: form.data.selector },
    });
    return NextResponse.json({ name: created.metadata.name }, { status: 201, headers: noStore.headers });
  });
}
