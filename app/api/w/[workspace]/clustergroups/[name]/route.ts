// One cluster group: GET (the group read as the person, live member counts, GitRepos that target it),
// PUT a new selector (full replace guarded by resourceVersion), DELETE.
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { ClusterGroupFormSchema, type ClusterGroupDetail } from '@/lib/fleet/rows/clustergroup-row';
import { compileSelector } from '@/lib/fleet/selector';
import { describeTarget, effectiveTargets } from '@/lib/fleet/targets';
import { forIdentity } from '@/lib/k8s/client';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { groupRow, groupRowFromStatus, parseGroup } from '../_lib/groups';
import { accessChecker } from '@/lib/cache/authz';
import { allIn, mayList } from '@/lib/http/read';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'cluster group');
    const g = parseGroup(await forIdentity(identity).get('clustergroups', t.ws, t.name));
    if (!g) return jsonError(502, 'The API server sent a ClusterGroup this dashboard cannot read.');
    // Reading the group is the person's own GET; GitRepos and clusters come from the shared cache, so each needs the
    // same per-kind check as its list route.
    const checker = accessChecker(identity);
    const [seeRepos, seeClusters] = await Promise.all([mayList(checker, 'gitrepos', t.ws), mayList(checker, 'clusters', t.ws)]);
    const gitRepos: ClusterGroupDetail['gitRepos'] = [];
    for (const e of seeRepos ? await allIn('gitrepos', t.ws) : []) {
      const r = GitRepoSchema.safeParse(e.obj);
      if (!r.success) continue;
      for (const target of effectiveTargets(r.data.spec.targets as Parameters<typeof effectiveTargets>[0])) {
        const byName = target.clusterGroup === t.name;
        const bySelector = !!target.clusterGroupSelector && compileSelector(target.clusterGroupSelector)(g.metadata.labels);
        if (byName || bySelector) {
          gitRepos.push({ name: r.data.metadata.name, how: describeTarget(target) });
          break;
        }
      }
    }
    const body: ClusterGroupDetail = {
      row: seeClusters ? groupRow(g, await allIn('clusters', t.ws)) : groupRowFromStatus(g),
      selectorObject: g.spec?.selector ?? null,
      gitRepos: gitRepos.sort((a, b) => a.name.localeCompare(b.name)),
      ...(seeRepos ? {} : { gitReposHidden: true }),
      uid: g.metadata.uid,
    };
    return json(body);
  });
}

export async function PUT(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'cluster group');
    // The name comes from the path (a group cannot be renamed); the body's own name, if any, is ignored.
    const form = await readBody(req, ClusterGroupFormSchema.omit({ name: true }));
    if (!form.resourceVersion) return jsonError(400, 'resourceVersion is required (reload the page)');
    const k8s = forIdentity(identity);
    const current = (await k8s.get('clustergroups', t.ws, t.name)) as { metadata: { name: string; resourceVersion?: string }; spec?: object };
    const next = { ...current, metadata: { ...current.metadata, resourceVersion: form.resourceVersion }, spec: { ...current.spec, selector: form.selector } };
    const out = await k8s.replace('clustergroups', t.ws, next);
    return json({ name: t.name, resourceVersion: out.metadata.resourceVersion });
  });
}

export async function DELETE(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'cluster group');
    await deleteAsLoaded(forIdentity(identity), 'clustergroups', t.ws, t.name, loadedFromQuery(req), 'Cluster group');
    return json({ name: t.name, deleted: true });
  });
}
