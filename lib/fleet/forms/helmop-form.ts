// HelmOpFormSchema: the one schema for the HelmOp create/edit/clone form, used by the client
// (errors beside inputs) and by the server route (same rules before anything is written). Text
// inputs are strings where '' means "not set"; conversion to the object is in helmop-convert.ts,
// Secrets for typed credentials in helmop-secrets.ts. Field rules follow Fleet v0.16.0's HelmOp CRD
// (pkg/apis/fleet.cattle.io/v1alpha1/helmop_types.go, bundledeployment_types.go HelmOptions) and
// its reconciler (internal/cmd/controller/helmops/reconciler): exactly one source shape; the
// credentials Secret's keys are those bundlereader.ReadHelmAuthFromSecret reads.
import { parse } from 'yaml';
import { z } from 'zod';
import { validateDns1123Label, validateDns1123Subdomain } from '../names';
import { isExactVersion, versionError } from '@/lib/helm/version';
import { field, flag, objectName } from './fields';
import { CorrectDriftFormSchema, NO_DRIFT_CORRECTION } from './correct-drift';
import { chartArchiveUrlError, chartNameError, chartRepoUrlError, ociReferenceError } from './helm-source';
import { caBundleError } from './pem';
import { durationError } from './spec-validators';
import { TargetsSchema, targetIssues } from './target-entries';

/** Fleet labels Bundles with the HelmOp's name (fleet.cattle.io/fleet-helm-name): a label value, ≤ 63. */
export const HELMOP_NAME_MAX = 63;
export function helmOpNameError(v: string): string | undefined {
  if (v.length > HELMOP_NAME_MAX) return `Name must be at most ${HELMOP_NAME_MAX} characters (it has ${v.length}): Fleet uses it as a label value`;
  return validateDns1123Subdomain(v, 'Name')[0];
}

/** The CRD's releaseName rule: ≤ 53 characters, DNS-1123 subdomain-like. */
export function releaseNameError(v: string): string | undefined {
  if (v.length > 53) return `Release name must be at most 53 characters (it has ${v.length})`;
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(v)) {
    return 'Use lowercase letters, digits, "-" and "."; start and end with a letter or digit';
  }
  return undefined;
}

export const HelmSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('repo'), repo: field(chartRepoUrlError, { always: true }), chart: field(chartNameError, { always: true }), version: field(versionError) }),
  z.object({ type: z.literal('oci'), reference: field(ociReferenceError, { always: true }), version: field(versionError) }),
  z.object({ type: z.literal('tarball'), url: field(chartArchiveUrlError, { always: true }) }),
]);
export type HelmSource = z.infer<typeof HelmSourceSchema>;

/** Repository credentials: none, typed (stored in a new write-only Secret), or an existing Secret. */
export const HelmAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({
    type: z.literal('basic'),
    username: z.string().trim().default('').refine((v) => v !== '', 'Enter the username'),
    password: z.string().default('').refine((v) => v !== '', 'Enter the password or access token'),
  }),
  z.object({ type: z.literal('existing'), secretName: objectName('Secret name', { always: true }) }),
]);
export type HelmAuth = z.infer<typeof HelmAuthSchema>;

/** ConfigMap keys (and Secret keys) allow letters, digits, "-", "_" and ".". */
function dataKeyError(v: string): string | undefined {
  if (v.length > 253) return 'A key must be at most 253 characters';
  return /^[-._a-zA-Z0-9]+$/.test(v) ? undefined : 'Keys use letters, digits, "-", "_" and "."';
}

export const ValuesFromEntrySchema = z.object({
  kind: z.enum(['configMap', 'secret']).default('configMap'),
  name: objectName('Name', { always: true }),
  /** '' = Fleet's default key "values.yaml" (internal/helmdeployer DefaultKey). */
  key: field(dataKeyError),
  /** '' = the namespace of the HelmOp's BundleDeployment on each cluster. */
  namespace: field((v) => validateDns1123Label(v, 'Namespace')[0]),
});
export type ValuesFromEntry = z.infer<typeof ValuesFromEntrySchema>;

