// GET ?kind=GitRepo|HelmOp&name=…[&open=<group keys, comma-separated>][&limit=50][&resources=1]: the graph from
// the owner to its Bundles, their BundleDeployments per cluster and the deployed resources (lib/fleet/graph.ts),
// built from the watch cache through the owner's index, for a person who may see the owner and list the workspace's
// Bundles (the rule the cache applies to BundleDeployments). The cache keeps no BundleDeployment's
// status.resources (too heavy ×100,000), so the resources of the deployments drawn one by one are read from the API
// server as the person; where RBAC refuses that, the graph says so instead of showing them.
import { buildGraph } from '@/lib/fleet/graph';
import { GraphQuerySchema, type GraphAnswer } from '@/lib/fleet/graph-schema';
import { zodFieldErrors } from '@/lib/http/field-errors';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { readOne, readyCache, workspacesToRead, type KubeObject } from '@/lib/http/read';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';
import { forIdentity } from '@/lib/k8s/client';
import { toApiError } from '@/lib/k8s/errors';

export const dynamic = 'force-dynamic';

/** Deployments whose resources are read per request at most, and how many reads run at once. */
const MAX_RESOURCE_READS = 200;
const PARALLEL = 8;

type Graphable = Parameters<typeof buildGraph>[2][number];
type BundleArg = Parameters<typeof buildGraph>[1];

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const badQuery = queryProblem(req, ['kind', 'name', 'open', 'limit', 'resources']);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const ws = await workspaceParam(ctx, 'to draw a graph in');
    const parsed = GraphQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) return jsonError(400, 'The graph request has invalid parameters.', zodFieldErrors(parsed.error));
    const q = parsed.data;
    const plural = q.kind === 'GitRepo' ? 'gitrepos' : 'helmops';
    const index = q.kind === 'GitRepo' ? 'gitrepo' : 'helmop';
    const owner = await readOne(person, plural, ws, q.name);
    await workspacesToRead(person, 'bundles', ws); // 403 in words when the workspace's Bundles are not theirs to list
    const cache = await readyCache(['bundles', 'bundledeployments']);
    const indexed = (kind: 'bundles' | 'bundledeployments') => {
      const store = cache.store(kind);
      const out: KubeObject[] = [];
      for (const key of store.indexes.get(index, `${ws}/${q.name}`)) {
        const e = store.get(key);
        if (e) out.push(e.obj);
      }
      return out;
    };
    const bundles = indexed('bundles');
    let bds = indexed('bundledeployments') as unknown as Graphable[];
    const opts = { limit: q.limit, expanded: new Set(q.open) };
    const ownerArg = { ...(owner as unknown as Parameters<typeof buildGraph>[0]), kind: q.kind };
    const notes: string[] = [];

    if (q.resources === '1') {
      // Which deployments are drawn one by one with these groups open: only those get their resources read.
      const shown = buildGraph(ownerArg, bundles as unknown as BundleArg, bds, { ...opts, resources: false }).nodes.flatMap((n) => (n.kind === 'BundleDeployment' && n.link ? [n.link] : []));
      const full = await readDeployments(person.identity, shown.slice(0, MAX_RESOURCE_READS));
      if (shown.length > MAX_RESOURCE_READS) notes.push(`Resources are shown for the first ${MAX_RESOURCE_READS} of the ${shown.length} deployments drawn.`);
      if (full.refused) notes.push(`Resources of ${full.refused} deployment${full.refused === 1 ? '' : 's'} are not shown: ${full.reason}`);
      bds = bds.map((bd) => full.objects.get(`${bd.metadata.namespace}/${bd.metadata.name}`) ?? bd);
    }
    const g = buildGraph(ownerArg, bundles as unknown as BundleArg, bds, { ...opts, resources: q.resources === '1' });
    const body: GraphAnswer = { ...g, notes };
    return json(body);
  });
}

async function readDeployments(identity: Parameters<typeof forIdentity>[0], refs: { namespace: string; name: string }[]) {
  const k = forIdentity(identity);
  const objects = new Map<string, Graphable>();
  let refused = 0;
  let reason = '';
  let next = 0;
  const worker = async () => {
    while (next < refs.length) {
      const r = refs[next++]!;
      try {
        objects.set(`${r.namespace}/${r.name}`, await k.get<Graphable>('bundledeployments', r.namespace, r.name));
      } catch (e) {
        const a = toApiError(e);
        if (a.status !== 403 && a.status !== 404) throw e;
        refused++;
        reason ||= a.message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, refs.length) }, worker));
  return { objects, refused, reason };
}
