// The routes shared by the kinds read and written straight through the API server as the person (Policy, Schedule:
// a handful per workspace, not cached; lib/http/read-direct.ts): list GET's parse-and-order, POST { form } to
// create, and on one object PUT { form, resourceVersion } (full update, 409 in words when it changed since it was
// loaded) and DELETE as loaded. Each kind keeps its own GET answer.
import { z } from 'zod';
import type { Person } from '@/lib/auth/current';
import { forIdentity, type FleetPlural, type K8sClient } from '@/lib/k8s/client';
import { checkInput, readBody } from './body';
import { deleteAsLoaded, loadedFromQuery } from './delete';
import { HttpError } from './http-error';
import { objectParams, workspaceParam, type ObjectCtx, type WorkspaceCtx } from './path';
import { listDirect } from './read-direct';
import { asPerson, json } from './route';

type Manifest = { metadata: { name: string; resourceVersion?: string } };

/** One kind's pieces. */
export interface DirectKind<T extends { metadata: { resourceVersion?: string } }, F extends { name: string }> {
  kind: 'Policy' | 'Schedule';
  /** The plural in sentences ("Policies"). */
  words: string;
  resource: FleetPlural;
  schema: z.ZodType<T>;
  formSchema: z.ZodType<F>;
  toManifest: (form: F, opts: { namespace: string; existing?: T }) => Manifest;
}

type ReadKind<T extends { metadata: { resourceVersion?: string } }> = Pick<DirectKind<T, { name: string }>, 'kind' | 'words' | 'resource' | 'schema'>;

/** The objects of a workspace (or `_all`) the schema understands; one in a shape it does not know is left out. */
export async function listParsed<T extends { metadata: { resourceVersion?: string } }>(person: Person, k: ReadKind<T>, workspace: string): Promise<T[]> {
  return (await listDirect(person, k.resource, workspace, k.words)).flatMap((o) => {
    const p = k.schema.safeParse(o);
    return p.success ? [p.data] : [];
  });
}

/** Rows in workspace order, then by name. */
export function byWorkspaceThenName(a: { namespace: string; name: string }, b: { namespace: string; name: string }): number {
  return a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
}

/** One object as the person; 502 in words when the API server sends a shape the schema does not know. */
export async function readOne<T extends { metadata: { resourceVersion?: string } }>(k8s: K8sClient, k: ReadKind<T>, ws: string, name: string): Promise<T> {
  const p = k.schema.safeParse(await k8s.get(k.resource, ws, name));
  if (!p.success) throw new HttpError(502, `The API server sent a ${k.kind} this dashboard cannot read.`);
  return p.data;
}

/** POST on the collection: create from the form; answers { name } with 201. */
export function directCreateRoute<T extends { metadata: { resourceVersion?: string } }, F extends { name: string }>(k: DirectKind<T, F>) {
  return async function POST(req: Request, ctx: WorkspaceCtx) {
    return asPerson(req, async ({ identity }) => {
      const workspace = await workspaceParam(ctx, `to create the ${k.kind} in`);
      const form = await readBody(req, k.formSchema);
      const created = await forIdentity(identity).create(k.resource, workspace, k.toManifest(form, { namespace: workspace }));
      return json({ name: created.metadata.name }, { status: 201 });
    });
  };
}

const RV_REQUIRED = 'resourceVersion is required: it is how a change made by someone else in the meantime is detected.';
const EditBodySchema = z.object({ form: z.unknown(), resourceVersion: z.string({ error: RV_REQUIRED }).min(1, RV_REQUIRED) });

/** PUT and DELETE on one object. */
export function directObjectRoutes<T extends { metadata: { resourceVersion?: string } }, F extends { name: string }>(k: DirectKind<T, F>) {
  async function PUT(req: Request, ctx: ObjectCtx) {
    return asPerson(req, async ({ identity }) => {
      const t = await objectParams(ctx, k.kind);
      const body = await readBody(req, EditBodySchema);
      const form = checkInput(k.formSchema, body.form, (f) =>
        f.name === t.name ? [] : [{ field: 'name', message: `A ${k.kind} cannot be renamed: create a new one, then delete this one.` }],
      );
      const k8s = forIdentity(identity);
      const existing = await readOne(k8s, k, t.ws, t.name);
      // The version the person loaded: the API server refuses (409) if the object changed since.
      existing.metadata.resourceVersion = body.resourceVersion;
      await k8s.replace(k.resource, t.ws, k.toManifest(form, { namespace: t.ws, existing }));
      return json({ name: t.name });
    });
  }

  async function DELETE(req: Request, ctx: ObjectCtx) {
    return asPerson(req, async ({ identity }) => {
      const t = await objectParams(ctx, k.kind);
      await deleteAsLoaded(forIdentity(identity), k.resource, t.ws, t.name, loadedFromQuery(req), k.kind);
      return json({ name: t.name, deleted: true });
    });
  }

  return { PUT, DELETE };
}
