// POST { action: pause | unpause | forceUpdate } on one GitRepo, as the person (their RBAC decides).
import { NextResponse } from 'next/server';
import { GitRepoActionSchema } from '@/lib/fleet/rows/gitrepo-detail';
import { forIdentity, isValidName } from '@/lib/k8s/client';
import { ALL_WORKSPACES, asPerson, errorResponse, isWorkspaceParam, jsonError } from '@/lib/http/route';
import { readJson } from '../../_lib/post';
import { runAction } from '../../_lib/writes';

export async function POST(req: Request, ctx: { params: Promise<{ workspace: string; name: string }> }) {
  const { workspace, name } = await ctx.params;
  if (!isWorkspaceParam(workspace) || workspace === ALL_WORKSPACES) return jsonError(400, `"${workspace.slice(0, 80)}" is not a workspace a GitRepo can live in.`);
  if (!isValidName(name)) return jsonError(400, `"${name.slice(0, 80)}" is not a valid GitRepo name.`);
  return asPerson(req, async ({ identity }) => {
    const json = await readJson(req);
    if (!json.ok) return json.response;
    const parsed = GitRepoActionSchema.safeParse(json.body);
    if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? 'Unknown action.');
    try {
      const result = await runAction(forIdentity(identity), workspace, name, parsed.data.action);
      return NextResponse.json(result, { headers: { 'cache-control': 'no-store' } });
    } catch (err) {
      return errorResponse(err);
    }
  });
}
