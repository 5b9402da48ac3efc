// Secrets for credentials typed into the GitRepo form (read by internal/cmd/controller/gitops/reconciler/gitjob.go in Fleet v0.16.0), and redaction.
//
// Ownership plan. The operator role may create and delete Secrets but never read, update or patch
// them, so an ownerReference cannot be added later: it must be in the Secret's create body, which
// needs the GitRepo's uid. Hence:
// - create: dry-run create the GitRepo (catches invalid input, a taken name and RBAC denials with
//   no side effects) → create the GitRepo → create the Secret with withOwner(secret, createdGitRepo)
//   → if that fails (e.g. the Secret name is taken), delete the GitRepo (rollback). The Secret
//   appears milliseconds after the GitRepo; Fleet's first clone may log a missing-secret event and
//   retries (the job pod waits for its secret volume, polling retries at the next interval).
// - edit with new credentials: the GitRepo's uid is known, so create the new Secret (named by
//   authSecretName, never the one in use) with the owner first → update the GitRepo with its
//   resourceVersion → on failure (e.g. 409 conflict) delete the new Secret; on success delete
//   staleAuthSecret(...), the previous form-created Secret, so old credentials do not linger — only once
//   its labels and owner, or the uid recorded on the GitRepo when it was created, show the dashboard made it.
// With the ownerReference, deleting the GitRepo makes Kubernetes' garbage collector delete its
// Secrets once Fleet's finalizer is gone. blockOwnerDeletion is left unset: nothing needs to wait
// for the Secrets, and setting it would require update rights on gitrepos/finalizers.
import { FLEET_API_VERSION } from '../kinds/common';
import type { GitRepo } from '../kinds/gitrepo';
import type { GitRepoForm } from './gitrepo-form';
import { authSecretName, isAuthSecretNameOf } from './secret-names';

export const SECRET_LABELS = {
  managedBy: 'app.kubernetes.io/managed-by',
  gitRepo: 'fleet-dashboard/gitrepo',
  purpose: 'fleet-dashboard/purpose',
} as const;
export const MANAGED_BY = 'fleet-dashboard';
/** Label selector that finds the credential Secrets the dashboard created for one GitRepo. */
export const authSecretSelector = (gitRepoName: string) =>
  `${SECRET_LABELS.managedBy}=${MANAGED_BY},${SECRET_LABELS.gitRepo}=${gitRepoName},${SECRET_LABELS.purpose}=git-auth`;

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
}

export interface SecretManifest {
  apiVersion: 'v1';
  kind: 'Secret';
  type: 'kubernetes.io/basic-auth' | 'kubernetes.io/ssh-auth';
  metadata: { name: string; namespace: string; labels: Record<string, string>; ownerReferences?: OwnerReference[] };
  stringData: Record<string, string>;
}

/**
 * Secrets to create for the form's credentials ([] for none/existing). `existing` is the GitRepo
 * being edited, so the name matches what formToGitRepo puts in spec.clientSecretName.
 */
export function secretsForForm(form: GitRepoForm, namespace: string, existing?: Pick<GitRepo, 'metadata' | 'spec'>): SecretManifest[] {
  const gitRepoName = existing?.metadata.name ?? form.name;
  const metadata = {
    name: authSecretName(gitRepoName, existing),
    namespace,
    labels: { [SECRET_LABELS.managedBy]: MANAGED_BY, [SECRET_LABELS.gitRepo]: gitRepoName, [SECRET_LABELS.purpose]: 'git-auth' },
  };
  const { auth } = form;
  if (auth.type === 'basic') {
    // Fleet uses the password as username when username is empty, so the key is left out then.
    const stringData = { ...(auth.username && { username: auth.username }), password: auth.password };
    return [{ apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/basic-auth', metadata, stringData }];
  }
  if (auth.type === 'ssh') {
    // OpenSSH rejects a key file without its final newline ("error in libcrypto").
    const stringData: Record<string, string> = { 'ssh-privatekey': `${auth.privateKey.trim()}\n` };
    if (auth.knownHosts.trim()) stringData.known_hosts = `${auth.knownHosts.trim()}\n`;
    return [{ apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/ssh-auth', metadata, stringData }];
  }
  return [];
}

export function gitRepoOwnerReference(gitRepo: { metadata: { name: string; uid?: string } }): OwnerReference {
  if (!gitRepo.metadata.uid) throw new Error('the GitRepo has no uid yet: create it before its Secrets');
  return { apiVersion: FLEET_API_VERSION, kind: 'GitRepo', name: gitRepo.metadata.name, uid: gitRepo.metadata.uid };
}

/** The Secret with the GitRepo as owner, ready to create. */
export function withOwner(secret: SecretManifest, gitRepo: { metadata: { name: string; uid?: string } }): SecretManifest {
  return { ...secret, metadata: { ...secret.metadata, ownerReferences: [gitRepoOwnerReference(gitRepo)] } };
}

/**
 * After a successful edit: the previous form-created credentials Secret, if the GitRepo no longer
 * uses it. A candidate by name only: the edit route deletes it only after checking the dashboard made it
 * (removeStaleAuthSecret), since a hand-made Secret can have the same name.
 */
export function staleAuthSecret(before: Pick<GitRepo, 'metadata' | 'spec'>, after: { spec: { clientSecretName?: string } }): string | undefined {
  const old = before.spec.clientSecretName;
  if (!old || old === after.spec.clientSecretName) return undefined;
  return isAuthSecretNameOf(before.metadata.name, old) ? old : undefined;
}

export const REDACTED = '[redacted]';

/** A copy of the form that is safe to log or echo back: password and private key replaced. */
export function redact(form: GitRepoForm): GitRepoForm {
  const copy = structuredClone(form);
  if (copy.auth.type === 'basic' && copy.auth.password) copy.auth.password = REDACTED;
  if (copy.auth.type === 'ssh' && copy.auth.privateKey) copy.auth.privateKey = REDACTED;
  return copy;
}

/** A copy of a Secret manifest with every value replaced (keys kept), for logs and error reports. */
export function redactSecret(secret: SecretManifest): SecretManifest {
  return { ...secret, stringData: Object.fromEntries(Object.keys(secret.stringData).map((k) => [k, REDACTED])) };
}
