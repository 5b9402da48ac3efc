// GitRepo writes on a person's behalf, on the plan of lib/http/owner-writes.ts: create (GitRepo first, then its
// credentials Secret owned by it, rollback on failure), edit (new Secret first, replace with resourceVersion, stale
// Secret removed), actions. The form is validated here again with the same schema as the browser. Secret values
// never reach a log or a response.
import {
  formToGitRepo,
  secretsForForm,
  staleAuthSecret,
  withOwner,
  writeResourceVersion,
  type GitRepoForm,
  type GitRepoManifest,
} from '@/lib/fleet/forms';
import { GitRepoSchema, type GitRepo } from '@/lib/fleet/kinds/gitrepo';
import { MANAGED_BY, SECRET_LABELS } from '@/lib/fleet/forms/gitrepo-secrets';
import { getCache } from '@/lib/cache';
import type { GitRepoAction } from '@/lib/fleet/rows/gitrepo-detail';
import type { K8sClient } from '@/lib/k8s/client';
import { createWithSecrets, removeStaleSecret, replaceWithSecrets, retryOnConflict, type OwnerKind } from '@/lib/http/owner-writes';

/**
 * `<name>/<uid>` of the credentials Secret this dashboard created for a GitRepo, kept in the GitRepo's annotations:
 * a person who may delete but not read Secrets (the operator role) can still tell the dashboard's Secret from a
 * hand-made one of the same name, and the delete's uid precondition makes the API server refuse any other object.
 */
export const AUTH_SECRET_ANNOTATION = 'fleet-dashboard/auth-secret';

/** Does any other GitRepo of the workspace (as the cache knows them) reference this Secret? */
function usedByAnotherGitRepo(namespace: string, gitRepo: string, secret: string): boolean {
  const store = getCache().store('gitrepos');
  for (const key of store.indexes.get('workspace', namespace)) {
    const o = store.get(key)?.obj;
    if (!o || o.metadata.name === gitRepo) continue;
    const spec = (o.spec ?? {}) as Record<string, unknown>;
    if (['clientSecretName', 'helmSecretName', 'helmSecretNameForPaths'].some((f) => spec[f] === secret)) return true;
  }
  return false;
}

const GITREPO: OwnerKind<GitRepo> = {
  kind: 'GitRepo',
  resource: 'gitrepos',
  annotation: AUTH_SECRET_ANNOTATION,
  // The API server's answer as it is (no parse: the response shows every field it has).
  parse: (o) => o as GitRepo,
  labelsOurs: (l, name) => l[SECRET_LABELS.managedBy] === MANAGED_BY && l[SECRET_LABELS.gitRepo] === name && l[SECRET_LABELS.purpose] === 'git-auth',
  usedElsewhere: usedByAnotherGitRepo,
};

export function createGitRepo(client: K8sClient, namespace: string, form: GitRepoForm): Promise<GitRepo> {
  const secrets = secretsForForm(form, namespace);
  return createWithSecrets(client, GITREPO, namespace, formToGitRepo(form, { namespace }), (created) => secrets.map((s) => withOwner(s, created)));
}

/** Deletes the GitRepo's previous credentials Secret only when this dashboard created it for this GitRepo. */
export function removeStaleAuthSecret(client: K8sClient, namespace: string, gitRepo: GitRepo, stale: string): Promise<'deleted' | 'kept'> {
  return removeStaleSecret(client, GITREPO, namespace, gitRepo, stale);
}

export async function updateGitRepo(
  client: K8sClient,
  namespace: string,
  name: string,
  form: GitRepoForm,
  loaded: { resourceVersion: string; generation?: number },
): Promise<GitRepo> {
  const existing = GitRepoSchema.parse(await client.get('gitrepos', namespace, name));
  const resourceVersion = writeResourceVersion(existing, loaded);
  const manifest: GitRepoManifest = formToGitRepo(form, { namespace, existing, resourceVersion });
  const secrets = secretsForForm(form, namespace, existing).map((s) => withOwner(s, existing));
  return replaceWithSecrets(client, GITREPO, existing, manifest, secrets, manifest.spec.clientSecretName, staleAuthSecret(existing, manifest));
}

/** Pause, unpause or force update; force update bumps forceSyncGeneration with a resourceVersion precondition. */
export async function runAction(client: K8sClient, namespace: string, name: string, action: GitRepoAction) {
  if (action === 'pause' || action === 'unpause') {
    const paused = action === 'pause';
    const o = GitRepoSchema.parse(await client.mergePatch('gitrepos', namespace, name, { spec: { paused } }));
    return { message: paused ? 'Paused' : 'Unpaused', generation: o.metadata.generation };
  }
  return retryOnConflict(async () => {
    const cur = GitRepoSchema.parse(await client.get('gitrepos', namespace, name));
    const next = (cur.spec.forceSyncGeneration ?? 0) + 1;
    const o = GitRepoSchema.parse(
      await client.mergePatch('gitrepos', namespace, name, {
        metadata: { resourceVersion: cur.metadata.resourceVersion },
        spec: { forceSyncGeneration: next },
      }),
    );
    return { message: `Force update requested (forceSyncGeneration ${next})`, generation: o.metadata.generation, forceSyncGeneration: next };
  });
}
