// Move a cluster to another workspace. Fleet itself cannot: a Cluster's namespace is its workspace
// and the agent registered into it. Rancher can (its management Cluster's spec.fleetWorkspaceName,
// when the fleetworkspaces CRD is installed); without Rancher the answer says what to do instead.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { forIdentity, isValidNamespace } from '@/lib/k8s/client';
import { fleetWorkspacesInstalled, workspaceAdmin } from '@/lib/k8s/cluster-admin';
import { asPerson, jsonError } from '@/lib/http/route';
import { noStore } from '../../_shared';
import { clusterTarget, jsonBody, MOVE_NOT_POSSIBLE, type ClusterCtx } from '../_target';

export const dynamic = 'force-dynamic';

const BodySchema = z.object({ to: z.string() });

/** GET: can clusters be moved here at all (and why not)? */
export async function GET(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async () => {
    const ok = await fleetWorkspacesInstalled();
    return NextResponse.json({ possible: ok, reason: ok ? undefined : MOVE_NOT_POSSIBLE }, noStore);
  });
}

export async function POST(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    const b = await jsonBody(req);
    if (!b.ok) return b.res;
    const body = BodySchema.safeParse(b.body);
    if (!body.success || !isValidNamespace(body.data.to)) {
      return jsonError(422, 'Pick the workspace to move the cluster to', [{ field: 'to', message: 'Pick a workspace' }]);
    }
    if (body.data.to === t.ws) return jsonError(422, `The cluster is already in ${t.ws}`, [{ field: 'to', message: 'Pick another workspace' }]);
    if (!(await fleetWorkspacesInstalled())) return jsonError(409, MOVE_NOT_POSSIBLE);
    if (t.ws === 'fleet-local') return jsonError(409, "Rancher's local cluster cannot leave fleet-local.");
    const c = ClusterSchema.parse(await forIdentity(identity).get('clusters', t.ws, t.name));
    const mgmt = c.metadata.labels?.['management.cattle.io/cluster-name'];
    if (!mgmt) return jsonError(409, 'This cluster was not provisioned or imported by Rancher (no management.cattle.io/cluster-name label), so Rancher cannot move it.');
    await workspaceAdmin(identity).moveRancherCluster(mgmt, body.data.to);
    return NextResponse.json({ name: t.name, movingTo: body.data.to }, noStore);
  });
}
