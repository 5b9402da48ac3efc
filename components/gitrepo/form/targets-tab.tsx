'use client';
// Targets tab: where to deploy (all, none, Fleet's default, or specific clusters, groups and selectors), with the
// workspace's cluster and group names offered, and the deployment's namespace and service account. Shared by the
// GitRepo and HelmOp forms: it reads and writes only these three fields.
import { emptyTargetEntry, type FormTargets, type TargetEntry } from '@/lib/fleet/forms';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { Section } from './form-section';

/** The fields of any form with a target editor (GitRepoForm, HelmOpForm). */
interface TargetFields {
  targets: FormTargets;
  targetNamespace: string;
  serviceAccount: string;
}
type TargetTabProps = {
  form: TargetFields;
  update: (patch: Partial<TargetFields>, keys?: string[]) => void;
  e: (k: string) => string | undefined;
};

export interface TargetOptions {
  clusters: string[];
  clusterGroups: string[];
  note?: string;
}

const TARGET_MODES: { mode: FormTargets['mode']; label: string; hint: string }[] = [
  { mode: 'all', label: 'All clusters in the workspace', hint: 'Including clusters added later' },
  { mode: 'none', label: 'No clusters', hint: 'Bundles are created but deployed nowhere' },
  { mode: 'default', label: "Fleet's default", hint: "No targets: cluster group 'default' (the local cluster in fleet-local)" },
  { mode: 'advanced', label: 'Specific clusters, groups or selectors', hint: 'One or more targets; a cluster matching any of them gets it' },
];

export function TargetsTab({ form, update, e, options, workspace }: TargetTabProps & { options?: TargetOptions; workspace: string }) {
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
