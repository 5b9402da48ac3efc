// PUT a cluster's user labels (the whole set). Reserved fleet.cattle.io/ and management.cattle.io/
// labels are refused with a field error and left as they are; the resourceVersion guards against
// overwriting someone else's change (409 in words).
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { LabelEditSchema, labelEditProblems, labelsPatch } from '@/lib/fleet/rows/cluster-row';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function PUT(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'cluster');
    const edit = await readBody(req, LabelEditSchema, (v) => labelEditProblems(v.labels));
    const k8s = forIdentity(identity);
    const current = ClusterSchema.parse(await k8s.get('clusters', t.ws, t.name));
    const patch = labelsPatch(current.metadata.labels ?? {}, edit.labels);
    const out = ClusterSchema.parse(await k8s.mergePatch('clusters', t.ws, t.name, { metadata: { resourceVersion: edit.resourceVersion, labels: patch } }));
    return json({ name: t.name, labels: out.metadata.labels ?? {}, resourceVersion: out.metadata.resourceVersion });
  });
}
