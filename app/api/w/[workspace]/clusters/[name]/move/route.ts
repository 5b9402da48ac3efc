// Move a cluster to another workspace. Fleet itself cannot: a Cluster's namespace is its workspace
// and the agent registered into it. Rancher can (its management Cluster's spec.fleetWorkspaceName,
// when the fleetworkspaces CRD is installed); without Rancher the answer says what to do instead.
import { z } from 'zod';
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { forIdentity, isValidNamespace } from '@/lib/k8s/client';
import { fleetWorkspacesInstalled, workspaceAdmin } from '@/lib/k8s/cluster-admin';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const MOVE_NOT_POSSIBLE =
  "Moving a cluster needs Rancher: Rancher's FleetWorkspace resource (fleetworkspaces.management.cattle.io) is not installed on this Kubernetes API server, " +
  'so this is standalone Fleet, where a cluster belongs to the workspace its agent registered into. To move it: create a registration token in the target ' +
  'workspace (Registration page), re-install the Fleet agent on that cluster with the new token values, then delete the old Cluster entry here.';

const BodySchema = z.object({ to: z.string({ error: 'Pick the workspace to move the cluster to' }).refine(isValidNamespace, 'Pick a workspace') });

/** GET: can clusters be moved here at all (and why not)? */
export async function GET(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async () => {
    await objectParams(ctx, 'cluster');
    const ok = await fleetWorkspacesInstalled();
    return json({ possible: ok, reason: ok ? undefined : MOVE_NOT_POSSIBLE });
  });
}

export async function POST(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'cluster');
    const { to } = await readBody(req, BodySchema, (b) => (b.to === t.ws ? [{ field: 'to', message: `The cluster is already in ${t.ws}; pick another workspace` }] : []));
    if (!(await fleetWorkspacesInstalled())) return jsonError(409, MOVE_NOT_POSSIBLE);
    if (t.ws === 'fleet-local') return jsonError(409, "Rancher's local cluster cannot leave fleet-local.");
    const c = ClusterSchema.parse(await forIdentity(identity).get('clusters', t.ws, t.name));
    const mgmt = c.metadata.labels?.['management.cattle.io/cluster-name'];
    if (!mgmt) return jsonError(409, 'This cluster was not provisioned or imported by Rancher (no management.cattle.io/cluster-name label), so Rancher cannot move it.');
    await workspaceAdmin(identity).moveRancherCluster(mgmt, to);
    return json({ name: t.name, movingTo: to });
  });
}
