// The routes a GitRepo and a HelmOp share, as one plan with the kind's pieces passed in:
// POST on the collection { form }: create; answers the created object, or 422/409 with field errors for the form.
// On one object: GET the object (no managedFields) with its Bundles and per-cluster state from the watch cache;
// PUT { form, resourceVersion, generation? }: edit, 409 when its settings changed since they were loaded (status-only
// writes by Fleet are not a conflict, see writeResourceVersion); DELETE as loaded (Fleet removes what was deployed
// unless spec.keepResources).
import { z } from 'zod';
import { forIdentity, type K8sClient } from '@/lib/k8s/client';
import { checkInput, readBody } from './body';
import { deleteAsLoaded, loadedFromQuery } from './delete';
import { objectParams, workspaceParam, type ObjectCtx, type WorkspaceCtx } from './path';
import { relatedOf, type Owner } from './related';
import { asPerson, json, jsonError, queryProblem } from './route';
import { withoutManagedFields, writeError } from './owner-writes';

type Written = { metadata: Record<string, unknown> };

/** One kind's pieces. */
export interface OwnerRoutesKind<T, F extends { name: string }> {
  kind: 'GitRepo' | 'HelmOp';
  resource: 'gitrepos' | 'helmops';
  owner: Owner;
  schema: z.ZodType<T>;
  formSchema: z.ZodType<F>;
  create: (client: K8sClient, namespace: string, form: F) => Promise<Written>;
  update: (client: K8sClient, namespace: string, name: string, form: F, loaded: { resourceVersion: string; generation?: number }) => Promise<Written>;
  /** More of the GET answer, from the parsed object (a HelmOp's version story). */
  detail?: (o: T) => Record<string, unknown>;
}

const RV_REQUIRED = 'resourceVersion is required: it is how a change made by someone else in the meantime is detected.';
const EditBodySchema = z.object({
  form: z.unknown(),
  resourceVersion: z.string({ error: RV_REQUIRED }).min(1, RV_REQUIRED),
  generation: z.number({ error: 'generation must be the whole number the form was loaded with.' }).int().min(0).optional(),
});
const CreateBodySchema = z.object({ form: z.unknown() });

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** POST on the collection. */
export function ownerCreateRoute<T, F extends { name: string }>(k: OwnerRoutesKind<T, F>) {
  return async function POST(req: Request, ctx: WorkspaceCtx) {
    return asPerson(req, async ({ identity }) => {
      const workspace = await workspaceParam(ctx, `to create a ${k.kind} in`);
      const form = checkInput(k.formSchema, (await readBody(req, CreateBodySchema)).form);
      try {
        const created = await k.create(forIdentity(identity), workspace, form);
        return json({ object: withoutManagedFields(created) }, { status: 201 });
      } catch (err) {
        return writeError(err, form.name, workspace, k.kind);
      }
    });
  };
}

/** GET, PUT and DELETE on one object. */
export function ownerObjectRoutes<T, F extends { name: string }>(k: OwnerRoutesKind<T, F>) {
  const target = async (ctx: ObjectCtx) => {
    const { ws, name } = await objectParams(ctx, k.kind);
    return { ns: ws, name };
  };

  async function GET(req: Request, ctx: ObjectCtx) {
    const badQuery = queryProblem(req, []);
    if (badQuery) return badQuery;
    return asPerson(req, async (person) => {
      const t = await target(ctx);
      const raw = await forIdentity(person.identity).get<Written>(k.resource, t.ns, t.name);
      const parsed = k.schema.safeParse(raw);
      if (!parsed.success) return jsonError(502, `${k.kind} ${t.name} has a shape this dashboard does not understand.`);
      let related: Awaited<ReturnType<typeof relatedOf>> & { relatedError?: string };
      try {
        related = await relatedOf(person, k.owner, t.ns, t.name);
      } catch (err) {
        related = { bundles: [], clusters: [], relatedError: `Bundles and clusters could not be read: ${errorMessage(err)}` };
      }
      return json({ object: withoutManagedFields(raw), ...k.detail?.(parsed.data), ...related });
    });
  }

  async function PUT(req: Request, ctx: ObjectCtx) {
    return asPerson(req, async ({ identity }) => {
      const t = await target(ctx);
      const body = await readBody(req, EditBodySchema);
      const form = checkInput(k.formSchema, body.form, (f) =>
        f.name === t.name ? [] : [{ field: 'name', message: `A ${k.kind} cannot be renamed. Clone it under the new name, then delete this one.` }],
      );
      try {
        const updated = await k.update(forIdentity(identity), t.ns, t.name, form, { resourceVersion: body.resourceVersion, generation: body.generation });
        return json({ object: withoutManagedFields(updated) });
      } catch (err) {
        return writeError(err, t.name, t.ns, k.kind);
      }
    });
  }

  async function DELETE(req: Request, ctx: ObjectCtx) {
    return asPerson(req, async ({ identity }) => {
      const t = await target(ctx);
      await deleteAsLoaded(forIdentity(identity), k.resource, t.ns, t.name, loadedFromQuery(req, true), k.kind);
      return json({ message: 'Deleted' });
    });
  }

  return { GET, PUT, DELETE };
}
