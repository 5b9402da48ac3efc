// GitRepoRestrictions of a workspace (GET). Their fields are top-level on the object, not under spec
// (pkg/apis/fleet.cattle.io/v1alpha1/gitreporestriction_types.go in Fleet v0.16.0).
import { GitRepoRestrictionSchema } from '@/lib/fleet/kinds/gitreporestriction';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { allIn, workspacesToRead } from '@/lib/http/read';
import { asPerson, json, queryProblem } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx, 'to see its GitRepo restrictions');
    await workspacesToRead(person, 'gitreporestrictions', workspace);
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
    return json({ items });
  });
}
