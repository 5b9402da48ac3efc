// ClusterRegistrationTokens of a workspace (GET, from the cache) and POST to create one with a TTL.
import { ClusterRegistrationTokenSchema } from '@/lib/fleet/kinds/clusterregistrationtoken';
import { TokenFormSchema, toTokenRow } from '@/lib/fleet/rows/token-row';
import { forIdentity } from '@/lib/k8s/client';
import { asPerson, json, queryProblem } from '@/lib/http/route';
import { readBody } from '@/lib/http/body';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { allIn, workspacesToRead } from '@/lib/http/read';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx, 'to see its registration tokens');
    await workspacesToRead(person, 'clusterregistrationtokens', workspace);
    const now = Date.now();
    const items = (await allIn('clusterregistrationtokens', workspace))
      .flatMap((e) => {
        const t = ClusterRegistrationTokenSchema.safeParse(e.obj);
        return t.success ? [toTokenRow(t.data, now)] : [];
      })
      .sort((a, b) => (b.created ?? '').localeCompare(a.created ?? '') || a.name.localeCompare(b.name));
    return json({ items, total: items.length });
  });
}

export async function POST(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'to create the token in');
    const form = await readBody(req, TokenFormSchema);
    const created = await forIdentity(identity).create('clusterregistrationtokens', workspace, {
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'ClusterRegistrationToken',
      metadata: { name: form.name, namespace: workspace },
      spec: form.ttl ? { ttl: form.ttl } : {},
    });
    return json({ name: created.metadata.name }, { status: 201 });
  });
}
