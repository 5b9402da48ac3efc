'use client';
// Chart tab: name, the chart source (one of three shapes Fleet accepts), the version or range, Helm values (YAML,
// checked as typed) and valuesFrom references, release name and default namespace.
import { helmOpNotes, parseValues, type HelmSource, type ValuesFromEntry } from '@/lib/fleet/forms';
import { versionKind } from '@/lib/helm/version';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { ChoiceCards } from '@/components/ui/choice-cards';
import { Section } from '@/components/gitrepo/form/form-section';
import type { HelmOpTabProps } from './tab-props';
import { VersionLookup } from './version-lookup';

const SOURCES: { type: HelmSource['type']; label: string; hint: string }[] = [
  { type: 'repo', label: 'Chart repository', hint: 'An http(s) Helm repository (index.yaml) and a chart name' },
  { type: 'oci', label: 'OCI registry', hint: 'oci://registry/path/chart' },
  { type: 'tarball', label: 'Chart archive URL', hint: 'A packaged chart (.tgz) at an http(s) URL' },
];

function emptySource(type: HelmSource['type'], from: HelmSource): HelmSource {
  const version = from.type === 'tarball' ? '' : from.version;
  switch (type) {
    case 'repo':
      return { type, repo: '', chart: '', version };
    case 'oci':
      return { type, reference: '', version };
    case 'tarball':
      return { type, url: '' };
  }
}

const VERSION_HINT: Record<ReturnType<typeof versionKind>, string> = {
  latest: 'Empty: the latest stable version. An exact version (1.2.3) pins it; a range (^1.2, ~1.2.0, >=1.0.0 <2.0.0) follows it.',
  exact: 'Exact version: pinned, Fleet deploys exactly this one.',
  range: 'Range: Fleet resolves the newest matching version (and polls for newer ones if a polling interval is set).',
};

