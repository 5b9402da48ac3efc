// POST { action: pause | unpause | forceUpdate | pin (version) | unpin (range?) } on one HelmOp, as the person.
import { HelmOpActionSchema } from '@/lib/fleet/rows/helmop-detail';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';
import { runHelmOpAction } from '../../_lib/writes';

export async function POST(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'HelmOp');
    const action = await readBody(req, HelmOpActionSchema);
    return json(await runHelmOpAction(forIdentity(identity), t.ws, t.name, action));
  });
}
