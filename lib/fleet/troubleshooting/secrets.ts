// GitRepos whose clientSecretName / helmSecretName / helmSecretNameForPaths Secret is missing. Secrets are not part of
// Rancher backups by default, so after a restore the GitRepo points at nothing. Existence comes from the caller
// (a metadata read or dry-run as the person); when that is unknown, Fleet's own condition text is the evidence.
import type { Detector, Finding, GitRepoIn } from './types';
import { key, ref } from './util';
import { pageUrl } from '@/lib/http/urls';

export const SECRET_FIELDS = ['clientSecretName', 'helmSecretName', 'helmSecretNameForPaths'] as const;
export type SecretField = (typeof SECRET_FIELDS)[number];

/** Fleet's wording when a referenced Secret is gone (gitjob_controller.go, and git/helm auth failures it causes). */
const NOT_FOUND_RE = /secrets? "?([^"\s]+?)"? not found/i;
const LOOKUP_RE = /failed to look up (helmSecretName|helmSecretNameForPaths|clientSecretName)/i;
const AUTH_RE =
  /authentication required|could not read Username|terminal prompts disabled|Permission denied \(publickey\)|\bUnauthorized\b|requested access to the resource is denied|failed to get secret/i;

/** The GitRepo condition message that best explains a secret problem, if any. */
export function secretErrorText(g: GitRepoIn): string | undefined {
  const msgs = (g.status?.conditions ?? [])
    .filter((c) => c.message && ((c.type === 'Stalled' && c.status === 'True') || c.status === 'False'))
    .map((c) => c.message!);
  return msgs.find((m) => NOT_FOUND_RE.test(m) || LOOKUP_RE.test(m)) ?? msgs.find((m) => AUTH_RE.test(m));
}

export function gitRepoEditHref(g: { metadata: { namespace?: string; name: string } }): string {
  return `${pageUrl.gitrepoEdit(g.metadata.namespace ?? '', g.metadata.name)}#auth`;
}

export const missingSecret: Detector = ({ gitrepos, secretExists }) => {
  const out: Finding[] = [];
  for (const g of gitrepos) {
    const ns = g.metadata.namespace ?? '';
    const errorText = secretErrorText(g);
    for (const field of SECRET_FIELDS) {
      const name = g.spec[field];
      if (!name) continue;
      const exists = secretExists?.(ns, name);
      if (exists === true) continue;
      // Unknown existence: only a Fleet error naming this secret, its field, or an auth failure counts as evidence.
      const named = errorText && (errorText.includes(name) || errorText.includes(field) || (field === 'clientSecretName' && !LOOKUP_RE.test(errorText)));
      if (exists === undefined && !named) continue;
      const sure = exists === false;
      out.push({
        id: `missing-secret:${key(ns, g.metadata.name)}:${field}`,
        detector: 'missing-secret',
        severity: 'error',
        title: sure
          ? `GitRepo ${g.metadata.name}: Secret ${name} (${field}) does not exist`
          : `GitRepo ${g.metadata.name}: Secret ${name} (${field}) is probably missing`,
        explanation:
          (sure
            ? `spec.${field} names Secret ${ns}/${name}, which does not exist in the workspace. `
            : `spec.${field} names Secret ${ns}/${name}. You may not read Secrets here, so the dashboard cannot check it, ` +
              `but Fleet reports: “${errorText}”. `) +
          (field === 'clientSecretName'
            ? 'Without it Fleet cannot authenticate to the Git repository, so no new commits are deployed. '
            : 'Without it Fleet cannot authenticate to the Helm repository, so charts cannot be downloaded. ') +
          'Secrets are not included in Rancher backups by default; recreate it with the same name.',
        objects: [ref('GitRepo', g.metadata), { kind: 'Secret', namespace: ns, name, note: sure ? 'missing' : 'not readable; probably missing' }],
        fix: { type: 'link', label: `Recreate Secret ${name}`, href: gitRepoEditHref(g) },
      });
    }
  }
  return out;
};
