// DELETE one registration token (Fleet also deletes it by itself once its TTL has passed).
import { forIdentity } from '@/lib/k8s/client';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';

export const dynamic = 'force-dynamic';

export async function DELETE(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'registration token');
    await deleteAsLoaded(forIdentity(identity), 'clusterregistrationtokens', t.ws, t.name, loadedFromQuery(req), 'Registration token');
    return json({ name: t.name, deleted: true });
  });
}
