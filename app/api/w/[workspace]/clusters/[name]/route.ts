// One cluster: GET its detail (object read from the API server as the person, BundleDeployments on it
// from the cache), POST an action (force agent update, pause, unpause), DELETE it.
import { ClusterSchema, type Cluster } from '@/lib/fleet/kinds/cluster';
import { ClusterActionSchema, isReservedLabel, toClusterRow, type ClusterDetail } from '@/lib/fleet/rows/cluster-row';
import { bundleDeploymentMessage, bundleDeploymentState, type BundleDeploymentLike } from '@/lib/fleet/state';
import { LABEL_BUNDLE_NAME, LABEL_REPO_NAME } from '@/lib/fleet/names';
import { forIdentity } from '@/lib/k8s/client';
import { K8sError } from '@/lib/k8s/errors';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { readList } from '@/lib/http/read';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';
import { fleetSettings } from '@/lib/k8s/fleet-settings';
import { waitsForWindow } from '@/lib/fleet/schedule/status';

export const dynamic = 'force-dynamic';

const MAX_BDS = 500;

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const { identity } = person;
    const t = await objectParams(ctx, 'cluster');
    const raw = await forIdentity(identity).get('clusters', t.ws, t.name);
    const parsed = ClusterSchema.safeParse(raw);
    if (!parsed.success) return jsonError(502, 'The API server sent a Cluster this dashboard cannot read.');
    const c = parsed.data;
    const bds = await readList(person, 'bundledeployments', '_all', { sort: 'state', dir: 'desc', page: 1, pageSize: MAX_BDS, q: '' }, { filter: { cluster: `${t.ws}/${t.name}` } });
    const labels = c.metadata.labels ?? {};
    const spec = c.spec ?? {};
    const body: ClusterDetail = {
      row: toClusterRow(c, Date.now(), (await fleetSettings()).agentStaleAfterMs),
      reservedLabels: Object.fromEntries(Object.entries(labels).filter(([k]) => isReservedLabel(k))),
      annotations: c.metadata.annotations ?? {},
      conditions: (c.status?.conditions ?? []).map((x) => ({
        type: x.type,
        status: x.status,
        reason: x.reason || undefined,
        message: x.message || undefined,
        lastUpdateTime: x.lastUpdateTime ?? x.lastTransitionTime ?? undefined,
      })),
      agent: {
        namespace: c.status?.agent?.namespace,
        agentNamespace: spec.agentNamespace,
        tlsMode: c.status?.agentTLSMode,
        apiServerURL: c.status?.apiServerURL,
        clusterNamespace: c.status?.namespace,
        // valueFrom vars (secret/configmap refs) are named, never resolved.
        envVars: (spec.agentEnvVars ?? []).map((e) => ({ name: e.name, value: e.value, fromRef: e.value === undefined && 'valueFrom' in e })),
        tolerations: (spec.agentTolerations ?? []) as Record<string, unknown>[],
        affinity: spec.agentAffinity ?? undefined,
        resources: spec.agentResources ?? undefined,
        hostNetwork: spec.hostNetwork ?? undefined,
        privateRepoURL: spec.privateRepoURL,
      },
      bundleDeployments: {
        total: bds.total,
        items: bds.items.map((o) => {
          const bd = o as BundleDeploymentLike & { metadata: { name: string; labels?: Record<string, string> } };
          return {
            name: bd.metadata.name,
            bundle: bd.metadata.labels?.[LABEL_BUNDLE_NAME],
            gitrepo: bd.metadata.labels?.[LABEL_REPO_NAME],
            state: bundleDeploymentState(bd),
            message: bundleDeploymentMessage(bd) || undefined,
            ...(waitsForWindow(bd as { spec?: { offSchedule?: boolean } }) && { offSchedule: true }),
          };
        }),
      },
    };
    return json(body);
  });
}

async function readCluster(identity: Parameters<typeof forIdentity>[0], ws: string, name: string): Promise<Cluster> {
  const parsed = ClusterSchema.safeParse(await forIdentity(identity).get('clusters', ws, name));
  if (!parsed.success) throw new K8sError(502, undefined, 'unreadable Cluster');
  return parsed.data;
}

export async function POST(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'cluster');
    const { action } = await readBody(req, ClusterActionSchema);
    const k8s = forIdentity(identity);
    if (action === 'forceUpdate') {
      // An increment from a fresh read: on a conflict (the object changed in between) read again once;
      // nobody's value is overwritten because the new value is always current + 1.
      for (let attempt = 0; ; attempt++) {
        const c = await readCluster(identity, t.ws, t.name);
        const next = (c.spec?.redeployAgentGeneration ?? 0) + 1;
        try {
          const out = ClusterSchema.parse(
            await k8s.mergePatch('clusters', t.ws, t.name, { metadata: { resourceVersion: c.metadata.resourceVersion }, spec: { redeployAgentGeneration: next } }),
          );
          return json({ name: t.name, redeployAgentGeneration: out.spec?.redeployAgentGeneration, resourceVersion: out.metadata.resourceVersion });
        } catch (e) {
          if (!(e instanceof K8sError && e.httpStatus === 409 && attempt === 0)) throw e;
        }
      }
    }
    const paused = action === 'pause';
    const out = ClusterSchema.parse(await k8s.mergePatch('clusters', t.ws, t.name, { spec: { paused } }));
    return json({ name: t.name, paused: out.spec?.paused === true, resourceVersion: out.metadata.resourceVersion });
  });
}

export async function DELETE(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'cluster');
    await deleteAsLoaded(forIdentity(identity), 'clusters', t.ws, t.name, loadedFromQuery(req), 'Cluster');
    return json({ name: t.name, deleted: true });
  });
}
