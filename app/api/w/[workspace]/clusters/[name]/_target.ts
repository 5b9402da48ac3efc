// Path params of a single-cluster route, validated: a real workspace (not `_all`) and a valid name.
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { isValidName } from '@/lib/k8s/client';
import { ALL_WORKSPACES, isWorkspaceParam, jsonError } from '@/lib/http/route';
import type { FieldError } from '@/lib/k8s/errors';

export type ClusterCtx = { params: Promise<{ workspace: string; name: string }> };

export async function clusterTarget(ctx: ClusterCtx): Promise<{ ok: true; ws: string; name: string } | { ok: false; res: NextResponse }> {
  const { workspace, name } = await ctx.params;
  if (!isWorkspaceParam(workspace) || workspace === ALL_WORKSPACES) {
    return { ok: false, res: jsonError(400, `"${workspace.slice(0, 80)}" is not a workspace a cluster can live in.`) };
  }
  if (!isValidName(name)) return { ok: false, res: jsonError(400, `"${name.slice(0, 80)}" is not a valid cluster name.`) };
  return { ok: true, ws: workspace, name };
}

/** Reads a JSON body; 400 in words when it is not JSON. */
export async function jsonBody(req: Request): Promise<{ ok: true; body: unknown } | { ok: false; res: NextResponse }> {
  try {
    return { ok: true, body: await req.json() };
  } catch {
    return { ok: false, res: jsonError(400, 'The request body must be JSON.') };
  }
}

/** A JSON edit: shape checked by its zod schema (400), then by the domain rules (422 with every field problem). */
export async function editBody<S extends z.ZodType>(
  req: Request,
  schema: S,
  problems: (v: z.infer<S>) => FieldError[],
): Promise<{ ok: true; edit: z.infer<S> } | { ok: false; res: NextResponse }> {
  const b = await jsonBody(req);
  if (!b.ok) return b;
  const parsed = schema.safeParse(b.body);
  if (!parsed.success) return { ok: false, res: jsonError(400, parsed.error.issues.map((i) => i.message).join('; ')) };
  const found = problems(parsed.data);
  if (found.length) return { ok: false, res: jsonError(422, found[0]!.message, found) };
  return { ok: true, edit: parsed.data };
}

export const MOVE_NOT_POSSIBLE =
  "Moving a cluster needs Rancher: Rancher's FleetWorkspace resource (fleetworkspaces.management.cattle.io) is not installed on this Kubernetes API server, " +
  'so this is standalone Fleet, where a cluster belongs to the workspace its agent registered into. To move it: create a registration token in the target ' +
  'workspace (Registration page), re-install the Fleet agent on that cluster with the new token values, then delete the old Cluster entry here.';
