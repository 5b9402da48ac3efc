// Policies of a workspace (GET, with the objects Fleet reports as rejected by policy) and POST to create one.
// Policies are read and written straight through the API server as the person (lib/http/read-direct.ts), not cached.
import { toPolicyRow } from '@/lib/fleet/rows/policy-row';
import { byWorkspaceThenName, directCreateRoute, listParsed } from '@/lib/http/direct-routes';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { ALL_WORKSPACES, asPerson, json, queryProblem } from '@/lib/http/route';
import { rejectionsIn } from './_lib/rejections';
import { POLICY_KIND } from './_lib/kind';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const policies = await listParsed(person, POLICY_KIND, workspace);
    const spaces = workspace === ALL_WORKSPACES ? [...new Set(policies.map((p) => p.metadata.namespace ?? ''))] : [workspace];
    const { rejections, unreadable } = await rejectionsIn(person, spaces, policies);
    const items = policies.map((p) => toPolicyRow(p, rejections)).sort(byWorkspaceThenName);
    return json({ items, rejections, unreadable });
  });
}

export const POST = directCreateRoute(POLICY_KIND);
