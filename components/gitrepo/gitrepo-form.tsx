'use client';
// The GitRepo create/edit form. One schema (GitRepoFormSchema) checks it here and again on the
// server; errors sit beside their fields and the tab holding them shows a count. Everything typed
// stays in this component's state across tab switches and failed saves. The YAML tab shows the
// exact object that will be sent; editing it updates the form.
import { useMemo, useState, type ReactNode } from 'react';
import {
  emptyTargetEntry,
  fieldErrors,
  formToGitRepo,
  gitRepoToYaml,
  GitRepoFormSchema,
  repoUrlKind,
  secretsForForm,
  yamlToForm,
  type GitAuth,
  type GitRepoForm as FormValues,
  type TargetEntry,
} from '@/lib/fleet/forms';
import type { GitRepo } from '@/lib/fleet/kinds/gitrepo';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { firstPerField } from '@/lib/http/field-errors';
import { Button } from '@/components/ui/button';
import { CheckField, Field, inputClass } from '@/components/ui/field';
import { Tabs } from '@/components/ui/tabs';
import { YamlEditor } from '@/components/yaml/yaml-editor';
import { comparableYaml, createGitRepo, updateGitRepo } from './gitrepo-api';
import { ConflictDialog } from './conflict-dialog';

export type FormTab = 'repository' | 'auth' | 'targets' | 'behaviour' | 'yaml';

const TAB_OF: [RegExp, FormTab][] = [
  [/^(name|repo|branch|revision|paths)(\.|$)/, 'repository'],
  [/^(auth|helmSecretName|helmSecretNameForPaths|helmRepoURLRegex|caBundle|insecureSkipTLSVerify)(\.|$)/, 'auth'],
  [/^(targets|targetNamespace|serviceAccount)(\.|$)/, 'targets'],
];
const tabOf = (key: string): FormTab => TAB_OF.find(([re]) => re.test(key))?.[1] ?? 'behaviour';

export interface TargetOptions {
  clusters: string[];
  clusterGroups: string[];
  note?: string;
}

export interface GitRepoFormProps {
  workspace: string;
  mode: 'create' | 'edit';
  initial: FormValues;
  /** The object being edited (with its resourceVersion). */
  existing?: Pick<GitRepo, 'metadata' | 'spec'>;
  notes?: string[];
  targetOptions?: TargetOptions;
  onSaved: (name: string) => void;
  onCancel: () => void;
  /** Edit: reload the object from the server (drops what was typed). */
  onReload?: () => void;
  /** Open on this tab (the detail page's "Edit YAML" opens the YAML tab). */
  initialTab?: FormTab;
}

function buildPreview(form: FormValues, workspace: string, existing: GitRepoFormProps['existing']) {
  const parsed = GitRepoFormSchema.safeParse(form);
  if (!parsed.success) return { parsed, preview: undefined };
  try {
    return { parsed, preview: { manifest: formToGitRepo(parsed.data, { namespace: workspace, existing }), secrets: secretsForForm(parsed.data, workspace, existing) } };
  } catch {
    return { parsed, preview: undefined };
  }
}

const NO_OBJECT_YET = 'The form has errors, so there is no object to show yet. Fix them, or paste a GitRepo here to fill the form.';

