// Recreate a GitRepo's missing credentials Secret under exactly the name the GitRepo references (spec.clientSecretName
// or spec.helmSecretName), as the person. Allowlisted: only a name that GitRepo references, only the two Secret types
// Fleet reads for it, only when that Secret does not exist. Write-only: the answer and logs carry no values.
import { NextResponse } from 'next/server';
import { RecreateSecretBodySchema } from '@/lib/fleet/troubleshooting/schema';
import { forIdentity, isValidName, isValidNamespace, type SecretWrite } from '@/lib/k8s/client';
import { asPerson, jsonError } from '@/lib/http/route';
import { forgetSecret } from '@/lib/k8s/secret-presence';

export const dynamic = 'force-dynamic';

export async function POST(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  if (!isValidNamespace(workspace)) return jsonError(400, 'A Secret lives in one workspace; pick one instead of all workspaces.');
  return asPerson(req, async ({ identity }) => {
    const parsed = RecreateSecretBodySchema.safeParse(await req.json().catch(() => undefined));
    if (!parsed.success) return jsonError(422, parsed.error.issues.map((i) => i.message).join('; '));
    const b = parsed.data;
    const k = forIdentity(identity);
    const repo = await k.get<{ spec?: Record<string, unknown> }>('gitrepos', workspace, b.gitrepo);
    const name = repo.spec?.[b.field];
    if (typeof name !== 'string' || !name) return jsonError(422, `GitRepo ${b.gitrepo} has no spec.${b.field}; nothing to recreate.`);
    // The API server does not validate spec.clientSecretName/helmSecretName: a hand-written GitRepo can name anything.
    if (!isValidName(name)) return jsonError(422, `GitRepo ${b.gitrepo} names the Secret "${name.slice(0, 80)}" in spec.${b.field}, which is not a valid Secret name; fix the GitRepo instead.`);
    const exists = await k.secrets.exists(workspace, name);
    if (exists === true) return jsonError(409, `Secret ${name} already exists in ${workspace}; it was not changed.`);
    const secret: SecretWrite =
      b.type === 'basic'
        ? { metadata: { name }, type: 'kubernetes.io/basic-auth', stringData: { ...(b.username ? { username: b.username } : {}), password: b.password } }
        : {
            metadata: { name },
            type: 'kubernetes.io/ssh-auth',
            // OpenSSH rejects a key file without its final newline.
            stringData: { 'ssh-privatekey': `${b.privateKey.trim()}\n`, ...(b.knownHosts.trim() ? { known_hosts: `${b.knownHosts.trim()}\n` } : {}) },
          };
    secret.metadata.labels = { 'app.kubernetes.io/managed-by': 'fleet-dashboard', 'fleet-dashboard/gitrepo': b.gitrepo, 'fleet-dashboard/purpose': 'recreated' };
    await k.secrets.create(workspace, secret);
    forgetSecret(workspace, name);
    return NextResponse.json({ name, type: secret.type }, { status: 201 });
  });
}
