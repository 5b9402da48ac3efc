// Names of the Secrets the form creates for Git credentials.
import type { GitRepo } from '../kinds/gitrepo';

/** Matches every name authSecretName can return for a GitRepo (used to reserve it). */
export function isAuthSecretNameOf(gitRepoName: string, secret: string): boolean {
  return secret === `${gitRepoName}-auth` || (secret.startsWith(`${gitRepoName}-auth-`) && /^\d+$/.test(secret.slice(gitRepoName.length + 6)));
}

/**
 * Name of the Secret created for basic/SSH credentials. On create: `<name>-auth`. On edit, new
 * credentials get a new Secret (the operator role may create and delete Secrets, never update them),
 * named after the generation the edit will produce, so it never collides with the one in use.
 */
export function authSecretName(gitRepoName: string, existing?: Pick<GitRepo, 'metadata' | 'spec'>): string {
  if (!existing) return `${gitRepoName}-auth`;
  let n = (existing.metadata.generation ?? 0) + 1;
  let candidate = `${gitRepoName}-auth-${n}`;
  while (candidate === existing.spec.clientSecretName) candidate = `${gitRepoName}-auth-${++n}`;
  return candidate;
}

/** Matches every name helmAuthSecretName can return for a HelmOp. */
export function isHelmAuthSecretNameOf(helmOpName: string, secret: string): boolean {
  const base = `${helmOpName}-helm-auth`;
  return secret === base || (secret.startsWith(`${base}-`) && /^\d+$/.test(secret.slice(base.length + 1)));
}

/**
 * Name of the Secret created for a HelmOp's typed credentials / CA bundle: `<name>-helm-auth` on
 * create, `<name>-helm-auth-<next generation>` on edit (never the one in use), as for GitRepos.
 */
export function helmAuthSecretName(helmOpName: string, existing?: { metadata: { generation?: number }; spec: { helmSecretName?: string | null } }): string {
  const base = `${helmOpName}-helm-auth`;
  if (!existing) return base;
  let n = (existing.metadata.generation ?? 0) + 1;
  while (`${base}-${n}` === existing.spec.helmSecretName) n++;
  return `${base}-${n}`;
}
