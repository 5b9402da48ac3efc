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