export function GitRepoForm({ workspace, mode, initial, existing, notes = [], targetOptions, onSaved, onCancel, onReload, initialTab = 'repository' }: GitRepoFormProps) {
  const [form, setForm] = useState<FormValues>(initial);
  const [tab, setTab] = useState<FormTab>(initialTab);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [serverMessage, setServerMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [yamlText, setYamlText] = useState(() => {
    const p = initialTab === 'yaml' ? buildPreview(initial, workspace, existing).preview : undefined;
    return p ? gitRepoToYaml(p.manifest) : '';
  });
  const [yamlError, setYamlError] = useState(() => (initialTab === 'yaml' && !buildPreview(initial, workspace, existing).preview ? NO_OBJECT_YET : ''));

  const { parsed, preview } = useMemo(() => buildPreview(form, workspace, existing), [form, workspace, existing]);
  const clientErrors = useMemo(() => (submitted && !parsed.success ? fieldErrors(parsed.error) : {}), [submitted, parsed]);
  const errors = { ...clientErrors, ...serverErrors };

  /** Changes the form; a server error about the changed field no longer applies. */
  const update = (patch: Partial<FormValues>, keys: string[] = Object.keys(patch)) => {
    setForm((f) => ({ ...f, ...patch }));
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.some((p) => k === p || k.startsWith(`${p}.`)))));
  };

  const countFor = (t: FormTab) => Object.keys(errors).filter((k) => k !== '_form' && tabOf(k) === t).length;
  const badge = (t: FormTab) => {
    const n = countFor(t);
    return n > 0 ? (
      <span className="rounded-full bg-danger px-1.5 text-[0.65rem] font-bold text-white dark:text-black" aria-label={`${n} error${n > 1 ? 's' : ''}`}>
        {n}
      </span>
    ) : undefined;
  };

  const selectTab = (t: string) => {
    if (t === 'yaml') {
      setYamlText(preview ? gitRepoToYaml(preview.manifest) : '');
      setYamlError(preview ? '' : NO_OBJECT_YET);
    }
    setTab(t as FormTab);
  };

  const onYaml = (text: string) => {
    setYamlText(text);
    const r = yamlToForm(text, form);
    if (!r.ok) return setYamlError(r.error);
    if (mode === 'edit' && r.form.name !== form.name) return setYamlError(`metadata.name cannot change while editing (it is "${form.name}"); clone the GitRepo to use another name`);
    const ns = r.object.metadata.namespace;
    if (ns && ns !== workspace) return setYamlError(`metadata.namespace is "${ns}", but this form creates in workspace ${workspace}`);
    setYamlError('');
    setForm(r.form);
    setServerErrors({});
  };

  const submit = async () => {
    setSubmitted(true);
    setServerMessage('');
    // Unparsable YAML on screen was not applied to the form: saving the form would not be what is shown.
    if (tab === 'yaml' && yamlError && yamlError !== NO_OBJECT_YET) {
      setServerMessage('The YAML has an error, so it was not applied: fix it, or open another tab to drop the YAML edits. Nothing was saved.');
      return;
    }
    if (!parsed.success) {
      const errs = fieldErrors(parsed.error);
      const first = Object.keys(errs)[0];
      if (first && tab !== 'yaml') setTab(tabOf(first));
      setServerMessage(`${Object.keys(errs).length} field${Object.keys(errs).length === 1 ? ' needs' : 's need'} attention; nothing was saved.`);
      return;
    }
    setSaving(true);
    try {
      if (mode === 'create') await createGitRepo(workspace, form);
      else {
        const loaded = { resourceVersion: existing?.metadata.resourceVersion ?? '', generation: existing?.metadata.generation ?? undefined };
        await updateGitRepo(workspace, form.name, form, loaded);
      }
      onSaved(form.name);
    } catch (e) {
      const err = e instanceof ApiFetchError ? e : new ApiFetchError(0, String(e));
      if (mode === 'edit' && err.status === 409) {
        setConflict(true);
      } else if (err.fieldErrors?.length) {
        const map = firstPerField(err.fieldErrors);
        setServerErrors(map);
        const first = Object.keys(map).find((k) => k !== '_form');
        if (first && tab !== 'yaml') setTab(tabOf(first));
      }
      setServerMessage(err.message);
    } finally {
      setSaving(false);
    }
  };

  const e = (k: string) => errors[k];

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
      data-testid="gitrepo-form"
    >
      {notes.length > 0 && (
        <ul className="rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" data-testid="form-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {(serverMessage || errors._form) && (
        <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-3 text-sm" data-testid="form-error">
          {serverMessage && <p className="font-medium">{serverMessage}</p>}
          {errors._form && <p>{errors._form}</p>}
        </div>
      )}
      <Tabs
        label="GitRepo settings"
        selected={tab}
        onSelect={selectTab}
        tabs={[
          { id: 'repository', label: 'Repository', badge: badge('repository') },
          { id: 'auth', label: 'Authentication & TLS', badge: badge('auth') },
          { id: 'targets', label: 'Targets', badge: badge('targets') },
          { id: 'behaviour', label: 'Behaviour & advanced', badge: badge('behaviour') },
          { id: 'yaml', label: 'YAML' },
        ]}
      >
        {tab === 'repository' && <RepositoryTab form={form} update={update} e={e} mode={mode} />}
        {tab === 'auth' && <AuthTab form={form} update={update} e={e} mode={mode} initialAuth={initial.auth} />}
        {tab === 'targets' && <TargetsTab form={form} update={update} e={e} options={targetOptions} workspace={workspace} />}
        {tab === 'behaviour' && <BehaviourTab form={form} update={update} e={e} />}
        {tab === 'yaml' && (
          <div className="space-y-2">
            <p className="text-sm text-muted" id="yaml-help">
              The exact GitRepo that {mode === 'create' ? 'will be created' : 'will replace the current one'}. Edits here update the form
              {mode === 'edit' ? '; labels, annotations and the name come from the stored object' : ''}.
            </p>
            <YamlEditor value={yamlText} onChange={onYaml} error={yamlError} label="GitRepo YAML" describedBy="yaml-help" testId="yaml-editor" />
            {preview && preview.secrets.length > 0 && (
              <p className="text-sm text-muted" data-testid="yaml-secret-note">
                Also created, after the GitRepo and owned by it: Secret <span className="font-mono">{preview.secrets[0]?.metadata.name}</span> of type{' '}
                <span className="font-mono">{preview.secrets[0]?.type}</span> with keys {Object.keys(preview.secrets[0]?.stringData ?? {}).join(', ')} (values never
                shown).
              </p>
            )}
          </div>
        )}
      </Tabs>
      <div className="sticky bottom-0 -mx-1 flex flex-wrap items-center gap-2 border-t border-border bg-bg/95 px-1 py-3 backdrop-blur">
        <Button type="submit" variant="primary" busy={saving} data-testid="form-submit">
          {mode === 'create' ? 'Create GitRepo' : 'Save changes'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
        {!parsed.success && submitted && <span className="hidden text-sm text-danger sm:inline">Fix the marked fields first.</span>}
      </div>
      {conflict && existing && (
        <ConflictDialog
          workspace={workspace}
          name={form.name}
          mine={preview ? comparableYaml(preview.manifest as unknown as Record<string, unknown>) : ''}
          onReload={() => {
            setConflict(false);
            onReload?.();
          }}
          onClose={() => setConflict(false)}
        />
      )}
    </form>
  );
}

