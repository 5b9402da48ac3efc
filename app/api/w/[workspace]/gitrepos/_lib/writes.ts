// GitRepo writes on a person's behalf: create (GitRepo first, then its credentials Secret owned by
// it, rollback on failure), edit (new Secret first, replace with resourceVersion, stale Secret
// removed), actions. The form is validated here again with the same schema as the browser. Secret
// values never reach a log or a response.
import { forgetSecret } from '@/lib/k8s/secret-presence';
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
import { log } from '@/lib/log';
import type { GitRepoAction } from '@/lib/fleet/rows/gitrepo-detail';
import type { K8sClient } from '@/lib/k8s/client';
import { K8sError, toApiError, type FieldError } from '@/lib/k8s/errors';
import { jsonError } from '@/lib/http/route';

/** Kubernetes' field paths (spec.repo, metadata.name) → the form's (repo, name). */
function toFormField(f: FieldError): FieldError {
  const field = f.field.replace(/^metadata\./, '').replace(/^spec\./, '');
  return { field, message: f.message };
}

/** Maps a failed write to a response; AlreadyExists becomes an error on the name field. `word`: the kind written. */
export function writeError(err: unknown, name: string, namespace: string, word: 'GitRepo' | 'HelmOp' = 'GitRepo'): Response {
  const e = toApiError(err);
  if (err instanceof K8sError && e.status === 409 && err.k8sStatus?.reason === 'AlreadyExists') {
    const kind = err.k8sStatus.details?.kind === 'secrets' ? 'Secret' : word;
    const message = `A ${kind} named "${err.k8sStatus.details?.name ?? name}" already exists in workspace ${namespace}. Pick another name.`;
    return jsonError(409, message, [{ field: 'name', message }]);
  }
  if (e.status === 500) log.error(`${word} write failed`, { error: err instanceof Error ? err.message : 'unknown error' });
  return jsonError(e.status, e.message, e.fieldErrors?.map(toFormField));
}

/** The object as shown and downloaded: no managedFields (noise, and large). */
export function withoutManagedFields<T extends { metadata?: Record<string, unknown> }>(obj: T): T {
  if (!obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _m, ...metadata } = obj.metadata;
  void _m;
  return { ...obj, metadata };
}

export async function createGitRepo(client: K8sClient, namespace: string, form: GitRepoForm): Promise<GitRepo> {
  const manifest = formToGitRepo(form, { namespace });
  const secrets = secretsForForm(form, namespace);
  // Dry run first: invalid input, a taken name and RBAC denials surface with nothing written.
  await client.create('gitrepos', namespace, manifest, { dryRun: true });
  const created = await client.create('gitrepos', namespace, manifest);
  const made: { name: string; uid?: string }[] = [];
  try {
    for (const s of secrets) {
      made.push(await client.secrets.create(namespace, withOwner(s, created)));
      forgetSecret(namespace, s.metadata.name);
    }
  } catch (err) {
    // Roll back so no GitRepo points at a Secret that does not exist; its own errors are secondary.
    await client.delete('gitrepos', namespace, created.metadata.name, { uid: (created as GitRepo).metadata.uid }).catch(() => undefined);
    throw err;
  }
  const record = authSecretRecord(made[0]);
  if (!record) return created as GitRepo;
  // Record which Secret this dashboard made, so a later edit can tell it from a hand-made one of the same name.
  return (await client
    .mergePatch('gitrepos', namespace, created.metadata.name, { metadata: { annotations: { [AUTH_SECRET_ANNOTATION]: record } } })
    .catch(() => created)) as GitRepo;
}

/**
 * `<name>/<uid>` of the credentials Secret this dashboard created for a GitRepo, kept in the GitRepo's annotations:
 * a person who may delete but not read Secrets (the operator role) can still tell the dashboard's Secret from a
 * hand-made one of the same name, and the delete's uid precondition makes the API server refuse any other object.
 */
export const AUTH_SECRET_ANNOTATION = 'fleet-dashboard/auth-secret';

function authSecretRecord(s: { name: string; uid?: string } | undefined): string | undefined {
  return s?.uid ? `${s.name}/${s.uid}` : undefined;
}

function recordedAuthSecret(g: Pick<GitRepo, 'metadata'>): { name: string; uid: string } | undefined {
  const [name, uid, ...rest] = (g.metadata.annotations?.[AUTH_SECRET_ANNOTATION] ?? '').split('/');
  return name && uid && !rest.length ? { name, uid } : undefined;
}

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

