// GitRepos of one workspace (or `_all`), one page at a time, from the watch cache filtered by the person's RBAC.
// POST { form }: create one from the form; answers the created object, or 422/409 with field errors for the form to
// place beside its inputs.
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { GitRepoListQuerySchema, toGitRepoRow, type GitRepoList } from '@/lib/fleet/rows/gitrepo-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { ownerCreateRoute } from '@/lib/http/owner-routes';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { readRows } from '@/lib/http/read';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { GITREPO_ROUTES } from './_lib/routes';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const q = parseListQuery(GitRepoListQuerySchema, new URL(req.url).searchParams);
    if (!q.ok) return jsonError(400, q.error);
    const body: GitRepoList = await readRows(person, 'gitrepos', workspace, q.value, (o) => {
      const g = GitRepoSchema.safeParse(o);
      return g.success ? toGitRepoRow(g.data) : undefined;
    });
    return json(body);
  });
}

export const POST = ownerCreateRoute(GITREPO_ROUTES);
