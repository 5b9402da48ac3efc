// POST { action: pause | unpause | forceUpdate } on one GitRepo, as the person (their RBAC decides).
import { GitRepoActionSchema } from '@/lib/fleet/rows/gitrepo-detail';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';
import { runAction } from '../../_lib/writes';

export async function POST(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'GitRepo');
    const { action } = await readBody(req, GitRepoActionSchema);
    return json(await runAction(forIdentity(identity), t.ws, t.name, action));
  });
}
