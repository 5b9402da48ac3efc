// GitRepoFormSchema: the one schema for the GitRepo create/edit form, used by the client component
// (errors beside inputs) and by the server route (same rules before anything is written).
// Text inputs are strings where '' means "not set"; conversion to the object is in gitrepo-convert.ts.
import { z } from 'zod';
import { validateDns1123Label, validateDns1123Subdomain } from '../names';
import { parseAdvanced } from './advanced';
import { gitRefError, repoPathError, repoUrlError, repoUrlKind } from './git-validators';
import { isAuthSecretNameOf } from './secret-names';
import { caBundleError, knownHostsError, sshPrivateKeyError } from './pem';
import { durationError, goRegexError } from './spec-validators';
import { firstPerField, zodFieldErrors } from '@/lib/http/field-errors';
import { TargetsSchema, targetIssues } from './target-entries';
import { field, flag, objectName } from './fields';
import { CorrectDriftFormSchema, NO_DRIFT_CORRECTION } from './correct-drift';

const secretName = (what: string) => objectName(what);

/**
 * GitRepo names: DNS-1123 subdomain (object name) but at most 63 characters, because Fleet writes
 * the name as the value of the `fleet.cattle.io/repo-name` label on every Bundle and
 * BundleDeployment, and label values are limited to 63 characters; a longer name is accepted by
 * the API server but breaks Fleet afterwards.
 */
export const GITREPO_NAME_MAX = 63;
export function gitRepoNameError(v: string): string | undefined {
  if (v.length > GITREPO_NAME_MAX) {
    return `Name must be at most ${GITREPO_NAME_MAX} characters (it has ${v.length}): Fleet uses it as a label value`;
  }
  return validateDns1123Subdomain(v, 'Name')[0];
}

export const GitAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({
    type: z.literal('basic'),
    // Fleet uses the password as username when the username is empty (PAT-only hosts).
    username: z.string().trim().default(''),
    password: z.string().default('').refine((v) => v !== '', 'Enter the password or access token'),
  }),
  z.object({
    type: z.literal('ssh'),
    privateKey: field(sshPrivateKeyError, { trim: false, always: true }),
    knownHosts: field(knownHostsError, { trim: false }),
  }),
  z.object({ type: z.literal('existing'), secretName: field((v) => validateDns1123Subdomain(v, 'Secret name')[0], { always: true }) }),
]);
export type GitAuth = z.infer<typeof GitAuthSchema>;

export { TargetEntrySchema, TargetModeSchema, TargetsSchema, emptyTargetEntry, type TargetEntry, type TargetMode } from './target-entries';


export const GitRepoFormSchema = z
  .object({
    name: field(gitRepoNameError, { always: true }),
    repo: field(repoUrlError, { always: true }),
    branch: field((v) => gitRefError(v, 'Branch')),
    revision: field((v) => gitRefError(v, 'Revision')),
    paths: z.array(z.string()).default([]),
    auth: GitAuthSchema.default({ type: 'none' }),
    helmSecretName: secretName('Secret name'),
    helmSecretNameForPaths: secretName('Secret name'),
    helmRepoURLRegex: field(goRegexError, { trim: false }),
    caBundle: field(caBundleError, { trim: false }),
    insecureSkipTLSVerify: flag,
    targets: TargetsSchema.default({ mode: 'all', entries: [] }),
    targetNamespace: field((v) => validateDns1123Label(v, 'Namespace')[0]),
    serviceAccount: secretName('Service account'),
    pollingInterval: field(durationError),
    disablePolling: flag,
    webhookSecret: secretName('Secret name'),
    paused: flag,
    keepResources: flag,
    deleteNamespace: flag,
    correctDrift: CorrectDriftFormSchema,
    advanced: z.string().default(''),
  })
  .superRefine((form, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    if (form.branch && form.revision) {
      const message = 'Set either a branch or a revision, not both';
      issue(['branch'], message);
      issue(['revision'], message);
    }

    const seen = new Set<string>();
    form.paths.forEach((p, i) => {
      const m = repoPathError(p) ?? (seen.has(p) ? 'This path is listed twice' : undefined);
      if (m) issue(['paths', i], m);
      seen.add(p);
    });

    const kind = repoUrlKind(form.repo);
    if (form.auth.type === 'ssh' && kind === 'http') {
      issue(['auth', 'type'], 'An SSH key needs an SSH repository URL (ssh://… or git@host:org/repo)');
    }
    if (form.auth.type === 'basic' && kind === 'ssh') {
      issue(['auth', 'type'], 'Username/password works with https:// URLs; use an SSH key for this SSH URL');
    }
    if (form.auth.type !== 'none' && kind === 'git') {
      issue(['auth', 'type'], 'git:// repositories take no credentials: choose "None" or use an https:// or SSH URL');
    }

    if (form.helmRepoURLRegex && !form.helmSecretName && !form.helmSecretNameForPaths) {
      issue(['helmRepoURLRegex'], 'Only used with Helm credentials: set a Helm secret too');
    }

    for (const i of targetIssues(form.targets)) issue(i.path, i.message);

    const adv = parseAdvanced(form.advanced);
    if (!adv.ok) issue(['advanced'], adv.error);

    // The Secret created for typed credentials must not be one of the other referenced Secrets.
    if ((form.auth.type === 'basic' || form.auth.type === 'ssh') && form.name) {
      const reserved = (v: string | undefined) => !!v && isAuthSecretNameOf(form.name, v);
      const message = `Names like "${form.name}-auth" are reserved for the Git credentials Secret this form creates`;
      for (const k of ['helmSecretName', 'helmSecretNameForPaths', 'webhookSecret'] as const) {
        if (reserved(form[k])) issue([k], message);
      }
      if (adv.ok && reserved(adv.value.ociRegistrySecret)) issue(['advanced'], `ociRegistrySecret: ${message}`);
    }
  });

export type GitRepoForm = z.output<typeof GitRepoFormSchema>;
export type GitRepoFormInput = z.input<typeof GitRepoFormSchema>;

/** Initial values for the create form. */
export function emptyGitRepoForm(): GitRepoForm {
  return {
    name: '',
    repo: '',
    branch: '',
    revision: '',
    paths: [],
    auth: { type: 'none' },
    helmSecretName: '',
    helmSecretNameForPaths: '',
    helmRepoURLRegex: '',
    caBundle: '',
    insecureSkipTLSVerify: false,
    targets: { mode: 'all', entries: [] },
    targetNamespace: '',
    serviceAccount: '',
    pollingInterval: '',
    disablePolling: false,
    webhookSecret: '',
    paused: false,
    keepResources: false,
    deleteNamespace: false,
    correctDrift: { ...NO_DRIFT_CORRECTION },
    advanced: '',
  };
}

/** First message per field path ("auth.privateKey", "targets.entries.0.clusterSelector"), for placing beside inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  return firstPerField(zodFieldErrors(error));
}
