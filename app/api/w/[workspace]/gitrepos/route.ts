// GitRepos of one workspace (or `_all`), one page at a time. Read from the API server as the person
// for now; the watch cache will replace the data source, the contract stays.
import { NextResponse } from 'next/server';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { GitRepoListQuerySchema, queryGitRepoRows, toGitRepoRow, type GitRepoList } from '@/lib/fleet/rows/gitrepo-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { forIdentity } from '@/lib/k8s/client';
import { ALL_WORKSPACES, asPerson, isWorkspaceParam, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace)) return jsonError(400, `"${workspace.slice(0, 80)}" is not a valid workspace name.`);
  const q = parseListQuery(GitRepoListQuerySchema, new URL(req.url).searchParams);
  if (!q.ok) return jsonError(400, q.error);
  return asPerson(req, async ({ identity }) => {
    const list = await forIdentity(identity).list('gitrepos', workspace === ALL_WORKSPACES ? undefined : workspace);
    const rows = list.items.flatMap((item) => {
      const g = GitRepoSchema.safeParse(item);
      return g.success ? [toGitRepoRow(g.data)] : [];
    });
    const body: GitRepoList = queryGitRepoRows(rows, q.value);
    return NextResponse.json(body, { headers: { 'cache-control': 'no-store' } });
  });
}
