// GitRepos of one workspace (or `_all`), one page at a time, from the watch cache filtered by the person's RBAC.
// POST { form }: create one from the form; answers the created object, or 422/409 with field errors for the form to
// place beside its inputs.
import { z } from 'zod';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { GitRepoFormSchema } from '@/lib/fleet/forms';
import { GitRepoListQuerySchema, toGitRepoRow, type GitRepoList } from '@/lib/fleet/rows/gitrepo-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { forIdentity } from '@/lib/k8s/client';
import { checkInput, readBody } from '@/lib/http/body';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { readRows } from '@/lib/http/read';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { createGitRepo, withoutManagedFields, writeError } from './_lib/writes';

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

const CreateBodySchema = z.object({ form: z.unknown() });

export async function POST(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'to create a GitRepo in');
    const form = checkInput(GitRepoFormSchema, (await readBody(req, CreateBodySchema)).form);
    try {
      const created = await createGitRepo(forIdentity(identity), workspace, form);
      return json({ object: withoutManagedFields(created) }, { status: 201 });
    } catch (err) {
      return writeError(err, form.name, workspace);
    }
  });
}
