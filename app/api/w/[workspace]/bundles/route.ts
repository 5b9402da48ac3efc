// Bundles of one workspace (or `_all`), one page at a time, from the watch cache as the person may see them.
import { BundleListQuerySchema, toBundleRow, type BundleList } from '@/lib/fleet/rows/bundle-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { readRows } from '@/lib/http/read';
import { asPerson, json, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const params = new URL(req.url).searchParams;
    // ?gitrepo=<name> narrows to one GitRepo's bundles (index filter), the rest is the list contract.
    const gitrepo = params.get('gitrepo') ?? undefined;
    params.delete('gitrepo');
    const q = parseListQuery(BundleListQuerySchema, params);
    if (!q.ok) return jsonError(400, q.error);
    if (gitrepo !== undefined && workspace === '_all') return jsonError(400, 'gitrepo needs a workspace, not _all.');
    const body: BundleList = await readRows(person, 'bundles', workspace, q.value, (o) => toBundleRow(o), {
      filter: gitrepo ? { gitrepo: `${workspace}/${gitrepo}` } : undefined,
    });
    return json(body);
  });
}
