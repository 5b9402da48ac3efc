// PUT a cluster's user labels (the whole set). Reserved fleet.cattle.io/ and management.cattle.io/
// labels are refused with a field error and left as they are; the resourceVersion guards against
// overwriting someone else's change (409 in words).
import { NextResponse } from 'next/server';
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { LabelEditSchema, labelEditProblems, labelsPatch } from '@/lib/fleet/rows/cluster-row';
import { forIdentity } from '@/lib/k8s/client';
import { asPerson } from '@/lib/http/route';
import { noStore } from '../../_shared';
import { clusterTarget, editBody, type ClusterCtx } from '../_target';

export const dynamic = 'force-dynamic';

export async function PUT(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    const e = await editBody(req, LabelEditSchema, (v) => labelEditProblems(v.labels));
    if (!e.ok) return e.res;
    const k8s = forIdentity(identity);
    const current = ClusterSchema.parse(await k8s.get('clusters', t.ws, t.name));
    const patch = labelsPatch(current.metadata.labels ?? {}, e.edit.labels);
    const out = ClusterSchema.parse(
      await k8s.mergePatch('clusters', t.ws, t.name, { metadata: { resourceVersion: e.edit.resourceVersion, labels: patch } }),
    );
    return NextResponse.json({ name: t.name, labels: out.metadata.labels ?? {}, resourceVersion: out.metadata.resourceVersion }, noStore);
  });
}
