// GitRepo writes on a person's behalf: create (GitRepo first, then its credentials Secret owned by
// it, rollback on failure), edit (new Secret first, replace with resourceVersion, stale Secret
// removed), actions. The form is validated here again with the same schema as the browser. Secret
// values never reach a log or a response.
import { forgetSecret } from '@/lib/k8s/secret-presence';
import {
  fieldErrors as formFieldErrors,
  formToGitRepo,
  GitRepoFormSchema,
  secretsForForm,
  staleAuthSecret,
  withOwner,
  writeResourceVersion,
  type GitRepoForm,
  type GitRepoManifest,
} from '@/lib/fleet/forms';
import { GitRepoSchema, type GitRepo } from '@/lib/fleet/kinds/gitrepo';
import type { GitRepoAction } from '@/lib/fleet/rows/gitrepo-detail';
import type { K8sClient } from '@/lib/k8s/client';
import { K8sError, toApiError, type FieldError } from '@/lib/k8s/errors';
import { jsonError } from '@/lib/http/route';

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Validates the submitted form with GitRepoFormSchema; 422 with per-field messages otherwise. */
export function parseForm(raw: unknown): Parsed<GitRepoForm> {
  const r = GitRepoFormSchema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  const errs = Object.entries(formFieldErrors(r.error)).map(([field, message]) => ({ field, message }));
  const n = errs.length;
  return { ok: false, response: jsonError(422, `${n} field${n === 1 ? ' needs' : 's need'} attention; nothing was saved.`, errs) };
}

/** Kubernetes' field paths (spec.repo, metadata.name) → the form's (repo, name). */
function toFormField(f: FieldError): FieldError {
  const field = f.field.replace(/^metadata\./, '').replace(/^spec\./, '');
  return { field, message: f.message };
}

/** Maps a failed write to a response; AlreadyExists becomes an error on the name field. */
export function writeError(err: unknown, name: string, namespace: string): Response {
  const e = toApiError(err);
  if (err instanceof K8sError && e.status === 409 && err.k8sStatus?.reason === 'AlreadyExists') {
    const kind = err.k8sStatus.details?.kind === 'secrets' ? 'Secret' : 'GitRepo';
    const message = `A ${kind} named "${err.k8sStatus.details?.name ?? name}" already exists in workspace ${namespace}. Pick another name.`;
    return jsonError(409, message, [{ field: 'name', message }]);
  }
  if (e.status === 500) console.error('GitRepo write failed:', err instanceof Error ? err.message : 'unknown error');
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
  try {
    for (const s of secrets) {
      await client.secrets.create(namespace, withOwner(s, created));
      forgetSecret(namespace, s.metadata.name);
    }
  } catch (err) {
    // Roll back so no GitRepo points at a Secret that does not exist; its own errors are secondary.
    await client.delete('gitrepos', namespace, created.metadata.name).catch(() => undefined);
    throw err;
  }
  return created as GitRepo;
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
  const made: string[] = [];
  try {
    for (const s of secrets) {
      await client.secrets.create(namespace, s);
      forgetSecret(namespace, s.metadata.name);
      made.push(s.metadata.name);
    }
    const updated = await client.replace('gitrepos', namespace, manifest);
    const stale = staleAuthSecret(existing, manifest);
    if (stale) await client.secrets.delete(namespace, stale).catch(() => undefined);
    return updated as GitRepo;
  } catch (err) {
    for (const n of made) await client.secrets.delete(namespace, n).catch(() => undefined);
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
