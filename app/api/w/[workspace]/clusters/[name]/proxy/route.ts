// PUT the agent's proxy settings: HTTP_PROXY / HTTPS_PROXY / NO_PROXY in spec.agentEnvVars (other
// variables kept). Fleet redeploys the agent when agentEnvVars change.
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { ProxyEditSchema, proxyEditProblems, withProxyEnv } from '@/lib/fleet/rows/cluster-row';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function PUT(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'cluster');
    const edit = await readBody(req, ProxyEditSchema, proxyEditProblems);
    const k8s = forIdentity(identity);
    const current = ClusterSchema.parse(await k8s.get('clusters', t.ws, t.name));
    const env = withProxyEnv(current.spec?.agentEnvVars, edit);
    const out = ClusterSchema.parse(
      await k8s.mergePatch('clusters', t.ws, t.name, { metadata: { resourceVersion: edit.resourceVersion }, spec: { agentEnvVars: env } }),
    );
    return json({ name: t.name, agentEnvVars: out.spec?.agentEnvVars ?? [], resourceVersion: out.metadata.resourceVersion });
  });
}
