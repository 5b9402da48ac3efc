// PolicyFormSchema and form ⇄ Policy conversion for the Policy view/edit page. Lists are arrays of
// strings (one input per entry); names are checked as object names, patterns as Go regular
// expressions (Fleet compiles them with regexp.Compile, anchored for Policies). Fields are top-level
// on a Policy (no spec); unknown fields of an edited Policy are kept.
import { z } from 'zod';
import { FLEET_API_VERSION } from '../kinds/common';
import type { Policy } from '../kinds/policy';
import { validateDns1123Subdomain } from '../names';
import { field, flag, objectName } from './fields';
import { goRegexError } from './spec-validators';

const nameList = (what: string) => z.array(objectName(what, { always: true })).default([]);
const patternList = z.array(field((v) => goRegexError(v), { trim: false, always: true })).default([]);

export const PolicyFormSchema = z
  .object({
    name: field((v) => validateDns1123Subdomain(v, 'Name')[0], { always: true }),
    requireServiceAccount: flag,
    allowedServiceAccounts: nameList('Service account'),
    gitRepo: z
      .object({
        defaultServiceAccount: objectName('Service account'),
        defaultClientSecretName: objectName('Secret name'),
        allowedClientSecretNames: nameList('Secret name'),
        allowedRepoPatterns: patternList,
      })
      .default({ defaultServiceAccount: '', defaultClientSecretName: '', allowedClientSecretNames: [], allowedRepoPatterns: [] }),
    helmOp: z
      .object({
        defaultServiceAccount: objectName('Service account'),
        defaultHelmSecretName: objectName('Secret name'),
        allowedHelmSecretNames: nameList('Secret name'),
        allowedHelmRepoPatterns: patternList,
        allowedChartPatterns: patternList,
      })
      .default({ defaultServiceAccount: '', defaultHelmSecretName: '', allowedHelmSecretNames: [], allowedHelmRepoPatterns: [], allowedChartPatterns: [] }),
  })
  .superRefine((f, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    // A default that the allow-list refuses would make every object relying on it rejected.
    const allowed = f.allowedServiceAccounts;
    for (const k of ['gitRepo', 'helmOp'] as const) {
      const d = f[k].defaultServiceAccount;
      if (d && allowed.length > 0 && !allowed.includes(d)) issue([k, 'defaultServiceAccount'], `Not in the allowed service accounts: objects relying on this default would be rejected`);
    }
    if (f.gitRepo.defaultClientSecretName && f.gitRepo.allowedClientSecretNames.length > 0 && !f.gitRepo.allowedClientSecretNames.includes(f.gitRepo.defaultClientSecretName)) {
      issue(['gitRepo', 'defaultClientSecretName'], 'Not in the allowed Git credentials Secrets');
    }
    if (f.helmOp.defaultHelmSecretName && f.helmOp.allowedHelmSecretNames.length > 0 && !f.helmOp.allowedHelmSecretNames.includes(f.helmOp.defaultHelmSecretName)) {
      issue(['helmOp', 'defaultHelmSecretName'], 'Not in the allowed Helm credentials Secrets');
    }
    const dupes = (list: string[], path: (string | number)[]) =>
      list.forEach((v, i) => {
        if (list.indexOf(v) !== i) issue([...path, i], 'Listed twice');
      });
    dupes(f.allowedServiceAccounts, ['allowedServiceAccounts']);
    dupes(f.gitRepo.allowedRepoPatterns, ['gitRepo', 'allowedRepoPatterns']);
    dupes(f.helmOp.allowedHelmRepoPatterns, ['helmOp', 'allowedHelmRepoPatterns']);
    dupes(f.helmOp.allowedChartPatterns, ['helmOp', 'allowedChartPatterns']);
  });

export type PolicyForm = z.output<typeof PolicyFormSchema>;

export function emptyPolicyForm(): PolicyForm {
  return { ...PolicyFormSchema.parse({ name: 'x' }), name: '' };
}

export function policyToForm(p: Pick<Policy, 'metadata' | 'requireServiceAccount' | 'allowedServiceAccounts' | 'gitRepo' | 'helmOp'>): PolicyForm {
  return {
    name: p.metadata.name,
    requireServiceAccount: p.requireServiceAccount ?? false,
    allowedServiceAccounts: [...(p.allowedServiceAccounts ?? [])],
    gitRepo: {
      defaultServiceAccount: p.gitRepo?.defaultServiceAccount ?? '',
      defaultClientSecretName: p.gitRepo?.defaultClientSecretName ?? '',
      allowedClientSecretNames: [...(p.gitRepo?.allowedClientSecretNames ?? [])],
      allowedRepoPatterns: [...(p.gitRepo?.allowedRepoPatterns ?? [])],
    },
    helmOp: {
      defaultServiceAccount: p.helmOp?.defaultServiceAccount ?? '',
      defaultHelmSecretName: p.helmOp?.defaultHelmSecretName ?? '',
      allowedHelmSecretNames: [...(p.helmOp?.allowedHelmSecretNames ?? [])],
      allowedHelmRepoPatterns: [...(p.helmOp?.allowedHelmRepoPatterns ?? [])],
      allowedChartPatterns: [...(p.helmOp?.allowedChartPatterns ?? [])],
    },
  };
}

/** Only set fields, so the stored object stays readable; an empty sub-object is left out. */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> | undefined {
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== false && !(Array.isArray(v) && v.length === 0)));
  return Object.keys(out).length > 0 ? (out as Partial<T>) : undefined;
}

export interface PolicyManifest {
  apiVersion: typeof FLEET_API_VERSION;
  kind: 'Policy';
  metadata: { name: string; namespace: string; resourceVersion?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

export function formToPolicy(f: PolicyForm, opts: { namespace: string; existing?: Policy }): PolicyManifest {
  const { existing } = opts;
  const keep: Record<string, unknown> = {};
  if (existing) {
    for (const [k, v] of Object.entries(existing)) {
      if (!['apiVersion', 'kind', 'metadata', 'requireServiceAccount', 'allowedServiceAccounts', 'gitRepo', 'helmOp'].includes(k)) keep[k] = v;
    }
  }
  const metadata: PolicyManifest['metadata'] = { name: existing?.metadata.name ?? f.name, namespace: opts.namespace };
  if (existing?.metadata.resourceVersion) metadata.resourceVersion = existing.metadata.resourceVersion;
  if (existing?.metadata.labels) metadata.labels = { ...existing.metadata.labels };
  if (existing?.metadata.annotations) metadata.annotations = { ...existing.metadata.annotations };
  const gitRepo = compact({ ...(existing?.gitRepo ?? {}), ...f.gitRepo });
  const helmOp = compact({ ...(existing?.helmOp ?? {}), ...f.helmOp });
  return {
    apiVersion: FLEET_API_VERSION,
    kind: 'Policy',
    metadata,
    ...keep,
    ...(f.requireServiceAccount && { requireServiceAccount: true }),
    ...(f.allowedServiceAccounts.length > 0 && { allowedServiceAccounts: [...f.allowedServiceAccounts] }),
    ...(gitRepo && { gitRepo }),
    ...(helmOp && { helmOp }),
  };
}
