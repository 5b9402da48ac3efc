// HelmOps of one workspace (or `_all`), one page at a time, from the watch cache filtered by the person's RBAC.
// POST { form }: create one from the form (and its credentials Secret); 422/409 with field errors for the form.
import { HelmOpSchema } from '@/lib/fleet/kinds/helmop';
import { HelmOpListQuerySchema, toHelmOpRow } from '@/lib/fleet/rows/helmop-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { ownerCreateRoute } from '@/lib/http/owner-routes';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { readRows } from '@/lib/http/read';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { HELMOP_ROUTES } from './_lib/routes';

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

export const POST = ownerCreateRoute(HELMOP_ROUTES);
