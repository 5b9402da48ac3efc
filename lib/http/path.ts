// The one way an API route reads its path parameters: a workspace (a namespace name, or `_all` where the route takes
// every workspace) and an object name, each checked before use and refused with 400 in words (HttpError).
import { isValidName } from '@/lib/k8s/client';
import { HttpError } from './http-error';
import { ALL_WORKSPACES, isWorkspaceParam } from './route';

export type WorkspaceCtx = { params: Promise<{ workspace: string }> };
export type ObjectCtx = { params: Promise<{ workspace: string; name: string }> };

function checkWorkspace(workspace: string, notAll?: string): string {
  if (!isWorkspaceParam(workspace)) throw new HttpError(400, `"${workspace.slice(0, 80)}" is not a valid workspace name.`);
  if (notAll !== undefined && workspace === ALL_WORKSPACES) throw new HttpError(400, notAll);
  return workspace;
}

/**
 * The `[workspace]` segment. `onlyOne` (e.g. "to create a GitRepo in"): the route acts in a single workspace, so
 * `_all` is refused with those words; without it `_all` is accepted.
 */
export async function workspaceParam(ctx: WorkspaceCtx, onlyOne?: string): Promise<string> {
  return checkWorkspace((await ctx.params).workspace, onlyOne && `Pick one workspace ${onlyOne} (not "all workspaces").`);
}

/** `[workspace]/…/[name]` of a route about one namespaced object: one workspace and a valid name of `word` (e.g. "GitRepo"). */
export async function objectParams(ctx: ObjectCtx, word: string): Promise<{ ws: string; name: string }> {
  const { workspace, name } = await ctx.params;
  const ws = checkWorkspace(workspace, `A ${word} lives in one workspace; pick one instead of "all workspaces".`);
  if (!isValidName(name)) throw new HttpError(400, `"${name.slice(0, 80)}" is not a valid ${word} name.`);
  return { ws, name };
}
