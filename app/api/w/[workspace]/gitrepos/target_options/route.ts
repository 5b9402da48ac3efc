// GET: names of the Clusters and Cluster Groups in a workspace, for the form's target pickers
// (from the watch cache, as the person may see them). Lists the person cannot read come back empty
// with a note instead of failing the form.
import type { Person } from '@/lib/auth/current';
import type { CacheKind } from '@/lib/cache';
import { readList } from '@/lib/http/read';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';

export const dynamic = 'force-dynamic';
const MAX = 2000;

async function names(person: Person, kind: CacheKind, ws: string): Promise<{ names: string[]; total: number; error?: string }> {
  try {
    const r = await readList(person, kind, ws, { page: 1, pageSize: 500, sort: 'name', dir: 'asc', q: '' });
    const out = r.items.map((o) => o.metadata.name);
    for (let page = 2; out.length < Math.min(r.total, MAX); page++) {
      const next = await readList(person, kind, ws, { page, pageSize: 500, sort: 'name', dir: 'asc', q: '' });
      if (next.items.length === 0) break;
      out.push(...next.items.map((o) => o.metadata.name));
    }
    return { names: out, total: r.total };
  } catch (err) {
    return { names: [], total: 0, error: err instanceof Error ? err.message : String(err) };
  }
}

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx, 'to see its targets');
    const [clusters, clusterGroups] = await Promise.all([names(person, 'clusters', workspace), names(person, 'clustergroups', workspace)]);
    return json({ clusters, clusterGroups });
  });
}
