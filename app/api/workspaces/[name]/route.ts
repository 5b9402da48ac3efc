// One workspace: GET what deleting it would delete (counts per kind), DELETE it with the name typed
// as confirmation. fleet-local and fleet-default are refused: Fleet and Rancher recreate and rely on them.
import { z } from 'zod';
import { fleetWorkspacesInstalled, workspaceAdmin } from '@/lib/k8s/cluster-admin';
import { isValidNamespace } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { recreatedMessage } from '@/lib/http/delete';
import { K8sError } from '@/lib/k8s/errors';
import { workspaceSummaries } from '../_lib/counts';

export const dynamic = 'force-dynamic';

const PROTECTED = ['fleet-local', 'fleet-default'];

type Ctx = { params: Promise<{ name: string }> };

const DeleteBodySchema = z.object({ confirm: z.string({ error: 'confirm is required' }), uid: z.string().max(64).optional() });

export async function GET(req: Request, ctx: Ctx) {
  const { name } = await ctx.params;
  if (!isValidNamespace(name)) return jsonError(400, `"${name.slice(0, 80)}" is not a valid workspace name.`);
  return asPerson(req, async ({ identity }) => {
    const ws = (await workspaceSummaries(identity)).find((w) => w.name === name);
    if (!ws) return jsonError(404, `Workspace ${name} does not exist, or you may not see it.`);
    return json({ ...ws, protected: PROTECTED.includes(name) });
  });
}

export async function DELETE(req: Request, ctx: Ctx) {
  const { name } = await ctx.params;
  if (!isValidNamespace(name)) return jsonError(400, `"${name.slice(0, 80)}" is not a valid workspace name.`);
  return asPerson(req, async ({ identity }) => {
    const body = await readBody(req, DeleteBodySchema, (b) => (b.confirm === name ? [] : [{ field: 'confirm', message: `Type the workspace name (${name}) to confirm` }]));
    if (PROTECTED.includes(name)) return jsonError(409, `${name} is one of Fleet's own workspaces (Fleet and Rancher rely on it), so the dashboard does not delete it.`);
    const admin = workspaceAdmin(identity);
    if (await fleetWorkspacesInstalled().catch(() => false)) await admin.deleteFleetWorkspace(name);
    else {
      try {
        await admin.deleteNamespace(name, body.uid);
      } catch (e) {
        if (e instanceof K8sError && e.httpStatus === 409) return jsonError(409, recreatedMessage('Workspace', name));
        throw e;
      }
    }
    return json({ name, deleted: true });
  });
}
