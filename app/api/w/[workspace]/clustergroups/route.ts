// Cluster groups of a workspace (or `_all`) with member counts computed live from the cached
// clusters, and POST to create one (name + selector, field errors in words).
import { ClusterGroupFormSchema, ClusterGroupListQuerySchema } from '@/lib/fleet/rows/clustergroup-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { forIdentity } from '@/lib/k8s/client';
import { accessChecker } from '@/lib/cache/authz';
import { readBody } from '@/lib/http/body';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { allIn, mayList, readList } from '@/lib/http/read';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { groupRow, groupRowFromStatus, parseGroup } from './_lib/groups';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const q = parseListQuery(ClusterGroupListQuerySchema, new URL(req.url).searchParams);
    if (!q.ok) return jsonError(400, q.error);
    const page = await readList(person, 'clustergroups', workspace, q.value);
    // Member counts from the cached clusters only where the person may list clusters; elsewhere from the group's status.
    const checker = accessChecker(person.identity);
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
    return json({ items, total: page.total, page: page.page, pageSize: page.pageSize });
  });
}

export async function POST(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'to create the cluster group in');
    const form = await readBody(req, ClusterGroupFormSchema);
    const created = await forIdentity(identity).create('clustergroups', workspace, {
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'ClusterGroup',
      metadata: { name: form.name, namespace: workspace },
      spec: { selector: form.selector },
    });
    return json({ name: created.metadata.name }, { status: 201 });
  });
}
