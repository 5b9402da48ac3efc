// One GitRepo. GET: the object (no managedFields) with its Bundles and per-cluster state from the
// watch cache. PUT { form, resourceVersion, generation? }: edit, 409 when its settings changed since
// they were loaded (status-only writes by Fleet are not a conflict; see writeResourceVersion).
// DELETE: delete (Fleet removes deployed resources unless spec.keepResources).
import { z } from 'zod';
import { GitRepoFormSchema } from '@/lib/fleet/forms';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import type { GitRepoDetail } from '@/lib/fleet/rows/gitrepo-detail';
import { forIdentity } from '@/lib/k8s/client';
import { checkInput, readBody } from '@/lib/http/body';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';
import { relatedOf } from '@/lib/http/related';
import { updateGitRepo, withoutManagedFields, writeError } from '../_lib/writes';

export const dynamic = 'force-dynamic';

const target = async (ctx: ObjectCtx) => {
  const { ws, name } = await objectParams(ctx, 'GitRepo');
  return { ns: ws, name };
};

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const t = await target(ctx);
    const raw = await forIdentity(person.identity).get<Record<string, unknown>>('gitrepos', t.ns, t.name);
    const parsed = GitRepoSchema.safeParse(raw);
    if (!parsed.success) return jsonError(502, `GitRepo ${t.name} has a shape this dashboard does not understand.`);
    let related: Pick<GitRepoDetail, 'bundles' | 'clusters' | 'relatedError'>;
    try {
      related = await relatedOf(person, 'gitrepo', t.ns, t.name);
    } catch (err) {
      related = { bundles: [], clusters: [], relatedError: `Bundles and clusters could not be read: ${errorMessage(err)}` };
    }
    const body = { object: withoutManagedFields(raw as { metadata: Record<string, unknown> }), ...related };
    return json(body);
  });
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
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
    const form = checkInput(GitRepoFormSchema, body.form, (f) =>
      f.name === t.name ? [] : [{ field: 'name', message: 'A GitRepo cannot be renamed. Clone it under the new name, then delete this one.' }],
    );
    try {
      const updated = await updateGitRepo(forIdentity(identity), t.ns, t.name, form, { resourceVersion: body.resourceVersion, generation: body.generation });
      return json({ object: withoutManagedFields(updated) });
    } catch (err) {
      return writeError(err, t.name, t.ns);
    }
  });
}

export async function DELETE(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await target(ctx);
    await deleteAsLoaded(forIdentity(identity), 'gitrepos', t.ns, t.name, loadedFromQuery(req, true), 'GitRepo');
    return json({ message: 'Deleted' });
  });
}
