// The write-only Secret for a HelmOp's repository credentials typed into the form. Fleet reads it
// by spec.helmSecretName with bundlereader.ReadHelmAuthFromSecret (github.com/rancher/fleet v0.16.0
// internal/bundlereader/auth.go): keys `username` + `password` (both or neither), `cacerts` (PEM CA
// bundle), `insecureSkipVerify`, `basicHTTP`; the Secret's type is not checked. TLS verification is
// left to spec.insecureSkipTLSVerify (which the reconciler applies over the Secret's value), so an
// edit of that checkbox never leaves a stale copy behind in a Secret the operator cannot update.
// With a username and password the Secret is kubernetes.io/basic-auth (extra keys are allowed),
// with only a CA bundle Opaque (basic-auth requires a username or password). The ownership plan is the GitRepo one
// (gitrepo-secrets.ts): create the HelmOp, then the Secret owned by it, delete the HelmOp if that
// fails; on edit, a new Secret under a new name, the previous form-made one deleted after success.
import { FLEET_API_VERSION } from '../kinds/common';
import type { HelmOpForm } from './helmop-form';
import type { ExistingHelmOp } from './helmop-convert';
import { needsHelmSecret } from './helmop-convert';
import { MANAGED_BY, REDACTED, SECRET_LABELS, type OwnerReference } from './gitrepo-secrets';
import { helmAuthSecretName, isHelmAuthSecretNameOf } from './secret-names';

export const HELMOP_SECRET_LABEL = 'fleet-dashboard/helmop';

export interface HelmSecretManifest {
  apiVersion: 'v1';
  kind: 'Secret';
  type: 'kubernetes.io/basic-auth' | 'Opaque';
  metadata: { name: string; namespace: string; labels: Record<string, string>; ownerReferences?: OwnerReference[] };
  stringData: Record<string, string>;
}

/** Label selector that finds the credential Secrets the dashboard created for one HelmOp. */
export const helmAuthSecretSelector = (helmOpName: string) =>
  `${SECRET_LABELS.managedBy}=${MANAGED_BY},${HELMOP_SECRET_LABEL}=${helmOpName},${SECRET_LABELS.purpose}=helm-auth`;

/** Secrets to create for the form ([] when none is needed). */
export function helmOpSecretsForForm(form: HelmOpForm, namespace: string, existing?: ExistingHelmOp): HelmSecretManifest[] {
  if (!needsHelmSecret(form)) return [];
  const helmOpName = existing?.metadata.name ?? form.name;
  const stringData: Record<string, string> = {};
  if (form.auth.type === 'basic') {
    stringData.username = form.auth.username;
    stringData.password = form.auth.password;
  }
  if (form.caBundle.trim()) stringData.cacerts = `${form.caBundle.trim()}\n`;
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      type: form.auth.type === 'basic' ? 'kubernetes.io/basic-auth' : 'Opaque',
      metadata: {
        name: helmAuthSecretName(helmOpName, existing),
        namespace,
        labels: { [SECRET_LABELS.managedBy]: MANAGED_BY, [HELMOP_SECRET_LABEL]: helmOpName, [SECRET_LABELS.purpose]: 'helm-auth' },
      },
      stringData,
    },
  ];
}

/** The Secret owned by the created HelmOp (so Kubernetes deletes it with the HelmOp). */
export function withHelmOpOwner(secret: HelmSecretManifest, helmOp: { metadata: { name: string; uid?: string } }): HelmSecretManifest {
  if (!helmOp.metadata.uid) throw new Error('the HelmOp has no uid yet: create it before its Secrets');
  const owner: OwnerReference = { apiVersion: FLEET_API_VERSION, kind: 'HelmOp', name: helmOp.metadata.name, uid: helmOp.metadata.uid };
  return { ...secret, metadata: { ...secret.metadata, ownerReferences: [owner] } };
}

/** After a successful edit: the previous form-made Secret, if no longer used (a candidate by name; check its labels before deleting). */
export function staleHelmAuthSecret(before: ExistingHelmOp, after: { spec: { helmSecretName?: string | null } }): string | undefined {
  const old = before.spec.helmSecretName;
  if (!old || old === after.spec.helmSecretName) return undefined;
  return isHelmAuthSecretNameOf(before.metadata.name, old) ? old : undefined;
}

/** A copy of the form safe to log or echo back: password and CA bundle replaced. */
export function redactHelmOpForm(form: HelmOpForm): HelmOpForm {
  const copy = structuredClone(form);
  if (copy.auth.type === 'basic' && copy.auth.password) copy.auth.password = REDACTED;
  if (copy.caBundle) copy.caBundle = REDACTED;
  return copy;
}

export function redactHelmSecret(secret: HelmSecretManifest): HelmSecretManifest {
  return { ...secret, stringData: Object.fromEntries(Object.keys(secret.stringData).map((k) => [k, REDACTED])) };
}