export function ChartTab({ form, update, e, mode, workspace }: HelmOpTabProps & { mode: 'create' | 'edit'; workspace: string }) {
  const s = form.source;
  const setSource = (source: HelmSource) => update({ source }, ['source']);
  const valuesCheck = parseValues(form.values);
  const notes = helmOpNotes(form);
  const setRef = (i: number, patch: Partial<ValuesFromEntry>) => update({ valuesFrom: form.valuesFrom.map((x, j) => (j === i ? { ...x, ...patch } : x)) }, ['valuesFrom']);
  return (
    <div className="grid gap-4">
      <Section title="Chart">
        <Field label="Name" required error={e('name')} hint={mode === 'edit' ? 'Names cannot change; clone to use another name.' : 'Lower-case letters, digits, - and . (at most 63 characters).'}>
          <input className={inputClass} name="name" value={form.name} readOnly={mode === 'edit'} autoComplete="off" onChange={(ev) => update({ name: ev.target.value })} />
        </Field>
        <ChoiceCards label="Chart source" name="source-type" choices={SOURCES} value={s.type} onChoose={(t) => setSource(emptySource(t, s))} className="sm:grid-cols-3" />
        {s.type === 'repo' && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Repository URL" required error={e('source.repo')} hint="The folder holding index.yaml, e.g. https://charts.example.com" className="sm:col-span-2">
              <input className={`${inputClass} font-mono`} autoComplete="off" spellCheck={false} value={s.repo} onChange={(ev) => setSource({ ...s, repo: ev.target.value })} />
            </Field>
            <Field label="Chart" required error={e('source.chart')} hint="The chart's name in the repository, e.g. nginx">
              <input className={`${inputClass} font-mono`} spellCheck={false} value={s.chart} onChange={(ev) => setSource({ ...s, chart: ev.target.value })} />
            </Field>
            <Field label="Version or range" error={e('source.version')} hint={VERSION_HINT[versionKind(s.version)]}>
              <input className={`${inputClass} font-mono`} spellCheck={false} value={s.version} onChange={(ev) => setSource({ ...s, version: ev.target.value })} />
            </Field>
            <div className="sm:col-span-2">
              <VersionLookup workspace={workspace} repo={s.repo} chart={s.chart} version={s.version} onPick={(v) => setSource({ ...s, version: v })} />
            </div>
          </div>
        )}
        {s.type === 'oci' && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="OCI reference" required error={e('source.reference')} hint="oci://registry.example.com/charts/nginx (the tag goes in the version)" className="sm:col-span-2">
              <input className={`${inputClass} font-mono`} autoComplete="off" spellCheck={false} value={s.reference} onChange={(ev) => setSource({ ...s, reference: ev.target.value })} />
            </Field>
            <Field label="Version or range" error={e('source.version')} hint={VERSION_HINT[versionKind(s.version)]}>
              <input className={`${inputClass} font-mono`} spellCheck={false} value={s.version} onChange={(ev) => setSource({ ...s, version: ev.target.value })} />
            </Field>
          </div>
        )}
        {s.type === 'tarball' && (
          <Field label="Chart archive URL" required error={e('source.url')} hint="e.g. https://example.com/charts/nginx-1.2.3.tgz; an archive has one version, nothing to poll.">
            <input className={`${inputClass} font-mono`} autoComplete="off" spellCheck={false} value={s.url} onChange={(ev) => setSource({ ...s, url: ev.target.value })} />
          </Field>
        )}
        {notes.length > 0 && (
          <ul className="list-inside list-disc text-xs text-muted" data-testid="version-notes">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Values" hint="Helm values for the chart, as YAML (a mapping). Checked as you type.">
        <Field label="Values (YAML)" error={e('values') ?? (valuesCheck.ok ? undefined : valuesCheck.error)}>
          <textarea className={`${inputClass} font-mono text-xs`} rows={8} spellCheck={false} value={form.values} onChange={(ev) => update({ values: ev.target.value })} />
        </Field>
        <div className="space-y-2">
          <p className="text-sm font-medium">Values from ConfigMaps or Secrets</p>
          <p className="text-xs text-muted">Read by the agent on each cluster and merged under the values above. Key empty: values.yaml.</p>
          {form.valuesFrom.map((v, i) => (
            <div key={i} className="grid items-start gap-2 rounded-md border border-border p-2 sm:grid-cols-[8rem_1fr_1fr_1fr_auto]" data-testid="values-from-entry">
              <Field label="Kind">
                <select className={inputClass} value={v.kind} onChange={(ev) => setRef(i, { kind: ev.target.value as ValuesFromEntry['kind'] })}>
                  <option value="configMap">ConfigMap</option>
                  <option value="secret">Secret</option>
                </select>
              </Field>
              <Field label={`Reference ${i + 1} name`} error={e(`valuesFrom.${i}.name`)}>
                <input className={`${inputClass} font-mono`} value={v.name} onChange={(ev) => setRef(i, { name: ev.target.value })} />
              </Field>
              <Field label="Key" error={e(`valuesFrom.${i}.key`)}>
                <input className={`${inputClass} font-mono`} placeholder="values.yaml" value={v.key} onChange={(ev) => setRef(i, { key: ev.target.value })} />
              </Field>
              <Field label="Namespace" error={e(`valuesFrom.${i}.namespace`)}>
                <input className={`${inputClass} font-mono`} value={v.namespace} onChange={(ev) => setRef(i, { namespace: ev.target.value })} />
              </Field>
              <Button size="sm" variant="ghost" className="sm:mt-6" aria-label={`Remove reference ${i + 1}`} onClick={() => update({ valuesFrom: form.valuesFrom.filter((_, j) => j !== i) }, ['valuesFrom'])}>
                Remove
              </Button>
            </div>
          ))}
          <Button size="sm" onClick={() => update({ valuesFrom: [...form.valuesFrom, { kind: 'configMap', name: '', key: '', namespace: '' }] }, ['valuesFrom'])}>
            Add values reference
          </Button>
        </div>
      </Section>
      <Section title="Release">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Release name" error={e('releaseName')} hint="Empty: Fleet picks one. At most 53 characters.">
            <input className={`${inputClass} font-mono`} value={form.releaseName} onChange={(ev) => update({ releaseName: ev.target.value })} />
          </Field>
          <Field label="Default namespace" error={e('defaultNamespace')} hint="Where the release goes unless a resource names its own namespace.">
            <input className={`${inputClass} font-mono`} value={form.defaultNamespace} onChange={(ev) => update({ defaultNamespace: ev.target.value })} />
          </Field>
        </div>
      </Section>
    </div>
  );
}
