// Recreate a GitRepo's missing credentials Secret under exactly the name the GitRepo references (spec.clientSecretName
// or spec.helmSecretName), as the person. Allowlisted: only a name that GitRepo references, only the two Secret types
// Fleet reads for it, only when that Secret does not exist. Write-only: the answer and logs carry no values.
import { RecreateSecretBodySchema } from '@/lib/fleet/troubleshooting/schema';
import { forIdentity, isValidName, type SecretWrite } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { asPerson, json, jsonError } from '@/lib/http/route';
import { forgetSecret } from '@/lib/k8s/secret-presence';

export const dynamic = 'force-dynamic';

export async function POST(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'to recreate the Secret in');
    const b = await readBody(req, RecreateSecretBodySchema);
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
    return json({ name, type: secret.type }, { status: 201 });
  });
}
