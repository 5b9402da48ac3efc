// HelmOp writes on a person's behalf, on the GitRepo plan (../../gitrepos/_lib/writes.ts): create (dry run, HelmOp,
// then its credentials Secret owned by it, rollback on failure), edit (new Secret first, replace with
// resourceVersion, the previous dashboard-made Secret removed), actions (pause, force update, pin/unpin the chart
// version). The form is validated again with the browser's schema. Secret values never reach a log or a response.
import { forgetSecret } from '@/lib/k8s/secret-presence';
import {
  formToHelmOp,
  helmOpSecretsForForm,
  staleHelmAuthSecret,
  withHelmOpOwner,
  writeResourceVersion,
  HELMOP_SECRET_LABEL,
  type HelmOpForm,
} from '@/lib/fleet/forms';
import { MANAGED_BY, SECRET_LABELS } from '@/lib/fleet/forms/gitrepo-secrets';
import { HelmOpSchema, type HelmOp } from '@/lib/fleet/kinds/helmop';
import type { HelmOpAction } from '@/lib/fleet/rows/helmop-detail';
import { pinHelmOpPatch, unpinHelmOpPatch } from '@/lib/fleet/pin';
import type { K8sClient } from '@/lib/k8s/client';
import { K8sError } from '@/lib/k8s/errors';
import { HttpError } from '@/lib/http/http-error';

/** `<name>/<uid>` of the credentials Secret this dashboard created, so a person who cannot read Secrets can still tell it apart. */
export const HELM_AUTH_SECRET_ANNOTATION = 'fleet-dashboard/helm-auth-secret';

function recorded(h: Pick<HelmOp, 'metadata'>): { name: string; uid: string } | undefined {
  const [name, uid, ...rest] = (h.metadata.annotations?.[HELM_AUTH_SECRET_ANNOTATION] ?? '').split('/');
  return name && uid && !rest.length ? { name, uid } : undefined;
}

export async function createHelmOp(client: K8sClient, namespace: string, form: HelmOpForm): Promise<HelmOp> {
  const manifest = formToHelmOp(form, { namespace });
  const secrets = helmOpSecretsForForm(form, namespace);
  // Dry run first: invalid input, a taken name and RBAC denials surface with nothing written.
  await client.create('helmops', namespace, manifest, { dryRun: true });
  const created = HelmOpSchema.parse(await client.create('helmops', namespace, manifest));
  let made: { name: string; uid?: string } | undefined;
  try {
    for (const s of secrets) {
      made = await client.secrets.create(namespace, withHelmOpOwner(s, created));
      forgetSecret(namespace, s.metadata.name);
    }
  } catch (err) {
    // No HelmOp may point at a Secret that does not exist.
    await client.delete('helmops', namespace, created.metadata.name, { uid: created.metadata.uid }).catch(() => undefined);
    throw err;
  }
  if (!made?.uid) return created;
  return HelmOpSchema.parse(
    await client
      .mergePatch('helmops', namespace, created.metadata.name, { metadata: { annotations: { [HELM_AUTH_SECRET_ANNOTATION]: `${made.name}/${made.uid}` } } })
      .catch(() => created),
  );
}

/** Deletes the previous credentials Secret only when this dashboard made it for this HelmOp (labels + owner, or the recorded uid). */
async function removeStale(client: K8sClient, namespace: string, h: HelmOp, stale: string): Promise<void> {
  const meta = await client.secrets.metadata(namespace, stale);
  if (meta === null) return;
  let preconditions: { uid?: string; resourceVersion?: string };
  if (meta) {
    const l = meta.labels ?? {};
    const ours =
      l[SECRET_LABELS.managedBy] === MANAGED_BY &&
      l[HELMOP_SECRET_LABEL] === h.metadata.name &&
      (meta.ownerReferences ?? []).some((o) => o.kind === 'HelmOp' && o.uid === h.metadata.uid);
    if (!ours || !meta.uid) return;
    preconditions = { uid: meta.uid, resourceVersion: meta.resourceVersion };
  } else {
    const rec = recorded(h);
    if (rec?.name !== stale) return;
    preconditions = { uid: rec.uid };
  }
  await client.secrets.delete(namespace, stale, preconditions).catch(() => undefined);
}