type TabProps = {
  form: FormValues;
  update: (patch: Partial<FormValues>, keys?: string[]) => void;
  e: (k: string) => string | undefined;
};

function Section({ title, children, hint }: { title: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      {hint && <p className="text-xs text-muted">{hint}</p>}
      {children}
    </fieldset>
  );
}

function RepositoryTab({ form, update, e, mode }: TabProps & { mode: 'create' | 'edit' }) {
  const kind = repoUrlKind(form.repo);
  return (
    <div className="grid gap-4">
      <Section title="Repository">
        <Field label="Name" required error={e('name')} hint={mode === 'edit' ? 'Names cannot change; clone to use another name.' : 'Lower-case letters, digits, - and . (at most 63 characters).'}>
          <input className={inputClass} name="name" value={form.name} readOnly={mode === 'edit'} autoComplete="off" onChange={(ev) => update({ name: ev.target.value })} />
        </Field>
        <Field
          label="Repository URL"
          required
          error={e('repo')}
          hint={kind ? `${kind === 'ssh' ? 'SSH' : 'HTTPS'} URL${kind === 'ssh' ? ': use an SSH key for authentication' : ''}` : 'https://host/org/repo.git, ssh://git@host/org/repo.git or git@host:org/repo.git'}
        >
          <input className={`${inputClass} font-mono`} name="repo" value={form.repo} autoComplete="off" spellCheck={false} onChange={(ev) => update({ repo: ev.target.value })} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Branch" error={e('branch')} hint="Follow the latest commit of this branch. Leave empty for the repository's default (master).">
            <input className={`${inputClass} font-mono`} name="branch" value={form.branch} onChange={(ev) => update({ branch: ev.target.value }, ['branch', 'revision'])} />
          </Field>
          <Field label="Revision" error={e('revision')} hint="Or pin a tag or commit. Use a branch or a revision, not both.">
            <input className={`${inputClass} font-mono`} name="revision" value={form.revision} onChange={(ev) => update({ revision: ev.target.value }, ['branch', 'revision'])} />
          </Field>
        </div>
      </Section>
      <Section title="Paths" hint="Directories in the repository that hold what to deploy (globs like charts/* allowed). None = the whole repository.">
        {form.paths.map((p, i) => (
          <div key={i} className="flex items-start gap-2">
            <Field label={`Path ${i + 1}`} error={e(`paths.${i}`)} className="flex-1">
              <input
                className={`${inputClass} font-mono`}
                value={p}
                onChange={(ev) => update({ paths: form.paths.map((x, j) => (j === i ? ev.target.value : x)) }, ['paths'])}
              />
            </Field>
            <Button size="sm" variant="ghost" className="mt-6" aria-label={`Remove path ${i + 1}`} onClick={() => update({ paths: form.paths.filter((_, j) => j !== i) }, ['paths'])}>
              Remove
            </Button>
          </div>
        ))}
        <Button size="sm" onClick={() => update({ paths: [...form.paths, ''] }, ['paths'])}>
          Add path
        </Button>
      </Section>
    </div>
  );
}

