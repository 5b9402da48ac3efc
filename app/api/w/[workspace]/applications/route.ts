// GitRepos and HelmOps of one workspace (or `_all`) in one list, from the watch cache as the person may see them:
// each kind is read as the person's RBAC allows it (like the GitRepos list route); a kind they may not list in this
// workspace is left out and named in `forbidden`, and when neither is allowed the answer is 403 in words. Besides
// the list contract it takes `kind` (GitRepo or HelmOp).
import type { Entry } from '@/lib/cache/store';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { HelmOpSchema } from '@/lib/fleet/kinds/helmop';
import {
  applicationPage,
  ApplicationListQuerySchema,
  gitRepoApplicationRow,
  helmOpApplicationRow,
  parseKindParam,
  type ApplicationKind,
  type ApplicationList,
  type ApplicationRow,
} from '@/lib/fleet/rows/application-row';
import { parseListQuery } from '@/lib/fleet/rows/list';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { scoped } from '@/lib/http/scope';

export const dynamic = 'force-dynamic';

const KINDS = { GitRepo: 'gitrepos', HelmOp: 'helmops' } as const;

// Rows per cached object: the cache replaces an object when it changes, so a row is computed once per version.
const rowsByObject = new WeakMap<object, ApplicationRow | null>();

function rowOf(kind: ApplicationKind, e: Entry): ApplicationRow | undefined {
  let r = rowsByObject.get(e.obj);
  if (r === undefined) {
    if (kind === 'GitRepo') {
      const g = GitRepoSchema.safeParse(e.obj);
      r = g.success ? gitRepoApplicationRow(g.data) : null;
    } else {
      const h = HelmOpSchema.safeParse(e.obj);
      r = h.success ? helmOpApplicationRow(h.data) : null;
    }
    rowsByObject.set(e.obj, r);
  }
  return r ?? undefined;
}

export async function GET(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const params = new URL(req.url).searchParams;
    const kind = parseKindParam(params.get('kind'));
    params.delete('kind');
    if (!kind.ok) return jsonError(400, kind.error);
    const q = parseListQuery(ApplicationListQuerySchema, params);
    if (!q.ok) return jsonError(400, q.error);
    const s = await scoped(person, workspace, [KINDS.GitRepo, KINDS.HelmOp]);
    // The same text match as every list (lib/cache/query.ts): each word must occur in the object's search text.
    const terms = q.value.q.toLowerCase().split(/\s+/).filter(Boolean);
    const rows: ApplicationRow[] = [];
    for (const k of ['GitRepo', 'HelmOp'] as const) {
      if (kind.kind && kind.kind !== k) continue;
      for (const e of s.entries(KINDS[k])) {
        if (q.value.state && e.state !== q.value.state) continue;
        if (!terms.every((t) => e.text.includes(t))) continue;
        const r = rowOf(k, e);
        if (r) rows.push(r);
      }
    }
    const forbidden = s.forbidden.map((f) => (f === KINDS.GitRepo ? 'GitRepo' : 'HelmOp') as ApplicationKind);
    const body: ApplicationList = { ...applicationPage(rows, q.value), forbidden };
    return json(body);
  });
}