export async function updateHelmOp(
  client: K8sClient,
  namespace: string,
  name: string,
  form: HelmOpForm,
  loaded: { resourceVersion: string; generation?: number },
): Promise<HelmOp> {
  const existing = HelmOpSchema.parse(await client.get('helmops', namespace, name));
  const resourceVersion = writeResourceVersion(existing, loaded);
  const manifest = formToHelmOp(form, { namespace, existing, resourceVersion });
  const secrets = helmOpSecretsForForm(form, namespace, existing).map((s) => withHelmOpOwner(s, existing));
  const made: { name: string; uid?: string }[] = [];
  try {
    for (const s of secrets) {
      made.push(await client.secrets.create(namespace, s));
      forgetSecret(namespace, s.metadata.name);
    }
    const annotations = { ...manifest.metadata.annotations };
    const m = made[0];
    if (m?.uid) annotations[HELM_AUTH_SECRET_ANNOTATION] = `${m.name}/${m.uid}`;
    else if (recorded(existing)?.name !== manifest.spec.helmSecretName) delete annotations[HELM_AUTH_SECRET_ANNOTATION];
    manifest.metadata.annotations = annotations;
    const updated = HelmOpSchema.parse(await client.replace('helmops', namespace, manifest));
    const stale = staleHelmAuthSecret(existing, manifest);
    if (stale) await removeStale(client, namespace, existing, stale);
    return updated;
  } catch (err) {
    for (const x of made) await client.secrets.delete(namespace, x.name, { uid: x.uid }).catch(() => undefined);
    throw err;
  }
}

/** Pause, unpause, force update (spec.forceSyncGeneration bump, retried on 409), pin to an exact version or unpin. */
export async function runHelmOpAction(client: K8sClient, namespace: string, name: string, a: HelmOpAction) {
  if (a.action === 'pause' || a.action === 'unpause') {
    const paused = a.action === 'pause';
    const o = HelmOpSchema.parse(await client.mergePatch('helmops', namespace, name, { spec: { paused } }));
    return { message: paused ? 'Paused' : 'Unpaused', generation: o.metadata.generation };
  }
  // Every write below carries the resourceVersion it read: two people at once give two bumps, or one pin refused.
  for (let attempt = 0; ; attempt++) {
    const cur = HelmOpSchema.parse(await client.get('helmops', namespace, name));
    const rv = { resourceVersion: cur.metadata.resourceVersion };
    let patch: Record<string, unknown>;
    let message: string;
    if (a.action === 'forceUpdate') {
      const next = (cur.spec.forceSyncGeneration ?? 0) + 1;
      patch = { metadata: rv, spec: { forceSyncGeneration: next } };
      message = `Force update requested (forceSyncGeneration ${next})`;
    } else if (a.action === 'pin') {
      if (/\.tgz$/i.test(cur.spec.helm?.chart ?? '')) throw new HttpError(422, 'A chart archive URL has no version to pin.');
      const p = pinHelmOpPatch(cur, a.version);
      patch = { ...p, metadata: { ...p.metadata, ...rv } };
      message = `Pinned to chart version ${a.version}`;
    } else if (a.action === 'unpin') {
      const p = unpinHelmOpPatch(cur, a.range);
      patch = { ...p, metadata: { ...p.metadata, ...rv } };
      message = p.spec.helm.version ? `Unpinned: follows ${p.spec.helm.version}` : 'Unpinned: follows the latest stable version';
    } else {
      throw new HttpError(400, `Unknown action ${a.action}.`);
    }
    try {
      const o = HelmOpSchema.parse(await client.mergePatch('helmops', namespace, name, patch));
      return { message, generation: o.metadata.generation, forceSyncGeneration: o.spec.forceSyncGeneration ?? undefined };
    } catch (err) {
      if (!(err instanceof K8sError && err.httpStatus === 409) || attempt >= 4) throw err;
    }
  }
}
