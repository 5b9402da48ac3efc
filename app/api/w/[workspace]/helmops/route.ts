// HelmOps of one workspace (or `_all`), one page at a time, from the watch cache filtered by the person's RBAC.
// POST { form }: create one from the form (and its credentials Secret); 422/409 with field errors for the form.
import { z } from 'zod';
import { HelmOpSchema } from '@/lib/fleet/kinds/helmop';
import { HelmOpFormSchema } from '@/lib/fleet/forms';
import { HelmOpListQuerySchema, toHelmOpRow } from '@/lib/fleet/rows/helmop-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { forIdentity } from '@/lib/k8s/client';
import { checkInput, readBody } from '@/lib/http/body';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { readRows } from '@/lib/http/read';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { withoutManagedFields, writeError } from '../gitrepos/_lib/writes';
import { createHelmOp } from './_lib/writes';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const q = parseListQuery(HelmOpListQuerySchema, new URL(req.url).searchParams);
    if (!q.ok) return jsonError(400, q.error);
    return json(
      await readRows(person, 'helmops', workspace, q.value, (o) => {
        const h = HelmOpSchema.safeParse(o);
        return h.success ? toHelmOpRow(h.data) : undefined;
      }),
    );
  });
}

const CreateBodySchema = z.object({ form: z.unknown() });

export async function POST(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'to create a HelmOp in');
    const form = checkInput(HelmOpFormSchema, (await readBody(req, CreateBodySchema)).form);
    try {
      const created = await createHelmOp(forIdentity(identity), workspace, form);
      return json({ object: withoutManagedFields(created) }, { status: 201 });
    } catch (err) {
      return writeError(err, form.name, workspace, 'HelmOp');
    }
  });
}
