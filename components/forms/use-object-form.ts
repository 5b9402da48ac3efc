'use client';
// State of a create/edit form for a kind with a YAML tab (GitRepo, HelmOp). One schema checks it here and again on the
// server; errors are kept per field (the server's win until their field changes) and counted per tab. Everything
// typed stays across tab switches and failed saves. The YAML tab shows the exact object that will be sent; editing it
// updates the form. What differs per kind (schema, tabs, conversion, endpoints) comes in as `ObjectFormKind`.
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { fieldErrors } from '@/lib/fleet/forms';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { firstPerField } from '@/lib/http/field-errors';

type Loaded = { resourceVersion: string; generation?: number };
type YamlResult<F> = { ok: true; form: F; object: { metadata: { namespace?: string } } } | { ok: false; error: string };

/** One kind's pieces of the form. */
export interface ObjectFormKind<F extends { name: string }, Tab extends string, E, M, S> {
  kind: 'GitRepo' | 'HelmOp';
  schema: z.ZodType<F>;
  /** The tab holding a field (by its error key, e.g. `targets.entries.0.clusterName`); never 'yaml'. */
  tabOf: (key: string) => Tab;
  /** The object (and Secrets) a save would send; may throw on input the schema let through. */
  build: (form: F, namespace: string, existing: E | undefined) => { manifest: M; secrets: S[] };
  toYaml: (manifest: M) => string;
  fromYaml: (text: string, current: F) => YamlResult<F>;
  create: (workspace: string, form: F) => Promise<unknown>;
  update: (workspace: string, name: string, form: F, loaded: Loaded) => Promise<unknown>;
  /** Shown on the YAML tab while the form has errors. */
  noObjectYet: string;
}

type Existing = { metadata: { resourceVersion?: string; generation?: number | null } };

function buildPreview<F extends { name: string }, Tab extends string, E, M, S>(k: ObjectFormKind<F, Tab, E, M, S>, form: F, workspace: string, existing: E | undefined) {
  const parsed = k.schema.safeParse(form);
  if (!parsed.success) return { parsed, preview: undefined };
  try {
    return { parsed, preview: k.build(parsed.data, workspace, existing) };
  } catch {
    return { parsed, preview: undefined };
  }
}

export function useObjectForm<F extends { name: string }, Tab extends string, E extends Existing, M, S>(
  k: ObjectFormKind<F, Tab, E, M, S>,
  opts: { workspace: string; mode: 'create' | 'edit'; initial: F; existing?: E; initialTab: Tab | 'yaml'; onSaved: (name: string) => void },
) {
  const { workspace, mode, initial, existing, initialTab, onSaved } = opts;
  const [form, setForm] = useState<F>(initial);
  const [tab, setTab] = useState<Tab | 'yaml'>(initialTab);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [yaml, setYaml] = useState(() => {
    const p = initialTab === 'yaml' ? buildPreview(k, initial, workspace, existing).preview : undefined;
    return { text: p ? k.toYaml(p.manifest) : '', error: initialTab === 'yaml' && !p ? k.noObjectYet : '' };
  });

  const { parsed, preview } = useMemo(() => buildPreview(k, form, workspace, existing), [k, form, workspace, existing]);
  const clientErrors = useMemo(() => (submitted && !parsed.success ? fieldErrors(parsed.error) : {}), [submitted, parsed]);
  const errors: Record<string, string> = { ...clientErrors, ...serverErrors };

  /** Changes the form; a server error about the changed field no longer applies. */
  const update = (patch: Partial<F>, keys: string[] = Object.keys(patch)) => {
    setForm((f) => ({ ...f, ...patch }));
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !keys.some((p) => key === p || key.startsWith(`${p}.`)))));
  };

  const errorCount = (t: Tab | 'yaml') => Object.keys(errors).filter((key) => key !== '_form' && k.tabOf(key) === t).length;

  const selectTab = (t: Tab | 'yaml') => {
    if (t === 'yaml') setYaml({ text: preview ? k.toYaml(preview.manifest) : '', error: preview ? '' : k.noObjectYet });
    setTab(t);
  };

  const onYaml = (text: string) => {
    const r = k.fromYaml(text, form);
    const ns = r.ok ? r.object.metadata.namespace : undefined;
    const error = !r.ok
      ? r.error
      : mode === 'edit' && r.form.name !== form.name
        ? `metadata.name cannot change while editing (it is "${form.name}"); clone the ${k.kind} to use another name`
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
    const first = keys.find((key) => key !== '_form');
    if (first && tab !== 'yaml') setTab(k.tabOf(first));
  };

  const submit = async () => {
    setSubmitted(true);
    setMessage('');
    // Unparsable YAML on screen was not applied to the form: saving the form would not be what is shown.
    if (tab === 'yaml' && yaml.error && yaml.error !== k.noObjectYet) {
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
      if (mode === 'create') await k.create(workspace, form);
      else await k.update(workspace, form.name, form, { resourceVersion: existing?.metadata.resourceVersion ?? '', generation: existing?.metadata.generation ?? undefined });
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
