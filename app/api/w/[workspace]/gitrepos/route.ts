// GitRepos of one workspace (or `_all`), one page at a time, from the watch cache filtered by the person's RBAC.
import { NextResponse } from 'next/server';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { GitRepoListQuerySchema, toGitRepoRow, type GitRepoList } from '@/lib/fleet/rows/gitrepo-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { readRows } from '@/lib/http/read';
import { asPerson, isWorkspaceParam, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace)) return jsonError(400, `"${workspace.slice(0, 80)}" is not a valid workspace name.`);
  const q = parseListQuery(GitRepoListQuerySchema, new URL(req.url).searchParams);
  if (!q.ok) return jsonError(400, q.error);
  return asPerson(req, async (person) => {
    const body: GitRepoList = await readRows(person, 'gitrepos', workspace, q.value, (o) => {
      const g = GitRepoSchema.safeParse(o);
      return g.success ? toGitRepoRow(g.data) : undefined;
    });
    return NextResponse.json(body, { headers: { 'cache-control': 'no-store' } });
  });
}

// Create: see _lib/post.ts.
export { POST } from './_lib/post';
