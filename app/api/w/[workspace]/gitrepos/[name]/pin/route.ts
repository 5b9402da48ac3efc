// POST { action: 'pin', sha, resourceVersion } | { action: 'unpin', resourceVersion } on one GitRepo, as the person.
// The SHA is checked by the same schema as the dialog (422 with a field error on `sha`); see ../../_lib/pin.ts.
import { GitRepoPinRequestSchema } from '@/lib/fleet/pin';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';
import { pinOrUnpin } from '../../_lib/pin';

export async function POST(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'GitRepo');
    const body = await readBody(req, GitRepoPinRequestSchema);
    return json(await pinOrUnpin(forIdentity(identity), t.ws, t.name, body));
  });
}
