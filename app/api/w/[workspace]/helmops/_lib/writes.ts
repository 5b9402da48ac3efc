// HelmOp writes on a person's behalf, on the plan of lib/http/owner-writes.ts: create (dry run, HelmOp,
// then its credentials Secret owned by it, rollback on failure), edit (new Secret first, replace with
// resourceVersion, the previous dashboard-made Secret removed), actions (pause, force update, pin/unpin the chart
// version). The form is validated again with the browser's schema. Secret values never reach a log or a response.
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
import { createWithSecrets, replaceWithSecrets, retryOnConflict, type OwnerKind } from '@/lib/http/owner-writes';
import { HttpError } from '@/lib/http/http-error';

/** `<name>/<uid>` of the credentials Secret this dashboard created, so a person who cannot read Secrets can still tell it apart. */
export const HELM_AUTH_SECRET_ANNOTATION = 'fleet-dashboard/helm-auth-secret';

const HELMOP: OwnerKind<HelmOp> = {
  kind: 'HelmOp',
  resource: 'helmops',
  annotation: HELM_AUTH_SECRET_ANNOTATION,
  parse: (o) => HelmOpSchema.parse(o),
  labelsOurs: (l, name) => l[SECRET_LABELS.managedBy] === MANAGED_BY && l[HELMOP_SECRET_LABEL] === name,
};

export function createHelmOp(client: K8sClient, namespace: string, form: HelmOpForm): Promise<HelmOp> {
  const secrets = helmOpSecretsForForm(form, namespace);
  return createWithSecrets(client, HELMOP, namespace, formToHelmOp(form, { namespace }), (created) => secrets.map((s) => withHelmOpOwner(s, created)));
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
  return replaceWithSecrets(client, HELMOP, existing, manifest, secrets, manifest.spec.helmSecretName, staleHelmAuthSecret(existing, manifest));
}

/** Pause, unpause, force update (spec.forceSyncGeneration bump, retried on 409), pin to an exact version or unpin. */
export async function runHelmOpAction(client: K8sClient, namespace: string, name: string, a: HelmOpAction) {
  if (a.action === 'pause' || a.action === 'unpause') {
    const paused = a.action === 'pause';
    const o = HelmOpSchema.parse(await client.mergePatch('helmops', namespace, name, { spec: { paused } }));
    return { message: paused ? 'Paused' : 'Unpaused', generation: o.metadata.generation };
  }
  // Every write below carries the resourceVersion it read: two people at once give two bumps, or one pin refused.
  return retryOnConflict(async () => {
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
    const o = HelmOpSchema.parse(await client.mergePatch('helmops', namespace, name, patch));
    return { message, generation: o.metadata.generation, forceSyncGeneration: o.spec.forceSyncGeneration ?? undefined };
  });
}
