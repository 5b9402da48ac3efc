// POST /api/w/[workspace]/gitrepos: create a GitRepo from the form ({ form }); answers the created
// object, or 422/409 with fieldErrors for the form to place beside its inputs.
import { NextResponse } from 'next/server';
import { forIdentity } from '@/lib/k8s/client';
import { ALL_WORKSPACES, asPerson, isWorkspaceParam, jsonError } from '@/lib/http/route';
import { createGitRepo, parseForm, withoutManagedFields, writeError } from './writes';

export async function readJson(req: Request): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  try {
    const body: unknown = await req.json();
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return { ok: true, body: body as Record<string, unknown> };
  } catch {
    // fall through
  }
  return { ok: false, response: jsonError(400, 'The request body must be a JSON object.') };
}

export async function POST(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace) || workspace === ALL_WORKSPACES) {
    return jsonError(400, 'Pick one workspace to create a GitRepo in (not "all workspaces").');
  }
  return asPerson(req, async ({ identity }) => {
    const json = await readJson(req);
    if (!json.ok) return json.response;
    const form = parseForm(json.body.form);
    if (!form.ok) return form.response;
    try {
      const created = await createGitRepo(forIdentity(identity), workspace, form.value);
      return NextResponse.json({ object: withoutManagedFields(created) }, { status: 201, headers: { 'cache-control': 'no-store' } });
    } catch (err) {
      return writeError(err, form.value.name, workspace);
    }
  });
}
