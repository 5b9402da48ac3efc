// Bulk force-update of Fleet agents: spec.redeployAgentGeneration + 1 per cluster, as the person (their RBAC decides).
// Each cluster carries the generation the person saw; a different one now means someone else already bumped it,
// so that cluster reports a conflict instead of a second redeploy. Results are per cluster.
import { RedeployAgentsBodySchema } from '@/lib/fleet/troubleshooting/schema';
import { forIdentity } from '@/lib/k8s/client';
import { toApiError } from '@/lib/k8s/errors';
import { readBody } from '@/lib/http/body';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

type Cluster = { metadata: { resourceVersion?: string }; spec?: { redeployAgentGeneration?: number } };

export async function POST(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'whose clusters to redeploy');
    const { clusters } = await readBody(req, RedeployAgentsBodySchema);
    const k = forIdentity(identity);
    const results = [];
    for (const { name, expected } of clusters) {
      try {
        const c = await k.get<Cluster>('clusters', workspace, name);
        const before = c.spec?.redeployAgentGeneration ?? 0;
        if (before !== expected) {
          results.push({ name, ok: false, before, error: `Already changed: redeployAgentGeneration is ${before}, not ${expected}. Reload to see the current state.` });
          continue;
        }
        await k.mergePatch('clusters', workspace, name, { metadata: { resourceVersion: c.metadata.resourceVersion }, spec: { redeployAgentGeneration: before + 1 } });
        results.push({ name, ok: true, before, after: before + 1 });
      } catch (e) {
        results.push({ name, ok: false, error: toApiError(e).message });
      }
    }
    return json({ results });
  });
}
