// One Policy: GET (read as the person: its fields, the objects it rejects), PUT { form, resourceVersion } (409 in
// words when it changed since it was loaded; fields the form does not know are kept), DELETE.
import { z } from 'zod';
import { PolicyFormSchema, formToPolicy } from '@/lib/fleet/forms/policy-form';
import { PolicySchema, type Policy } from '@/lib/fleet/kinds/policy';
import { toPolicyDetail } from '@/lib/fleet/rows/policy-row';
import { forIdentity } from '@/lib/k8s/client';
import { checkInput, readBody } from '@/lib/http/body';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';
import { HttpError } from '@/lib/http/http-error';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { listDirect } from '@/lib/http/read-direct';
import { asPerson, json, queryProblem } from '@/lib/http/route';
import { rejectionsIn } from '../_lib/rejections';

export const dynamic = 'force-dynamic';

async function readPolicy(k8s: ReturnType<typeof forIdentity>, ws: string, name: string): Promise<Policy> {
  const p = PolicySchema.safeParse(await k8s.get('policies', ws, name));
  if (!p.success) throw new HttpError(502, 'The API server sent a Policy this dashboard cannot read.');
  return p.data;
}

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const t = await objectParams(ctx, 'Policy');
    const policy = await readPolicy(forIdentity(person.identity), t.ws, t.name);
    // The others of the workspace too: an object is attributed to each Policy that rejects it on its own.
    const all = (await listDirect(person, 'policies', t.ws, 'Policies')).flatMap((o) => {
      const p = PolicySchema.safeParse(o);
      return p.success ? [p.data] : [];
    });
    const { rejections, unreadable } = await rejectionsIn(person, [t.ws], all.some((p) => p.metadata.name === t.name) ? all : [...all, policy]);
    return json(toPolicyDetail(policy, rejections, unreadable));
  });
}

const RV_REQUIRED = 'resourceVersion is required: it is how a change made by someone else in the meantime is detected.';
const EditBodySchema = z.object({ form: z.unknown(), resourceVersion: z.string({ error: RV_REQUIRED }).min(1, RV_REQUIRED) });

export async function PUT(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'Policy');
    const body = await readBody(req, EditBodySchema);
    const form = checkInput(PolicyFormSchema, body.form, (f) => (f.name === t.name ? [] : [{ field: 'name', message: 'A Policy cannot be renamed: create a new one, then delete this one.' }]));
    const k8s = forIdentity(identity);
    const existing = await readPolicy(k8s, t.ws, t.name);
    existing.metadata.resourceVersion = body.resourceVersion;
    await k8s.replace('policies', t.ws, formToPolicy(form, { namespace: t.ws, existing }));
    return json({ name: t.name });
  });
}

export async function DELETE(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'Policy');
    await deleteAsLoaded(forIdentity(identity), 'policies', t.ws, t.name, loadedFromQuery(req), 'Policy');
    return json({ name: t.name, deleted: true });
  });
}