/** Helm values YAML: '' or a mapping. Returns the parsed mapping or a message. */
export function parseValues(text: string): { ok: true; value: Record<string, unknown> | undefined } | { ok: false; error: string } {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, error: `Not valid YAML: ${e instanceof Error ? e.message.split('\n')[0]?.replace(/:$/, '') : String(e)}` };
  }
  if (doc === null || doc === undefined) return { ok: true, value: undefined };
  if (typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, error: 'Values must be a mapping (key: value), not a list or a single value' };
  return { ok: true, value: doc as Record<string, unknown> };
}


export const HelmOpFormSchema = z
  .object({
    name: field(helmOpNameError, { always: true }),
    source: HelmSourceSchema.default({ type: 'repo', repo: '', chart: '', version: '' }),
    values: z.string().default(''),
    valuesFrom: z.array(ValuesFromEntrySchema).default([]),
    auth: HelmAuthSchema.default({ type: 'none' }),
    /** PEM CA bundle, stored in the credentials Secret as `cacerts`. */
    caBundle: field(caBundleError, { trim: false }),
    insecureSkipTLSVerify: flag,
    releaseName: field(releaseNameError),
    /** spec.defaultNamespace: where the release goes unless a resource names its namespace. */
    defaultNamespace: field((v) => validateDns1123Label(v, 'Namespace')[0]),
    /** spec.namespace: forces every resource into this namespace. */
    targetNamespace: field((v) => validateDns1123Label(v, 'Namespace')[0]),
    serviceAccount: objectName('Service account'),
    pollingInterval: field(durationError),
    targets: TargetsSchema.default({ mode: 'all', entries: [] }),
    paused: flag,
    keepResources: flag,
    correctDrift: CorrectDriftFormSchema,
  })
  .superRefine((form, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const v = parseValues(form.values);
    if (!v.ok) issue(['values'], v.error);
    const seen = new Set<string>();
    form.valuesFrom.forEach((e, i) => {
      const id = `${e.kind}/${e.namespace}/${e.name}/${e.key || 'values.yaml'}`;
      if (seen.has(id)) issue(['valuesFrom', i, 'name'], 'This reference is listed twice');
      seen.add(id);
    });
    if (form.caBundle && form.auth.type === 'existing') {
      issue(['caBundle'], 'The CA bundle is stored in the credentials Secret: add it to that Secret as "cacerts", or enter the credentials here');
    }
    if (form.source.type === 'tarball' && form.pollingInterval && form.pollingInterval !== '0') {
      issue(['pollingInterval'], 'A chart archive has no versions to poll: leave this empty');
    }
    for (const i of targetIssues(form.targets)) issue(i.path, i.message);
  });

export type HelmOpForm = z.output<typeof HelmOpFormSchema>;
export type HelmOpFormInput = z.input<typeof HelmOpFormSchema>;

export function emptyHelmOpForm(): HelmOpForm {
  return {
    name: '',
    source: { type: 'repo', repo: '', chart: '', version: '' },
    values: '',
    valuesFrom: [],
    auth: { type: 'none' },
    caBundle: '',
    insecureSkipTLSVerify: false,
    releaseName: '',
    defaultNamespace: '',
    targetNamespace: '',
    serviceAccount: '',
    pollingInterval: '',
    targets: { mode: 'all', entries: [] },
    paused: false,
    keepResources: false,
    correctDrift: { ...NO_DRIFT_CORRECTION },
  };
}

/** Hints (not errors) about settings Fleet accepts but ignores. */
export function helmOpNotes(form: HelmOpForm): string[] {
  const notes: string[] = [];
  const version = form.source.type === 'tarball' ? '' : form.source.version.trim();
  if (form.pollingInterval && form.pollingInterval !== '0' && isExactVersion(version)) {
    notes.push('Fleet polls only when the version is a range: an exact version never changes, so the polling interval has no effect.');
  }
  if ((!form.pollingInterval || form.pollingInterval === '0') && form.source.type !== 'tarball' && !isExactVersion(version)) {
    notes.push('Without a polling interval Fleet resolves the version range once and does not pick up newer chart versions.');
  }
  return notes;
}
