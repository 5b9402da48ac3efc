// One cluster group: GET (the group read as the person, live member counts, GitRepos that target it),
// PUT a new selector (full replace guarded by resourceVersion), DELETE.
import { NextResponse } from 'next/server';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { ClusterGroupFormSchema, zodFieldErrors, type ClusterGroupDetail } from '@/lib/fleet/rows/clustergroup-row';
import { compileSelector } from '@/lib/fleet/selector';
import { describeTarget, effectiveTargets } from '@/lib/fleet/targets';
import { forIdentity } from '@/lib/k8s/client';
import { asPerson, jsonError, queryProblem } from '@/lib/http/route';
import { allIn, noStore } from '../../clusters/_shared';
import { clusterTarget, type ClusterCtx } from '../../clusters/[name]/_target';
import { groupRow, groupRowFromStatus, parseGroup } from '../_groups';
import { accessChecker } from '@/lib/cache/authz';
import { mayList } from '@/lib/http/read';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: ClusterCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
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
    return NextResponse.json(body, noStore);
  });
}

export async function PUT(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    const body: unknown = await req.json().catch(() => undefined);
    const form = ClusterGroupFormSchema.safeParse({ ...(body as object), name: t.name });
    if (!form.success) {
      const fe = zodFieldErrors(form.error);
      return jsonError(422, fe[0]?.message ?? 'The cluster group is not valid', fe);
    }
    if (!form.data.resourceVersion) return jsonError(400, 'resourceVersion is required (reload the page)');
    const k8s = forIdentity(identity);
    const current = (await k8s.get('clustergroups', t.ws, t.name)) as { metadata: { name: string; resourceVersion?: string }; spec?: object };
    const next = { ...current, metadata: { ...current.metadata, resourceVersion: form.data.resourceVersion }, spec: { ...current.spec, selector: form.data.selector } };
    const out = await k8s.replace('clustergroups', t.ws, next);
    return NextResponse.json({ name: t.name, resourceVersion: out.metadata.resourceVersion }, noStore);
  });
}

export async function DELETE(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    await deleteAsLoaded(forIdentity(identity), 'clustergroups', t.ws, t.name, loadedFromQuery(req), 'Cluster group');
    return NextResponse.json({ name: t.name, deleted: true }, noStore);
  });
}