/**
 * Deletes the GitRepo's previous credentials Secret only when this dashboard created it for this GitRepo: its labels
 * and owner (when the person may read Secret metadata) or the uid recorded at creation, sent as the delete's
 * precondition. A hand-made Secret that merely has the name pattern, or one another GitRepo uses, is left alone.
 */
export async function removeStaleAuthSecret(client: K8sClient, namespace: string, gitRepo: GitRepo, stale: string): Promise<'deleted' | 'kept'> {
  if (usedByAnotherGitRepo(namespace, gitRepo.metadata.name, stale)) return 'kept';
  const meta = await client.secrets.metadata(namespace, stale);
  if (meta === null) return 'kept'; // already gone
  let preconditions: { uid?: string; resourceVersion?: string };
  if (meta) {
    const l = meta.labels ?? {};
    const ours =
      l[SECRET_LABELS.managedBy] === MANAGED_BY &&
      l[SECRET_LABELS.gitRepo] === gitRepo.metadata.name &&
      l[SECRET_LABELS.purpose] === 'git-auth' &&
      (meta.ownerReferences ?? []).some((o) => o.kind === 'GitRepo' && o.uid === gitRepo.metadata.uid);
    if (!ours || !meta.uid) return 'kept';
    preconditions = { uid: meta.uid, resourceVersion: meta.resourceVersion };
  } else {
    const rec = recordedAuthSecret(gitRepo);
    if (rec?.name !== stale) return 'kept';
    preconditions = { uid: rec.uid };
  }
  try {
    await client.secrets.delete(namespace, stale, preconditions);
    return 'deleted';
  } catch (err) {
    // 409: the name now belongs to another object (precondition failed); 404: gone already. Neither is ours to delete.
    if (err instanceof K8sError && (err.httpStatus === 409 || err.httpStatus === 404)) return 'kept';
    throw err;
  }
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
  const made: { name: string; uid?: string }[] = [];
  try {
    for (const s of secrets) {
      made.push(await client.secrets.create(namespace, s));
      forgetSecret(namespace, s.metadata.name);
    }
    const annotations = { ...manifest.metadata.annotations };
    const record = authSecretRecord(made[0]);
    if (record) annotations[AUTH_SECRET_ANNOTATION] = record;
    else if (recordedAuthSecret(existing)?.name !== manifest.spec.clientSecretName) delete annotations[AUTH_SECRET_ANNOTATION];
    manifest.metadata.annotations = annotations;
    const updated = await client.replace('gitrepos', namespace, manifest);
    const stale = staleAuthSecret(existing, manifest);
    if (stale) await removeStaleAuthSecret(client, namespace, existing, stale).catch(() => 'kept');
    return updated as GitRepo;
  } catch (err) {
    // Only the Secrets this request just created, by their uid.
    for (const m of made) await client.secrets.delete(namespace, m.name, { uid: m.uid }).catch(() => undefined);
    throw err;
  }
}

/** Pause, unpause or force update; force update bumps forceSyncGeneration with a resourceVersion precondition. */
export async function runAction(client: K8sClient, namespace: string, name: string, action: GitRepoAction) {
  if (action === 'pause' || action === 'unpause') {
    const paused = action === 'pause';
    const o = GitRepoSchema.parse(await client.mergePatch('gitrepos', namespace, name, { spec: { paused } }));
    return { message: paused ? 'Paused' : 'Unpaused', generation: o.metadata.generation };
  }
  // Two people pressing Force update at once must give two bumps, not one: the patch carries the
  // resourceVersion it read, a 409 means someone else bumped first, so read again and bump again.
  for (let attempt = 0; ; attempt++) {
    const cur = GitRepoSchema.parse(await client.get('gitrepos', namespace, name));
    const next = (cur.spec.forceSyncGeneration ?? 0) + 1;
    try {
      const o = GitRepoSchema.parse(
        await client.mergePatch('gitrepos', namespace, name, {
          metadata: { resourceVersion: cur.metadata.resourceVersion },
          spec: { forceSyncGeneration: next },
        }),
      );
      return { message: `Force update requested (forceSyncGeneration ${next})`, generation: o.metadata.generation, forceSyncGeneration: next };
    } catch (err) {
      if (!(err instanceof K8sError && err.httpStatus === 409) || attempt >= 4) throw err;
    }
  }
}
