// Plain-language explanations of each Policy field, for the view/edit page (Fleet v0.16.0
// pkg/apis/fleet.cattle.io/v1alpha1/policy_types.go and the enforcement in evaluate.ts). A Policy
// has no namespace-creation or target-namespace setting: target namespaces are restricted only by
// GitRepoRestrictions (allowedTargetNamespaces), and only for GitRepos.
import type { Policy } from '../kinds/policy';

export interface FieldExplanation {
  path: string;
  label: string;
  /** What the field does, whatever its value. */
  help: string;
  /** Which kinds it applies to. */
  appliesTo: ('GitRepo' | 'HelmOp' | 'Bundle')[];
}

export const POLICY_FIELDS: readonly FieldExplanation[] = [
  {
    path: 'requireServiceAccount',
    label: 'Require a service account',
    help: 'GitRepos, HelmOps and Bundles without a service account (after defaults are applied) are rejected, so nothing deploys with the agent\'s own cluster-admin rights.',
    appliesTo: ['GitRepo', 'HelmOp', 'Bundle'],
  },
  {
    path: 'allowedServiceAccounts',
    label: 'Allowed service accounts',
    help: 'If not empty, a service account that is set must be one of these (also per-target accounts of a Bundle). An empty service account passes this check unless one is required.',
    appliesTo: ['GitRepo', 'HelmOp', 'Bundle'],
  },
  {
    path: 'gitRepo.defaultServiceAccount',
    label: 'Default service account for GitRepos',
    help: 'Written into GitRepos that set none, before the checks run (Fleet updates the GitRepo\'s spec).',
    appliesTo: ['GitRepo'],
  },
  { path: 'gitRepo.defaultClientSecretName', label: 'Default Git credentials Secret', help: 'Used for GitRepos that name no credentials Secret.', appliesTo: ['GitRepo'] },
  {
    path: 'gitRepo.allowedClientSecretNames',
    label: 'Allowed Git credentials Secrets',
    help: 'If not empty, a GitRepo naming a credentials Secret must name one of these.',
    appliesTo: ['GitRepo'],
  },
  {
    path: 'gitRepo.allowedRepoPatterns',
    label: 'Allowed Git repositories',
    help: 'If not empty, the repository URL must equal one of these or match it as a regular expression over the whole URL (Go syntax).',
    appliesTo: ['GitRepo'],
  },
  { path: 'helmOp.defaultServiceAccount', label: 'Default service account for HelmOps', help: 'Used for HelmOps that set none, before the checks run.', appliesTo: ['HelmOp'] },
  { path: 'helmOp.defaultHelmSecretName', label: 'Default Helm credentials Secret', help: 'Used for HelmOps that name no credentials Secret.', appliesTo: ['HelmOp'] },
  {
    path: 'helmOp.allowedHelmSecretNames',
    label: 'Allowed Helm credentials Secrets',
    help: 'If not empty, a HelmOp naming a credentials Secret must name one of these.',
    appliesTo: ['HelmOp'],
  },
  {
    path: 'helmOp.allowedHelmRepoPatterns',
    label: 'Allowed Helm repositories',
    help: 'If not empty, the HelmOp\'s repository (https:// or oci://) must equal one of these or match it as a regular expression over the whole value. Chart archives (.tgz URL in the chart field) have no repository and pass.',
    appliesTo: ['HelmOp'],
  },
  {
    path: 'helmOp.allowedChartPatterns',
    label: 'Allowed charts',
    help: 'If not empty, the chart name (or archive URL) must equal one of these or match it as a regular expression over the whole value.',
    appliesTo: ['HelmOp'],
  },
];

export const POLICY_OVERVIEW =
  'A Policy limits what GitRepos, HelmOps and Bundles in its workspace may do. Several Policies in one workspace add up: lists are merged, a requirement set by any of them applies, and for defaults the Policy first in name order wins. A rejected object is not deployed; Fleet marks it not Accepted (GitRepos, HelmOps) or not Ready (Bundles) and records a PolicyViolation event.';

const get = (p: Policy, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), p);

/** One sentence per field that is set, saying what this Policy does. */
export function summarisePolicy(p: Policy): string[] {
  const out: string[] = [];
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  if (p.requireServiceAccount) out.push('Every GitRepo, HelmOp and Bundle must use a service account.');
  for (const f of POLICY_FIELDS) {
    const v = get(p, f.path);
    if (f.path === 'requireServiceAccount' || v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length > 0) out.push(`${f.label}: ${list(v).join(', ')}.`);
    } else out.push(`${f.label}: ${String(v)}.`);
  }
  if (out.length === 0) out.push('This Policy sets nothing: it allows everything.');
  return out;
}
