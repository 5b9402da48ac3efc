// Policies of a workspace (GET, with the objects Fleet reports as rejected by policy) and POST to create one.
// Policies are read and written straight through the API server as the person (lib/http/read-direct.ts), not cached.
import { PolicyFormSchema, formToPolicy } from '@/lib/fleet/forms/policy-form';
import { PolicySchema, type Policy } from '@/lib/fleet/kinds/policy';
import { toPolicyRow } from '@/lib/fleet/rows/policy-row';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { listDirect } from '@/lib/http/read-direct';
import { ALL_WORKSPACES, asPerson, json, queryProblem } from '@/lib/http/route';
import { rejectionsIn } from './_lib/rejections';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const policies = (await listDirect(person, 'policies', workspace, 'Policies')).flatMap((o) => {
      const p = PolicySchema.safeParse(o);
      return p.success ? [p.data] : [];
    });
    const spaces = workspace === ALL_WORKSPACES ? [...new Set(policies.map((p) => p.metadata.namespace ?? ''))] : [workspace];
    const { rejections, unreadable } = await rejectionsIn(person, spaces, policies);
    const items = policies
      .map((p: Policy) => toPolicyRow(p, rejections))
      .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
    return json({ items, rejections, unreadable });
  });
}

export async function POST(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'to create the Policy in');
    const form = await readBody(req, PolicyFormSchema);
    const created = await forIdentity(identity).create('policies', workspace, formToPolicy(form, { namespace: workspace }));
    return json({ name: created.metadata.name }, { status: 201 });
  });
}
