// POST { name }: a new workspace. With Rancher's fleetworkspaces CRD it is a FleetWorkspace (Rancher
// then creates the namespace and RBAC); otherwise a Namespace labelled as a dashboard workspace.
import { z } from 'zod';
import { validateDns1123Label } from '@/lib/fleet/names';
import { fleetWorkspacesInstalled, workspaceAdmin } from '@/lib/k8s/cluster-admin';
import { readBody } from '@/lib/http/body';
import { asPerson, json } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const RESERVED = /^(kube-|cattle-|cluster-)|^(default|fleet-system|fleet-clusters-system)$/;

const BodySchema = z.object({ name: z.string({ error: 'name is required' }).trim() });

function problems({ name }: z.output<typeof BodySchema>) {
  const found = validateDns1123Label(name, 'Workspace name');
  if (!found.length && RESERVED.test(name)) {
    found.push(`'${name}' is reserved for Kubernetes, Rancher or Fleet's own namespaces (kube-*, cattle-*, cluster-*, default); pick another name`);
  }
  return found.map((message) => ({ field: 'name', message }));
}

export async function POST(req: Request) {
  return asPerson(req, async ({ identity }) => {
    const { name } = await readBody(req, BodySchema, problems);
    const admin = workspaceAdmin(identity);
    const viaRancher = await fleetWorkspacesInstalled().catch(() => false);
    if (viaRancher) await admin.createFleetWorkspace(name);
    else await admin.createNamespace(name);
    return json({ name, via: viaRancher ? 'fleetworkspace' : 'namespace' }, { status: 201 });
  });
}
