// DELETE one registration token (Fleet also deletes it by itself once its TTL has passed).
import { NextResponse } from 'next/server';
import { forIdentity } from '@/lib/k8s/client';
import { asPerson } from '@/lib/http/route';
import { noStore } from '../../clusters/_shared';
import { clusterTarget, type ClusterCtx } from '../../clusters/[name]/_target';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';

export const dynamic = 'force-dynamic';

export async function DELETE(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    await deleteAsLoaded(forIdentity(identity), 'clusterregistrationtokens', t.ws, t.name, loadedFromQuery(req), 'Registration token');
    return NextResponse.json({ name: t.name, deleted: true }, noStore);
  });
}
