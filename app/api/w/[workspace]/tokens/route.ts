// ClusterRegistrationTokens of a workspace (GET, from the cache) and POST to create one with a TTL.
import { NextResponse } from 'next/server';
import { ClusterRegistrationTokenSchema } from '@/lib/fleet/kinds/clusterregistrationtoken';
import { zodFieldErrors } from '@/lib/fleet/rows/clustergroup-row';
import { TokenFormSchema, toTokenRow } from '@/lib/fleet/rows/token-row';
import { forIdentity } from '@/lib/k8s/client';
import { ALL_WORKSPACES, asPerson, isWorkspaceParam, jsonError, queryProblem } from '@/lib/http/route';
import { allIn, forbiddenIn, noStore } from '../clusters/_shared';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace) || workspace === ALL_WORKSPACES) return jsonError(400, 'Pick one workspace to see its registration tokens.');
  return asPerson(req, async ({ identity }) => {
    const denied = await forbiddenIn(identity, 'clusterregistrationtokens', workspace);
    if (denied) return denied;
    const now = Date.now();
    const items = (await allIn('clusterregistrationtokens', workspace))
      .flatMap((e) => {
        const t = ClusterRegistrationTokenSchema.safeParse(e.obj);
        return t.success ? [toTokenRow(t.data, now)] : [];
      })
      .sort((a, b) => (b.created ?? '').localeCompare(a.created ?? '') || a.name.localeCompare(b.name));
    return NextResponse.json({ items, total: items.length }, noStore);
  });
}

export async function POST(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace) || workspace === ALL_WORKSPACES) return jsonError(400, 'Pick a workspace to create the token in.');
  return asPerson(req, async ({ identity }) => {
    const form = TokenFormSchema.safeParse(await req.json().catch(() => undefined));
    if (!form.success) {
      const fe = zodFieldErrors(form.error);
      return jsonError(422, fe[0]?.message ?? 'The token is not valid', fe);
    }
    const created = await forIdentity(identity).create('clusterregistrationtokens', workspace, {
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'ClusterRegistrationToken',
      metadata: { name: form.data.name, namespace: workspace },
      spec: form.data.ttl ? { ttl: form.data.ttl } : {},
    });
    return NextResponse.json({ name: created.metadata.name }, { status: 201, headers: noStore.headers });
  });
}
