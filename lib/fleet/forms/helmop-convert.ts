// HelmOp form ⇄ HelmOp object. formToHelmOp builds exactly what is sent (and shown in the YAML tab);
// on edit it starts from the existing spec, so fields the form has no input for (rollout strategy,
// dependsOn, Helm options such as atomic or takeOwnership, per-target customisations while the
// targets are unchanged) are kept rather than silently dropped. helmOpToForm fills the form from an
// object read from the API or edited as YAML; Secrets are never read.
import { stringify } from 'yaml';
import { FLEET_API_VERSION, type WrittenMetadata } from '../kinds/common';
import type { ValuesFrom } from '../kinds/bundle-options';
import { HelmOpSchema, type HelmOp, type HelmOpSpec } from '../kinds/helmop';
import { emptyHelmOpForm, parseValues, type HelmOpForm, type HelmSource, type ValuesFromEntry } from './helmop-form';
import { correctDriftFromSpec, correctDriftToSpec } from './correct-drift';
import { targetsFromSpec, targetsToSpec } from './gitrepo-targets';
import { parseObjectYaml } from './yaml-object';
import { writtenMetadata } from './written-metadata';
import { helmAuthSecretName } from './secret-names';
import { helmSpecSourceError } from './helm-source';
import type { FormTargets } from './target-entries';

export interface HelmOpManifest {
  apiVersion: typeof FLEET_API_VERSION;
  kind: 'HelmOp';
  metadata: WrittenMetadata;
  spec: HelmOpSpec;
}

export type ExistingHelmOp = Pick<HelmOp, 'metadata' | 'spec'>;

export interface ToHelmOpOptions {
  namespace: string;
  resourceVersion?: string;
  /** The object being edited: name, labels, annotations, finalizers, owners and unknown spec fields are kept. */
  existing?: ExistingHelmOp;
}

/** True when the form's credentials or CA bundle need a Secret created by the dashboard. */
export function needsHelmSecret(form: HelmOpForm): boolean {
  return form.auth.type === 'basic' || (form.auth.type === 'none' && form.caBundle.trim() !== '');
}

function helmSecretNameFor(form: HelmOpForm, name: string, existing?: ExistingHelmOp): string | undefined {
  if (form.auth.type === 'existing') return form.auth.secretName;
  return needsHelmSecret(form) ? helmAuthSecretName(name, existing) : undefined;
}

function sourceToHelm(s: HelmSource): { repo?: string; chart?: string; version?: string } {
  switch (s.type) {
    case 'repo':
      return { repo: s.repo, chart: s.chart, ...(s.version && { version: s.version }) };
    case 'oci':
      return { repo: s.reference, ...(s.version && { version: s.version }) };
    case 'tarball':
      return { chart: s.url };
  }
}

