// GitRepo form ⇄ GitRepo object. formToGitRepo builds exactly what is sent (and shown in the YAML
// tab); gitRepoToForm fills the form from an object read from the API or edited as YAML.
import { stringify } from 'yaml';
import { FLEET_API_VERSION, type WrittenMetadata } from '../kinds/common';
import { GitRepoSchema, type GitRepo, type GitRepoSpec } from '../kinds/gitrepo';
import { advancedText, parseAdvanced, sameAdvanced } from './advanced';
import type { GitRepoForm } from './gitrepo-form';
import { correctDriftFromSpec, correctDriftToSpec } from './correct-drift';
import { targetsFromSpec, targetsToSpec } from './gitrepo-targets';
import { parseObjectYaml } from './yaml-object';
import { writtenMetadata } from './written-metadata';
import { base64Decode, base64Encode } from './pem';
import { authSecretName, isAuthSecretNameOf } from './secret-names';

export interface GitRepoManifest {
  apiVersion: typeof FLEET_API_VERSION;
  kind: 'GitRepo';
  metadata: WrittenMetadata;
  spec: GitRepoSpec;
}

export interface ToGitRepoOptions {
  namespace: string;
  /** Optimistic concurrency on edit; defaults to existing.metadata.resourceVersion. */
  resourceVersion?: string;
  /** The object being edited: its name is kept (names cannot change) and so are labels,
   * annotations, finalizers (Fleet's gitrepo-finalizer must survive a PUT) and ownerReferences. */
  existing?: Pick<GitRepo, 'metadata' | 'spec'>;
}

function clientSecretName(form: GitRepoForm, name: string, existing: ToGitRepoOptions['existing']): string | undefined {
  switch (form.auth.type) {
    case 'none':
      return undefined;
    case 'existing':
      return form.auth.secretName;
    case 'basic':
    case 'ssh':
      return authSecretName(name, existing);
  }
}

/** The GitRepo to send for a form that passed GitRepoFormSchema (throws on an unparsable advanced section). */
export function formToGitRepo(form: GitRepoForm, opts: ToGitRepoOptions): GitRepoManifest {
  const { existing } = opts;
  const name = existing?.metadata.name ?? form.name;
  const adv = parseAdvanced(form.advanced);
  if (!adv.ok) throw new Error(`advanced: ${adv.error} (validate the form first)`);

  const spec: GitRepoSpec = { repo: form.repo };
  const set = <K extends keyof GitRepoSpec>(k: K, v: GitRepoSpec[K] | '' | false | undefined) => {
    if (v !== '' && v !== false && v !== undefined) spec[k] = v as GitRepoSpec[K];
  };
  set('branch', form.branch);
  set('revision', form.revision);
  if (form.paths.length > 0) spec.paths = [...form.paths];
  set('clientSecretName', clientSecretName(form, name, existing));
  set('helmSecretName', form.helmSecretName);
  set('helmSecretNameForPaths', form.helmSecretNameForPaths);
  set('helmRepoURLRegex', form.helmRepoURLRegex);
  if (form.caBundle) spec.caBundle = base64Encode(form.caBundle);
  set('insecureSkipTLSVerify', form.insecureSkipTLSVerify);
  set('targets', targetsToSpec(form.targets));
  set('targetNamespace', form.targetNamespace);
  set('serviceAccount', form.serviceAccount);
  set('pollingInterval', form.pollingInterval);
  set('disablePolling', form.disablePolling);
  set('webhookSecret', form.webhookSecret);
  set('paused', form.paused);
  set('keepResources', form.keepResources);
  set('deleteNamespace', form.deleteNamespace);
  const correctDrift = correctDriftToSpec(form.correctDrift);
  if (correctDrift) spec.correctDrift = correctDrift;
  Object.assign(spec, adv.value);

  const metadata = writtenMetadata(name, opts.namespace, existing, opts.resourceVersion);

  return { apiVersion: FLEET_API_VERSION, kind: 'GitRepo', metadata, spec };
}

/**
 * Form values for a GitRepo. Secrets are never read: a referenced clientSecretName becomes
 * { type: 'existing' }. Fields without a form input go to the advanced text.
 */
export function gitRepoToForm(gitRepo: Pick<GitRepo, 'metadata' | 'spec'>): GitRepoForm {
  const s = gitRepo.spec;
  // caBundle is validated base64 by the API server; if it is not UTF-8 text, show the base64 so the
  // user sees a field error instead of silently losing it.
  const ca = s.caBundle ? (base64Decode(s.caBundle) ?? s.caBundle) : '';
  return {
    name: gitRepo.metadata.name,
    repo: s.repo,
    branch: s.branch ?? '',
    revision: s.revision ?? '',
    paths: [...(s.paths ?? [])],
    auth: s.clientSecretName ? { type: 'existing', secretName: s.clientSecretName } : { type: 'none' },
    helmSecretName: s.helmSecretName ?? '',
    helmSecretNameForPaths: s.helmSecretNameForPaths ?? '',
    helmRepoURLRegex: s.helmRepoURLRegex ?? '',
    caBundle: ca,
    insecureSkipTLSVerify: s.insecureSkipTLSVerify ?? false,
    targets: targetsFromSpec(s.targets),
    targetNamespace: s.targetNamespace ?? '',
    serviceAccount: s.serviceAccount ?? '',
    pollingInterval: s.pollingInterval ?? '',
    disablePolling: s.disablePolling ?? false,
    webhookSecret: s.webhookSecret ?? '',
    paused: s.paused ?? false,
    keepResources: s.keepResources ?? false,
    deleteNamespace: s.deleteNamespace ?? false,
    correctDrift: correctDriftFromSpec(s.correctDrift),
    advanced: advancedText(s),
  };
}

/** YAML text of the object (the YAML tab). */
export function gitRepoToYaml(obj: GitRepoManifest): string {
  return stringify(obj);
}

export type YamlToFormResult = { ok: true; form: GitRepoForm; object: GitRepo } | { ok: false; error: string };

/**
 * YAML tab → form: parses the text as a GitRepo object and maps it back to form values. Pass the
 * current form so credentials typed into it survive: while the YAML still references the Secret
 * the form will create, the typed basic/SSH auth is kept instead of becoming { type: 'existing' };
 * and the advanced text keeps its comments and order while its content is unchanged.
 */
export function yamlToForm(text: string, current?: GitRepoForm): YamlToFormResult {
  const r = parseObjectYaml(text, GitRepoSchema, 'GitRepo');
  if (!r.ok) return r;
  const form = gitRepoToForm(r.object);
  const ref = r.object.spec.clientSecretName;
  if (current && (current.auth.type === 'basic' || current.auth.type === 'ssh') && ref && isAuthSecretNameOf(r.object.metadata.name, ref)) {
    form.auth = structuredClone(current.auth);
  }
  if (current && sameAdvanced(current.advanced, form.advanced)) form.advanced = current.advanced;
  return { ok: true, form, object: r.object };
}
