// GitRepoRestrictions of a workspace (GET; fields are top-level on the object, fleet-api.md §11).
import { NextResponse } from 'next/server';
import { GitRepoRestrictionSchema } from '@/lib/fleet/kinds/gitreporestriction';
import { ALL_WORKSPACES, asPerson, isWorkspaceParam, jsonError, queryProblem } from '@/lib/http/route';
import { allIn, forbiddenIn, noStore } from '../clusters/_shared';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  const { workspace } = await ctx.params;
  if (!isWorkspaceParam(workspace) || workspace === ALL_WORKSPACES) return jsonError(400, 'Pick one workspace to see its GitRepo restrictions.');
  return asPerson(req, async ({ identity }) => {
    const denied = await forbiddenIn(identity, 'gitreporestrictions', workspace);
    if (denied) return denied;
    const items = (await allIn('gitreporestrictions', workspace)).flatMap((e) => {
      const r = GitRepoRestrictionSchema.safeParse(e.obj);
      if (!r.success) return [];
      const g = r.data;
      return [
        {
          name: g.metadata.name,
          uid: g.metadata.uid,
          resourceVersion: g.metadata.resourceVersion,
          defaultServiceAccount: g.defaultServiceAccount ?? '',
          allowedServiceAccounts: g.allowedServiceAccounts ?? [],
          allowedRepoPatterns: g.allowedRepoPatterns ?? [],
          allowedTargetNamespaces: g.allowedTargetNamespaces ?? [],
        },
      ];
    });
    return NextResponse.json({ items }, noStore);
  });
}
