// PUT the agent's proxy settings: HTTP_PROXY / HTTPS_PROXY / NO_PROXY in spec.agentEnvVars (other
// variables kept). Fleet redeploys the agent when agentEnvVars change.
import { NextResponse } from 'next/server';
import { ClusterSchema } from '@/lib/fleet/kinds/cluster';
import { ProxyEditSchema, proxyEditProblems, withProxyEnv } from '@/lib/fleet/rows/cluster-row';
import { forIdentity } from '@/lib/k8s/client';
import { asPerson, jsonError } from '@/lib/http/route';
import { noStore } from '../../_shared';
import { clusterTarget, jsonBody, type ClusterCtx } from '../_target';

export const dynamic = 'force-dynamic';

export async function PUT(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    const b = await jsonBody(req);
    if (!b.ok) return b.res;
    const edit = ProxyEditSchema.safeParse(b.body);
    if (!edit.success) return jsonError(400, edit.error.issues.map((i) => i.message).join('; '));
    const problems = proxyEditProblems(edit.data);
    if (problems.length) return jsonError(422, problems[0]!.message, problems);
    const k8s = forIdentity(identity);
    const current = ClusterSchema.parse(await k8s.get('clusters', t.ws, t.name));
    const env = withProxyEnv(current.spec?.agentEnvVars, edit.data);
    const out = ClusterSchema.parse(
      await k8s.mergePatch('clusters', t.ws, t.name, { metadata: { resourceVersion: edit.data.resourceVersion }, spec: { agentEnvVars: env } }),
    );
    return NextResponse.json({ name: t.name, agentEnvVars: out.spec?.agentEnvVars ?? [], resourceVersion: out.metadata.resourceVersion }, noStore);
  });
}