const AUTH_CHOICES: { type: GitAuth['type']; label: string; hint: string }[] = [
  { type: 'none', label: 'None', hint: 'Public repository' },
  { type: 'basic', label: 'Username and password / token', hint: 'HTTPS URLs' },
  { type: 'ssh', label: 'SSH key', hint: 'SSH URLs' },
  { type: 'existing', label: 'Existing Secret', hint: 'A Secret already in this workspace' },
];

function emptyAuth(type: GitAuth['type']): GitAuth {
  switch (type) {
    case 'none':
      return { type };
    case 'basic':
      return { type, username: '', password: '' };
    case 'ssh':
      return { type, privateKey: '', knownHosts: '' };
    case 'existing':
      return { type, secretName: '' };
  }
}

function AuthTab({ form, update, e, mode, initialAuth }: TabProps & { mode: 'create' | 'edit'; initialAuth: GitAuth }) {
  const a = form.auth;
  const stored = mode === 'edit' && initialAuth.type === 'existing' ? initialAuth.secretName : undefined;
  const keepingStored = stored !== undefined && a.type === 'existing' && a.secretName === stored;
  const setAuth = (auth: GitAuth) => update({ auth }, ['auth']);
  return (
    <div className="grid gap-4">
      <Section title="Git authentication" hint="Credentials typed here are stored in a Secret owned by this GitRepo. They are never shown again.">
        {keepingStored ? (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface-2 p-3 text-sm" data-testid="stored-secret">
            <span>
              Credentials are stored in Secret <span className="font-mono">{stored}</span> (values are never shown).
            </span>
            <Button size="sm" onClick={() => setAuth(emptyAuth(repoUrlKind(form.repo) === 'http' ? 'basic' : 'ssh'))}>
              Replace credentials…
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setAuth({ type: 'none' })}>
              Stop using credentials
            </Button>
          </div>
        ) : (
          <>
            <div role="radiogroup" aria-label="Git authentication" className="grid gap-2 sm:grid-cols-2">
              {AUTH_CHOICES.map((c) => (
                <label key={c.type} className={`flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm ${a.type === c.type ? 'border-accent bg-accent/5' : 'border-border'}`}>
                  <input type="radio" name="auth-type" className="mt-1" checked={a.type === c.type} onChange={() => setAuth(emptyAuth(c.type))} />
                  <span>
                    <span className="font-medium">{c.label}</span>
                    <span className="block text-xs text-muted">{c.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {e('auth.type') && <p className="text-xs font-medium text-danger" data-testid="field-error">{e('auth.type')}</p>}
            {stored && (
              <p className="text-xs text-muted">
                Currently stored in Secret <span className="font-mono">{stored}</span>.{' '}
                <button type="button" className="text-accent underline" onClick={() => setAuth({ type: 'existing', secretName: stored })}>
                  Keep it
                </button>
              </p>
            )}
          </>
        )}
        {a.type === 'basic' && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Username" error={e('auth.username')} hint="Empty: the token is used as username (e.g. GitLab/Bitbucket tokens).">
              <input className={inputClass} autoComplete="off" value={a.username} onChange={(ev) => setAuth({ ...a, username: ev.target.value })} />
            </Field>
            <Field label="Password or access token" required error={e('auth.password')}>
              <input className={inputClass} type="password" autoComplete="new-password" value={a.password} onChange={(ev) => setAuth({ ...a, password: ev.target.value })} />
            </Field>
          </div>
        )}
        {a.type === 'ssh' && (
          <div className="grid gap-4">
            <Field label="Private key" required error={e('auth.privateKey')} hint="PEM/OpenSSH private key without a passphrase.">
              <textarea className={`${inputClass} font-mono text-xs`} rows={6} spellCheck={false} autoComplete="off" value={a.privateKey} onChange={(ev) => setAuth({ ...a, privateKey: ev.target.value })} />
            </Field>
            <Field label="known_hosts (optional)" error={e('auth.knownHosts')} hint="Host keys to trust, e.g. the output of ssh-keyscan github.com. Empty: Fleet's defaults apply.">
              <textarea className={`${inputClass} font-mono text-xs`} rows={3} spellCheck={false} value={a.knownHosts} onChange={(ev) => setAuth({ ...a, knownHosts: ev.target.value })} />
            </Field>
          </div>
        )}
        {a.type === 'existing' && !keepingStored && (
          <Field label="Secret name" required error={e('auth.secretName')} hint="A kubernetes.io/basic-auth or kubernetes.io/ssh-auth Secret in this workspace.">
            <input className={`${inputClass} font-mono`} value={a.secretName} onChange={(ev) => setAuth({ ...a, secretName: ev.target.value })} />
          </Field>
        )}
      </Section>
      <Section title="Helm repository authentication" hint="For charts pulled from private Helm repositories.">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Helm secret name" error={e('helmSecretName')} hint="Used for every Helm repository (helmSecretName).">
            <input className={`${inputClass} font-mono`} value={form.helmSecretName} onChange={(ev) => update({ helmSecretName: ev.target.value })} />
          </Field>
          <Field label="Helm secret per path" error={e('helmSecretNameForPaths')} hint="Secret holding credentials per path (helmSecretNameForPaths).">
            <input className={`${inputClass} font-mono`} value={form.helmSecretNameForPaths} onChange={(ev) => update({ helmSecretNameForPaths: ev.target.value })} />
          </Field>
        </div>
        <Field label="Helm repository URL regex" error={e('helmRepoURLRegex')} hint="Only send Helm credentials to repository URLs matching this Go regular expression.">
          <input className={`${inputClass} font-mono`} value={form.helmRepoURLRegex} onChange={(ev) => update({ helmRepoURLRegex: ev.target.value })} />
        </Field>
      </Section>
      <Section title="TLS">
        <Field label="CA bundle (PEM)" error={e('caBundle')} hint="Extra certificate authorities to trust for the Git and Helm servers.">
          <textarea className={`${inputClass} font-mono text-xs`} rows={4} spellCheck={false} value={form.caBundle} onChange={(ev) => update({ caBundle: ev.target.value })} />
        </Field>
        <CheckField
          label="Skip TLS certificate verification"
          hint="Insecure: accepts any certificate. Prefer a CA bundle."
          checked={form.insecureSkipTLSVerify}
          error={e('insecureSkipTLSVerify')}
          onChange={(v) => update({ insecureSkipTLSVerify: v })}
        />
      </Section>
    </div>
  );
}

const TARGET_MODES: { mode: FormValues['targets']['mode']; label: string; hint: string }[] = [
  { mode: 'all', label: 'All clusters in the workspace', hint: 'Including clusters added later' },
  { mode: 'none', label: 'No clusters', hint: 'Bundles are created but deployed nowhere' },
  { mode: 'default', label: "Fleet's default", hint: "No targets: cluster group 'default' (the local cluster in fleet-local)" },
  { mode: 'advanced', label: 'Specific clusters, groups or selectors', hint: 'One or more targets; a cluster matching any of them gets it' },
];

function TargetsTab({ form, update, e, options, workspace }: TabProps & { options?: TargetOptions; workspace: string }) {
  const t = form.targets;
  const setEntries = (entries: TargetEntry[]) => update({ targets: { ...t, entries } }, ['targets']);
  const setEntry = (i: number, patch: Partial<TargetEntry>) => setEntries(t.entries.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div className="grid gap-4">
      <Section title="Where to deploy">
        <div role="radiogroup" aria-label="Targets" className="grid gap-2 sm:grid-cols-2">
          {TARGET_MODES.map((m) => (
            <label key={m.mode} className={`flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm ${t.mode === m.mode ? 'border-accent bg-accent/5' : 'border-border'}`}>
              <input
                type="radio"
                name="target-mode"
                className="mt-1"
                checked={t.mode === m.mode}
                onChange={() => update({ targets: { mode: m.mode, entries: m.mode === 'advanced' && t.entries.length === 0 ? [emptyTargetEntry()] : t.entries } }, ['targets'])}
              />
              <span>
                <span className="font-medium">{m.label}</span>
                <span className="block text-xs text-muted">{m.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {e('targets.entries') && <p className="text-xs font-medium text-danger" data-testid="field-error">{e('targets.entries')}</p>}
        {t.mode === 'advanced' && (
          <div className="space-y-3">
            <datalist id="cluster-names">
              {options?.clusters.map((n) => <option key={n} value={n} />)}
            </datalist>
            <datalist id="cluster-group-names">
              {options?.clusterGroups.map((n) => <option key={n} value={n} />)}
            </datalist>
            {options?.note && <p className="text-xs text-muted">{options.note}</p>}
            {t.entries.map((entry, i) => (
              <fieldset key={i} className="space-y-3 rounded-md border border-border p-3" data-testid="target-entry">
                <legend className="px-1 text-xs font-semibold">Target {i + 1}</legend>
                {e(`targets.entries.${i}`) && <p className="text-xs font-medium text-danger" data-testid="field-error">{e(`targets.entries.${i}`)}</p>}
                <p className="text-xs text-muted">All criteria set in one target must match (AND).</p>
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field label="Target name (optional)" error={e(`targets.entries.${i}.name`)}>
                    <input className={inputClass} value={entry.name} onChange={(ev) => setEntry(i, { name: ev.target.value })} />
                  </Field>
                  <Field label="Cluster" error={e(`targets.entries.${i}.clusterName`)} hint={`${options?.clusters.length ?? 0} clusters in ${workspace}`}>
                    <input className={`${inputClass} font-mono`} list="cluster-names" value={entry.clusterName} onChange={(ev) => setEntry(i, { clusterName: ev.target.value })} />
                  </Field>
                  <Field label="Cluster group" error={e(`targets.entries.${i}.clusterGroup`)} hint={`${options?.clusterGroups.length ?? 0} cluster groups in ${workspace}`}>
                    <input className={`${inputClass} font-mono`} list="cluster-group-names" value={entry.clusterGroup} onChange={(ev) => setEntry(i, { clusterGroup: ev.target.value })} />
                  </Field>
                  <Field label="Cluster label selector" error={e(`targets.entries.${i}.clusterSelector`)} hint="e.g. env=prod,region in (eu,us),!legacy">
                    <input className={`${inputClass} font-mono`} value={entry.clusterSelector} onChange={(ev) => setEntry(i, { clusterSelector: ev.target.value })} />
                  </Field>
                  <Field label="Cluster group label selector" error={e(`targets.entries.${i}.clusterGroupSelector`)} className="sm:col-span-2">
                    <input className={`${inputClass} font-mono`} value={entry.clusterGroupSelector} onChange={(ev) => setEntry(i, { clusterGroupSelector: ev.target.value })} />
                  </Field>
                </div>
                <Button size="sm" variant="ghost" onClick={() => setEntries(t.entries.filter((_, j) => j !== i))}>
                  Remove target {i + 1}
                </Button>
              </fieldset>
            ))}
            <Button size="sm" onClick={() => setEntries([...t.entries, emptyTargetEntry()])}>
              Add target
            </Button>
          </div>
        )}
      </Section>
      <Section title="Deployment identity">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Target namespace" error={e('targetNamespace')} hint="Force every resource into this namespace (cluster-scoped resources are then rejected).">
            <input className={`${inputClass} font-mono`} value={form.targetNamespace} onChange={(ev) => update({ targetNamespace: ev.target.value })} />
          </Field>
          <Field label="Service account" error={e('serviceAccount')} hint="Downstream service account the agent deploys as.">
            <input className={`${inputClass} font-mono`} value={form.serviceAccount} onChange={(ev) => update({ serviceAccount: ev.target.value })} />
          </Field>
        </div>
      </Section>
    </div>
  );
}

function BehaviourTab({ form, update, e }: TabProps) {
  const cd = form.correctDrift;
  return (
    <div className="grid gap-4">
      <Section title="Polling and webhooks">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Polling interval" error={e('pollingInterval')} hint="Go duration, e.g. 1m or 30s. Empty: Fleet's default (15s).">
            <input className={`${inputClass} font-mono`} value={form.pollingInterval} onChange={(ev) => update({ pollingInterval: ev.target.value })} />
          </Field>
          <Field label="Webhook secret" error={e('webhookSecret')} hint="Secret with the token that validates Git webhook calls.">
            <input className={`${inputClass} font-mono`} value={form.webhookSecret} onChange={(ev) => update({ webhookSecret: ev.target.value })} />
          </Field>
        </div>
        <CheckField label="Disable polling" hint="Only webhooks (or Force update) trigger a sync." checked={form.disablePolling} onChange={(v) => update({ disablePolling: v })} />
      </Section>
      <Section title="Rollout and resources">
        <CheckField label="Paused" hint="New commits are fetched but not rolled out to clusters." checked={form.paused} onChange={(v) => update({ paused: v })} />
        <CheckField label="Keep resources" hint="When this GitRepo is deleted, leave what it deployed on the clusters." checked={form.keepResources} onChange={(v) => update({ keepResources: v })} />
        <CheckField label="Delete namespace" hint="When this GitRepo is deleted, also delete the target namespace." checked={form.deleteNamespace} onChange={(v) => update({ deleteNamespace: v })} />
      </Section>
      <Section title="Drift correction">
        <CheckField
          label="Correct drift"
          hint="Undo changes made on the clusters outside Git."
          checked={cd.enabled}
          onChange={(v) => update({ correctDrift: { ...cd, enabled: v } }, ['correctDrift'])}
        />
        <CheckField label="Force (delete and recreate on conflict)" checked={cd.force} onChange={(v) => update({ correctDrift: { ...cd, force: v } }, ['correctDrift'])} />
        <CheckField label="Keep failed Helm releases in history" checked={cd.keepFailHistory} onChange={(v) => update({ correctDrift: { ...cd, keepFailHistory: v } }, ['correctDrift'])} />
      </Section>
      <Section title="Advanced spec fields" hint="YAML for GitRepo spec fields without an input above: forceSyncGeneration, imageScanInterval, imageScanCommit, ociRegistrySecret, bundles.">
        <Field label="Advanced (YAML)" error={e('advanced')}>
          <textarea className={`${inputClass} font-mono text-xs`} rows={6} spellCheck={false} value={form.advanced} onChange={(ev) => update({ advanced: ev.target.value })} />
        </Field>
      </Section>
    </div>
  );
}
