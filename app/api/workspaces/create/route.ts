// POST { name }: a new workspace. With Rancher's fleetworkspaces CRD it is a FleetWorkspace (Rancher
// then creates the namespace and RBAC); otherwise a Namespace labelled as a dashboard workspace.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { validateDns1123Label } from '@/lib/fleet/names';
import { fleetWorkspacesInstalled, workspaceAdmin } from '@/lib/k8s/cluster-admin';
import { asPerson, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const RESERVED = /^(kube-|cattle-|cluster-)|^(default|fleet-system|fleet-clusters-system)$/;

export async function POST(req: Request) {
  return asPerson(req, async ({ identity }) => {
    const body = z.object({ name: z.string() }).safeParse(await req.json().catch(() => undefined));
    const name = body.success ? body.data.name.trim() : '';
    const problems = validateDns1123Label(name, 'Workspace name');
    if (!problems.length && RESERVED.test(name)) {
      problems.push(`'${name}' is reserved for Kubernetes, Rancher or Fleet's own namespaces (kube-*, cattle-*, cluster-*, default); pick another name`);
    }
    if (problems.length) return jsonError(422, problems[0]!, problems.map((message) => ({ field: 'name', message })));
    const admin = workspaceAdmin(identity);
    const viaRancher = await fleetWorkspacesInstalled().catch(() => false);
    if (viaRancher) await admin.createFleetWorkspace(name);
    else await admin.createNamespace(name);
    return NextResponse.json({ name, via: viaRancher ? 'fleetworkspace' : 'namespace' }, { status: 201, headers: { 'cache-control': 'no-store' } });
  });
}
