'use client';
// State of the GitRepo create/edit form. One schema (GitRepoFormSchema) checks it here and again on the server;
// errors are kept per field (the server's win until their field changes) and counted per tab. Everything typed
// stays across tab switches and failed saves. The YAML tab shows the exact object that will be sent; editing it
// updates the form.
import { useMemo, useState } from 'react';
import { fieldErrors, formToGitRepo, gitRepoToYaml, GitRepoFormSchema, secretsForForm, yamlToForm, type GitRepoForm as FormValues } from '@/lib/fleet/forms';
import type { GitRepo } from '@/lib/fleet/kinds/gitrepo';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { firstPerField } from '@/lib/http/field-errors';
import { createGitRepo, updateGitRepo } from './gitrepo-api';

export type FormTab = 'repository' | 'auth' | 'targets' | 'behaviour' | 'yaml';
export type Existing = Pick<GitRepo, 'metadata' | 'spec'>;

const TAB_OF: [RegExp, FormTab][] = [
  [/^(name|repo|branch|revision|paths)(\.|$)/, 'repository'],
  [/^(auth|helmSecretName|helmSecretNameForPaths|helmRepoURLRegex|caBundle|insecureSkipTLSVerify)(\.|$)/, 'auth'],
  [/^(targets|targetNamespace|serviceAccount)(\.|$)/, 'targets'],
];
/** The tab holding a field (by its error key, e.g. `targets.entries.0.clusterName`). */
export const tabOf = (key: string): FormTab => TAB_OF.find(([re]) => re.test(key))?.[1] ?? 'behaviour';

export const NO_OBJECT_YET = 'The form has errors, so there is no object to show yet. Fix them, or paste a GitRepo here to fill the form.';

function buildPreview(form: FormValues, workspace: string, existing: Existing | undefined) {
  const parsed = GitRepoFormSchema.safeParse(form);
  if (!parsed.success) return { parsed, preview: undefined };
  try {
    return { parsed, preview: { manifest: formToGitRepo(parsed.data, { namespace: workspace, existing }), secrets: secretsForForm(parsed.data, workspace, existing) } };
  } catch {
    return { parsed, preview: undefined };
  }
}

export function useGitRepoForm(opts: { workspace: string; mode: 'create' | 'edit'; initial: FormValues; existing?: Existing; initialTab: FormTab; onSaved: (name: string) => void }) {
  const { workspace, mode, initial, existing, initialTab, onSaved } = opts;
  const [form, setForm] = useState<FormValues>(initial);
  const [tab, setTab] = useState<FormTab>(initialTab);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [yaml, setYaml] = useState(() => {
    const p = initialTab === 'yaml' ? buildPreview(initial, workspace, existing).preview : undefined;
    return { text: p ? gitRepoToYaml(p.manifest) : '', error: initialTab === 'yaml' && !p ? NO_OBJECT_YET : '' };
  });

  const { parsed, preview } = useMemo(() => buildPreview(form, workspace, existing), [form, workspace, existing]);
  const clientErrors = useMemo(() => (submitted && !parsed.success ? fieldErrors(parsed.error) : {}), [submitted, parsed]);
  const errors: Record<string, string> = { ...clientErrors, ...serverErrors };

  /** Changes the form; a server error about the changed field no longer applies. */
  const update = (patch: Partial<FormValues>, keys: string[] = Object.keys(patch)) => {
    setForm((f) => ({ ...f, ...patch }));
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.some((p) => k === p || k.startsWith(`${p}.`)))));
  };

  const errorCount = (t: FormTab) => Object.keys(errors).filter((k) => k !== '_form' && tabOf(k) === t).length;

  const selectTab = (t: FormTab) => {
    if (t === 'yaml') setYaml({ text: preview ? gitRepoToYaml(preview.manifest) : '', error: preview ? '' : NO_OBJECT_YET });
    setTab(t);
  };

  const onYaml = (text: string) => {
    const r = yamlToForm(text, form);
    const ns = r.ok ? r.object.metadata.namespace : undefined;
    const error = !r.ok
      ? r.error
      : mode === 'edit' && r.form.name !== form.name
        ? `metadata.name cannot change while editing (it is "${form.name}"); clone the GitRepo to use another name`
        : ns && ns !== workspace
          ? `metadata.namespace is "${ns}", but this form creates in workspace ${workspace}`
          : '';
    setYaml({ text, error });
    if (r.ok && !error) {
      setForm(r.form);
      setServerErrors({});
    }
  };

  /** Shows the tab of the first field in error (unless the person is on the YAML tab, which shows them all). */
  const showFirst = (keys: string[]) => {
    const first = keys.find((k) => k !== '_form');
    if (first && tab !== 'yaml') setTab(tabOf(first));
  };

  const submit = async () => {
    setSubmitted(true);
    setMessage('');
    // Unparsable YAML on screen was not applied to the form: saving the form would not be what is shown.
    if (tab === 'yaml' && yaml.error && yaml.error !== NO_OBJECT_YET) {
      setMessage('The YAML has an error, so it was not applied: fix it, or open another tab to drop the YAML edits. Nothing was saved.');
      return;
    }
    if (!parsed.success) {
      const keys = Object.keys(fieldErrors(parsed.error));
      showFirst(keys);
      setMessage(`${keys.length} field${keys.length === 1 ? ' needs' : 's need'} attention; nothing was saved.`);
      return;
    }
    setSaving(true);
    try {
      if (mode === 'create') await createGitRepo(workspace, form);
      else await updateGitRepo(workspace, form.name, form, { resourceVersion: existing?.metadata.resourceVersion ?? '', generation: existing?.metadata.generation ?? undefined });
      onSaved(form.name);
    } catch (e) {
      const err = e instanceof ApiFetchError ? e : new ApiFetchError(0, String(e));
      if (mode === 'edit' && err.status === 409) {
        setConflict(true);
      } else if (err.fieldErrors?.length) {
        const map = firstPerField(err.fieldErrors);
        setServerErrors(map);
        showFirst(Object.keys(map));
      }
      setMessage(err.message);
    } finally {
      setSaving(false);
    }
  };

  return {
    form,
    update,
    tab,
    selectTab,
    errors,
    errorCount,
    /** The object (and Secrets) a save would send, when the form is valid. */
    preview,
    valid: parsed.success,
    submitted,
    message,
    saving,
    submit,
    yaml,
    onYaml,
    conflict,
    setConflict,
  };
}
