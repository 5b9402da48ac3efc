// One HelmOp. GET: the object (no managedFields), its version story (asked → resolved → deployed) and its Bundle and
// per-cluster state from the watch cache. PUT { form, resourceVersion, generation? }: edit, 409 when its settings
// changed since they were loaded. DELETE: delete as loaded (Fleet removes the release unless spec.keepResources).
import { z } from 'zod';
import { HelmOpFormSchema } from '@/lib/fleet/forms';
import { HelmOpSchema } from '@/lib/fleet/kinds/helmop';
import { helmOpVersionInfo, type HelmOpDetail } from '@/lib/fleet/rows/helmop-detail';
import { forIdentity } from '@/lib/k8s/client';
import { checkInput, readBody } from '@/lib/http/body';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';
import { withoutManagedFields, writeError } from '../../gitrepos/_lib/writes';
import { relatedOf } from '@/lib/http/related';
import { updateHelmOp } from '../_lib/writes';

export const dynamic = 'force-dynamic';

const target = async (ctx: ObjectCtx) => {
  const { ws, name } = await objectParams(ctx, 'HelmOp');
  return { ns: ws, name };
};

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const t = await target(ctx);
    const raw = await forIdentity(person.identity).get<Record<string, unknown>>('helmops', t.ns, t.name);
    const parsed = HelmOpSchema.safeParse(raw);
    if (!parsed.success) return jsonError(502, `HelmOp ${t.name} has a shape this dashboard does not understand.`);
    let related: Pick<HelmOpDetail, 'bundles' | 'clusters' | 'relatedError'>;
    try {
      related = await relatedOf(person, 'helmop', t.ns, t.name);
    } catch (err) {
      related = { bundles: [], clusters: [], relatedError: `Bundles and clusters could not be read: ${err instanceof Error ? err.message : String(err)}` };
    }
    const body = { object: withoutManagedFields(raw as { metadata: Record<string, unknown> }), version: helmOpVersionInfo(parsed.data), ...related };
    return json(body);
  });
}

const RV_REQUIRED = 'resourceVersion is required: it is how a change made by someone else in the meantime is detected.';
const EditBodySchema = z.object({
  form: z.unknown(),
  resourceVersion: z.string({ error: RV_REQUIRED }).min(1, RV_REQUIRED),
  generation: z.number({ error: 'generation must be the whole number the form was loaded with.' }).int().min(0).optional(),
});

export async function PUT(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await target(ctx);
    const body = await readBody(req, EditBodySchema);
    const form = checkInput(HelmOpFormSchema, body.form, (f) =>
      f.name === t.name ? [] : [{ field: 'name', message: 'A HelmOp cannot be renamed. Clone it under the new name, then delete this one.' }],
    );
    try {
      const updated = await updateHelmOp(forIdentity(identity), t.ns, t.name, form, { resourceVersion: body.resourceVersion, generation: body.generation });
      return json({ object: withoutManagedFields(updated) });
    } catch (err) {
      return writeError(err, t.name, t.ns, 'HelmOp');
    }
  });
}

export async function DELETE(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await target(ctx);
    await deleteAsLoaded(forIdentity(identity), 'helmops', t.ns, t.name, loadedFromQuery(req, true), 'HelmOp');
    return json({ message: 'Deleted' });
  });
}
