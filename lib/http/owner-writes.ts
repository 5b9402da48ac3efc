// Writes shared by the kinds a form creates with a write-only credentials Secret (GitRepo, HelmOp): create (dry run,
// the object, then its Secrets owned by it, rollback on failure), edit (new Secrets first, replace with the
// resourceVersion, the previous dashboard-made Secret removed), the force-update retry and the error mapping. What
// differs per kind (manifest, Secret names, labels, annotation) comes in as `OwnerKind`. Secret values never reach
// a log or a response.
import { forgetSecret } from '@/lib/k8s/secret-presence';
import type { FleetPlural, K8sClient, SecretMetadata, SecretWrite } from '@/lib/k8s/client';
import { K8sError, toApiError, type FieldError } from '@/lib/k8s/errors';
import { log } from '@/lib/log';
import { jsonError } from './route';

type Meta = { name: string; namespace?: string; uid?: string; annotations?: Record<string, string> };
type Obj = { metadata: Meta };
type Made = { name: string; uid?: string };

/** One kind's part of the plan. */
export interface OwnerKind<T extends Obj> {
  kind: 'GitRepo' | 'HelmOp';
  resource: FleetPlural;
  /** Annotation holding `<name>/<uid>` of the Secret this dashboard made, for people who may not read Secret metadata. */
  annotation: string;
  parse: (o: unknown) => T;
  /** Do these labels mark the Secret as made by this dashboard for the object named? */
  labelsOurs: (labels: Record<string, string>, ownerName: string) => boolean;
  /** Is the Secret referenced by another object of the kind (then it is never deleted)? */
  usedElsewhere?: (namespace: string, ownerName: string, secret: string) => boolean;
}

/** Kubernetes' field paths (spec.repo, metadata.name) → the form's (repo, name). */
function toFormField(f: FieldError): FieldError {
  const field = f.field.replace(/^metadata\./, '').replace(/^spec\./, '');
  return { field, message: f.message };
}

/** Maps a failed write to a response; AlreadyExists becomes an error on the name field. `word`: the kind written. */
export function writeError(err: unknown, name: string, namespace: string, word: 'GitRepo' | 'HelmOp'): Response {
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

export function secretRecord(s: Made | undefined): string | undefined {
  return s?.uid ? `${s.name}/${s.uid}` : undefined;
}

/** The `<name>/<uid>` record in the annotation, when well-formed. */
export function recordedSecret(o: Obj, annotation: string): { name: string; uid: string } | undefined {
  const [name, uid, ...rest] = (o.metadata.annotations?.[annotation] ?? '').split('/');
  return name && uid && !rest.length ? { name, uid } : undefined;
}

/** Creates the object, then its Secrets owned by it; deletes the object again if a Secret fails. */
export async function createWithSecrets<T extends Obj>(
  client: K8sClient,
  k: OwnerKind<T>,
  namespace: string,
  manifest: Obj & { metadata: { resourceVersion?: string } },
  secretsFor: (created: T) => SecretWrite[],
): Promise<T> {
  // Dry run first: invalid input, a taken name and RBAC denials surface with nothing written.
  await client.create(k.resource, namespace, manifest, { dryRun: true });
  const created = k.parse(await client.create(k.resource, namespace, manifest));
  const made: Made[] = [];
  try {
    for (const s of secretsFor(created)) {
      made.push(await client.secrets.create(namespace, s));
      forgetSecret(namespace, s.metadata.name ?? '');
    }
  } catch (err) {
    // Roll back so no object points at a Secret that does not exist; its own errors are secondary.
    await client.delete(k.resource, namespace, created.metadata.name, { uid: created.metadata.uid }).catch(() => undefined);
    throw err;
  }
  const record = secretRecord(made[0]);
  if (!record) return created;
  // Record which Secret this dashboard made, so a later edit can tell it from a hand-made one of the same name.
  return k.parse(
    await client.mergePatch(k.resource, namespace, created.metadata.name, { metadata: { annotations: { [k.annotation]: record } } }).catch(() => created),
  );
}

/**
 * Edit: the new Secrets first, then the replace (its manifest carries the resourceVersion checked by the caller), then
 * the previous Secret removed when it is stale and ours. A failed replace deletes only the Secrets this call made.
 */
export async function replaceWithSecrets<T extends Obj>(
  client: K8sClient,
  k: OwnerKind<T>,
  existing: T,
  manifest: Obj & { metadata: { resourceVersion?: string } },
  secrets: SecretWrite[],
  secretRef: string | null | undefined,
  stale: string | undefined,
): Promise<T> {
  const namespace = manifest.metadata.namespace ?? '';
  const made: Made[] = [];
  try {
    for (const s of secrets) {
      made.push(await client.secrets.create(namespace, s));
      forgetSecret(namespace, s.metadata.name ?? '');
    }
    const annotations = { ...manifest.metadata.annotations };
    const record = secretRecord(made[0]);
    if (record) annotations[k.annotation] = record;
    else if (recordedSecret(existing, k.annotation)?.name !== secretRef) delete annotations[k.annotation];
    manifest.metadata.annotations = annotations;
    const updated = k.parse(await client.replace(k.resource, namespace, manifest));
    if (stale) await removeStaleSecret(client, k, namespace, existing, stale).catch(() => 'kept');
    return updated;
  } catch (err) {
    for (const m of made) await client.secrets.delete(namespace, m.name, { uid: m.uid }).catch(() => undefined);
    throw err;
  }
}

function isOurs<T extends Obj>(k: OwnerKind<T>, meta: SecretMetadata, owner: T): boolean {
  return k.labelsOurs(meta.labels ?? {}, owner.metadata.name) && (meta.ownerReferences ?? []).some((o) => o.kind === k.kind && o.uid === owner.metadata.uid);
}

/**
 * Deletes the owner's previous credentials Secret only when this dashboard created it for this owner: its labels
 * and owner reference (when the person may read Secret metadata) or the uid recorded at creation, sent as the
 * delete's precondition. A hand-made Secret that merely has the name pattern, or one used elsewhere, is left alone.
 */
export async function removeStaleSecret<T extends Obj>(client: K8sClient, k: OwnerKind<T>, namespace: string, owner: T, stale: string): Promise<'deleted' | 'kept'> {
  if (k.usedElsewhere?.(namespace, owner.metadata.name, stale)) return 'kept';
  const meta = await client.secrets.metadata(namespace, stale);
  if (meta === null) return 'kept'; // already gone
  let preconditions: { uid?: string; resourceVersion?: string };
  if (meta) {
    if (!isOurs(k, meta, owner) || !meta.uid) return 'kept';
    preconditions = { uid: meta.uid, resourceVersion: meta.resourceVersion };
  } else {
    const rec = recordedSecret(owner, k.annotation);
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

/**
 * Runs a read-then-patch write again when the API server answers 409 (the patch carried the resourceVersion it read
 * and someone else wrote first): two people pressing Force update at once give two bumps, not one.
 */
export async function retryOnConflict<R>(write: () => Promise<R>, attempts = 5): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (!(err instanceof K8sError && err.httpStatus === 409) || attempt >= attempts) throw err;
    }
  }
}
