// PUT the agent's proxy settings: HTTP_PROXY / HTTPS_PROXY / NO_PROXY in spec.agentEnvVars (other
// variables kept). Fleet redeploys the agent when agentEnvVars change.
import { NextResponse } from 'next/server';
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { ProxyEditSchema, proxyEditProblems, withProxyEnv } from '@/lib/fleet/rows/cluster-row';
import { forIdentity } from '@/lib/k8s/client';
import { asPerson } from '@/lib/http/route';
import { noStore } from '../../_shared';
import { clusterTarget, editBody, type ClusterCtx } from '../_target';

export const dynamic = 'force-dynamic';

export async function PUT(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    const e = await editBody(req, ProxyEditSchema, proxyEditProblems);
    if (!e.ok) return e.res;
    const k8s = forIdentity(identity);
    const current = ClusterSchema.parse(await k8s.get('clusters', t.ws, t.name));
    const env = withProxyEnv(current.spec?.agentEnvVars, e.edit);
    const out = ClusterSchema.parse(
      await k8s.mergePatch('clusters', t.ws, t.name, { metadata: { resourceVersion: e.edit.resourceVersion }, spec: { agentEnvVars: env } }),
    );
    return NextResponse.json({ name: t.name, agentEnvVars: out.spec?.agentEnvVars ?? [], resourceVersion: out.metadata.resourceVersion }, noStore);
  });
}
