// GET: what the person may do with HelmOps in this workspace (SelfSubjectAccessReview as them), so the page can say
// up front that changes will be refused. The write routes still decide.
import { NextResponse } from 'next/server';
import type { GitRepoPermissions } from '@/lib/fleet/rows/gitrepo-detail';
import { forIdentity } from '@/lib/k8s/client';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { asPerson } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'to see what you may do there');
    const c = forIdentity(identity);
    const can = async (verb: string, resource = 'helmops', group = 'fleet.cattle.io') =>
      (await c.accessReview({ namespace: workspace, verb, group, resource })).status?.allowed === true;
    const [create, update, patch, del, createSecrets] = await Promise.all([can('create'), can('update'), can('patch'), can('delete'), can('create', 'secrets', '')]);
    const body: GitRepoPermissions = { create, update, patch, delete: del, createSecrets };
    return NextResponse.json(body, { headers: { 'cache-control': 'private, max-age=30' } });
  });
}
