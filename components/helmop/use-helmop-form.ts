'use client';
// State of the HelmOp create/edit form, on the GitRepo form's plan (use-gitrepo-form.ts): one schema
// (HelmOpFormSchema) checks it here and again on the server; errors are kept per field (the server's win until their
// field changes) and counted per tab; everything typed survives tab switches and failed saves. The YAML tab shows the
// exact object that will be sent; editing it updates the form.
import { useMemo, useState } from 'react';
import {
  fieldErrors,
  formToHelmOp,
  helmOpSecretsForForm,
  helmOpToYaml,
  HelmOpFormSchema,
  yamlToHelmOpForm,
  type HelmOpForm as FormValues,
} from '@/lib/fleet/forms';
import type { HelmOp } from '@/lib/fleet/kinds/helmop';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { firstPerField } from '@/lib/http/field-errors';
import { createHelmOp, updateHelmOp } from './helmop-api';

export type HelmOpFormTab = 'chart' | 'auth' | 'targets' | 'behaviour' | 'yaml';
export type ExistingHelmOp = Pick<HelmOp, 'metadata' | 'spec'>;

const TAB_OF: [RegExp, HelmOpFormTab][] = [
  [/^(name|source|values|valuesFrom|releaseName|defaultNamespace)(\.|$)/, 'chart'],
  [/^(auth|caBundle|insecureSkipTLSVerify)(\.|$)/, 'auth'],
  [/^(targets|targetNamespace|serviceAccount)(\.|$)/, 'targets'],
];
export const helmOpTabOf = (key: string): HelmOpFormTab => TAB_OF.find(([re]) => re.test(key))?.[1] ?? 'behaviour';

export const NO_HELMOP_YET = 'The form has errors, so there is no object to show yet. Fix them, or paste a HelmOp here to fill the form.';

function buildPreview(form: FormValues, workspace: string, existing: ExistingHelmOp | undefined) {
  const parsed = HelmOpFormSchema.safeParse(form);
  if (!parsed.success) return { parsed, preview: undefined };
  try {
    return { parsed, preview: { manifest: formToHelmOp(parsed.data, { namespace: workspace, existing }), secrets: helmOpSecretsForForm(parsed.data, workspace, existing) } };
  } catch {
    return { parsed, preview: undefined };
  }
}

export function useHelmOpForm(opts: { workspace: string; mode: 'create' | 'edit'; initial: FormValues; existing?: ExistingHelmOp; initialTab: HelmOpFormTab; onSaved: (name: string) => void }) {
  const { workspace, mode, initial, existing, initialTab, onSaved } = opts;
  const [form, setForm] = useState<FormValues>(initial);
  const [tab, setTab] = useState<HelmOpFormTab>(initialTab);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [yaml, setYaml] = useState(() => {
    const p = initialTab === 'yaml' ? buildPreview(initial, workspace, existing).preview : undefined;
    return { text: p ? helmOpToYaml(p.manifest) : '', error: initialTab === 'yaml' && !p ? NO_HELMOP_YET : '' };
  });

  const { parsed, preview } = useMemo(() => buildPreview(form, workspace, existing), [form, workspace, existing]);
  const clientErrors = useMemo(() => (submitted && !parsed.success ? fieldErrors(parsed.error) : {}), [submitted, parsed]);
  const errors: Record<string, string> = { ...clientErrors, ...serverErrors };

  const update = (patch: Partial<FormValues>, keys: string[] = Object.keys(patch)) => {
    setForm((f) => ({ ...f, ...patch }));
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.some((p) => k === p || k.startsWith(`${p}.`)))));
  };

  const errorCount = (t: HelmOpFormTab) => Object.keys(errors).filter((k) => k !== '_form' && helmOpTabOf(k) === t).length;

  const selectTab = (t: HelmOpFormTab) => {
    if (t === 'yaml') setYaml({ text: preview ? helmOpToYaml(preview.manifest) : '', error: preview ? '' : NO_HELMOP_YET });
    setTab(t);
  };

  const onYaml = (text: string) => {
    const r = yamlToHelmOpForm(text, form);
    const ns = r.ok ? r.object.metadata.namespace : undefined;
    const error = !r.ok
      ? r.error
      : mode === 'edit' && r.form.name !== form.name
        ? `metadata.name cannot change while editing (it is "${form.name}"); clone the HelmOp to use another name`
        : ns && ns !== workspace
          ? `metadata.namespace is "${ns}", but this form creates in workspace ${workspace}`
          : '';
    setYaml({ text, error });
    if (r.ok && !error) {
      setForm(r.form);
      setServerErrors({});
    }
  };

  const showFirst = (keys: string[]) => {
    const first = keys.find((k) => k !== '_form');
    if (first && tab !== 'yaml') setTab(helmOpTabOf(first));
  };

  const submit = async () => {
    setSubmitted(true);
    setMessage('');
    if (tab === 'yaml' && yaml.error && yaml.error !== NO_HELMOP_YET) {
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
      if (mode === 'create') await createHelmOp(workspace, form);
      else await updateHelmOp(workspace, form.name, form, { resourceVersion: existing?.metadata.resourceVersion ?? '', generation: existing?.metadata.generation ?? undefined });
      onSaved(form.name);
    } catch (e) {
      const err = e instanceof ApiFetchError ? e : new ApiFetchError(0, String(e));
      if (mode === 'edit' && err.status === 409) setConflict(true);
      else if (err.fieldErrors?.length) {
        const map = firstPerField(err.fieldErrors);
        setServerErrors(map);
        showFirst(Object.keys(map));
      }
      setMessage(err.message);
    } finally {
      setSaving(false);
    }
  };

  return { form, update, tab, selectTab, errors, errorCount, preview, valid: parsed.success, submitted, message, saving, submit, yaml, onYaml, conflict, setConflict };
}