export function sourceFromHelm(helm: { repo?: string; chart?: string; version?: string } | undefined): HelmSource {
  const repo = helm?.repo ?? '';
  const chart = helm?.chart ?? '';
  const version = helm?.version ?? '';
  if (/\.tgz$/i.test(chart)) return { type: 'tarball', url: chart };
  if (/^oci:\/\//i.test(repo)) return { type: 'oci', reference: repo, version };
  return { type: 'repo', repo, chart, version };
}

function valuesFromToSpec(entries: ValuesFromEntry[]): ValuesFrom[] {
  return entries.map((e) => {
    const ref = { name: e.name, ...(e.namespace && { namespace: e.namespace }), ...(e.key && { key: e.key }) };
    return e.kind === 'secret' ? { secretKeyRef: ref } : { configMapKeyRef: ref };
  });
}

function valuesFromFromSpec(list: ValuesFrom[] | undefined): ValuesFromEntry[] {
  return (list ?? []).flatMap((v): ValuesFromEntry[] => {
    const out: ValuesFromEntry[] = [];
    for (const [kind, ref] of [['configMap', v.configMapKeyRef], ['secret', v.secretKeyRef]] as const) {
      if (ref) out.push({ kind, name: ref.name ?? '', key: ref.key ?? '', namespace: ref.namespace ?? '' });
    }
    return out;
  });
}

const sameTargets = (a: FormTargets, b: FormTargets) => JSON.stringify(a) === JSON.stringify(b);

/** Target keys beyond cluster selection (per-target Helm values, doNotDeploy…) that the target editor cannot show. */
export function hasTargetCustomisations(spec: Pick<HelmOpSpec, 'targets'>): boolean {
  const plain = new Set(['name', 'clusterName', 'clusterSelector', 'clusterGroup', 'clusterGroupSelector']);
  return (spec.targets ?? []).some((t) => Object.keys(t).some((k) => !plain.has(k)));
}

/** The HelmOp to send for a form that passed HelmOpFormSchema (throws on unparsable values). */
export function formToHelmOp(form: HelmOpForm, opts: ToHelmOpOptions): HelmOpManifest {
  const { existing } = opts;
  const name = existing?.metadata.name ?? form.name;
  const values = parseValues(form.values);
  if (!values.ok) throw new Error(`values: ${values.error} (validate the form first)`);

  const spec: HelmOpSpec = existing ? structuredClone(existing.spec) : {};
  const helm: NonNullable<HelmOpSpec['helm']> = { ...(spec.helm ?? {}) };
  for (const k of ['repo', 'chart', 'version', 'values', 'valuesFrom', 'releaseName'] as const) delete helm[k];
  Object.assign(helm, sourceToHelm(form.source));
  if (values.value && Object.keys(values.value).length > 0) helm.values = values.value;
  if (form.valuesFrom.length > 0) helm.valuesFrom = valuesFromToSpec(form.valuesFrom);
  if (form.releaseName) helm.releaseName = form.releaseName;
  spec.helm = helm;

  const set = <K extends keyof HelmOpSpec>(k: K, v: HelmOpSpec[K] | '' | false | undefined) => {
    if (v !== '' && v !== false && v !== undefined) spec[k] = v as HelmOpSpec[K];
    else delete spec[k];
  };
  set('helmSecretName', helmSecretNameFor(form, name, existing));
  set('insecureSkipTLSVerify', form.insecureSkipTLSVerify);
  set('defaultNamespace', form.defaultNamespace);
  set('namespace', form.targetNamespace);
  set('serviceAccount', form.serviceAccount);
  set('pollingInterval', form.pollingInterval);
  set('paused', form.paused);
  set('keepResources', form.keepResources);
  set('correctDrift', correctDriftToSpec(form.correctDrift));
  // Unchanged targets keep per-target customisations the editor cannot show.
  if (!(existing && sameTargets(form.targets, targetsFromSpec(existing.spec.targets)))) set('targets', targetsToSpec(form.targets));

  const metadata = writtenMetadata(name, opts.namespace, existing, opts.resourceVersion);
  return { apiVersion: FLEET_API_VERSION, kind: 'HelmOp', metadata, spec };
}

/** Form values for a HelmOp. A referenced helmSecretName becomes { type: 'existing' } (Secrets are never read). */
export function helmOpToForm(h: ExistingHelmOp): HelmOpForm {
  const s = h.spec;
  const vals = s.helm?.values;
  return {
    ...emptyHelmOpForm(),
    name: h.metadata.name,
    source: sourceFromHelm(s.helm),
    values: vals && Object.keys(vals).length > 0 ? stringify(vals) : '',
    valuesFrom: valuesFromFromSpec(s.helm?.valuesFrom),
    auth: s.helmSecretName ? { type: 'existing', secretName: s.helmSecretName } : { type: 'none' },
    insecureSkipTLSVerify: s.insecureSkipTLSVerify ?? false,
    releaseName: s.helm?.releaseName ?? '',
    defaultNamespace: s.defaultNamespace ?? '',
    targetNamespace: s.namespace ?? '',
    serviceAccount: s.serviceAccount ?? '',
    pollingInterval: s.pollingInterval ?? '',
    targets: targetsFromSpec(s.targets),
    paused: s.paused ?? false,
    keepResources: s.keepResources ?? false,
    correctDrift: correctDriftFromSpec(s.correctDrift),
  };
}

export function helmOpToYaml(obj: HelmOpManifest): string {
  return stringify(obj);
}

export type HelmOpYamlResult = { ok: true; form: HelmOpForm; object: HelmOp } | { ok: false; error: string };

/** YAML tab → form; typed credentials in `current` survive while the YAML still names the Secret they will create. */
export function yamlToHelmOpForm(text: string, current?: HelmOpForm): HelmOpYamlResult {
  const r = parseObjectYaml(text, HelmOpSchema, 'HelmOp', { maxAliasCount: 100 });
  if (!r.ok) return r;
  const twoSources = helmSpecSourceError(r.object.spec.helm);
  if (twoSources) return { ok: false, error: twoSources };
  const form = helmOpToForm(r.object);
  if (current && needsHelmSecret(current) && r.object.spec.helmSecretName === helmSecretNameFor(current, r.object.metadata.name)) {
    form.auth = structuredClone(current.auth);
    form.caBundle = current.caBundle;
  }
  return { ok: true, form, object: r.object };
}
