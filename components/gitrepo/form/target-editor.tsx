'use client';
// The target editor: where an object applies (all clusters, none, Fleet's default, or specific clusters, groups and
// selectors), with the workspace's cluster and group names offered. Shared by the GitRepo form's Targets tab and the
// Schedule form (which offers only the modes a Schedule can use).
import { emptyTargetEntry, type FormTargets, type TargetEntry, type TargetMode } from '@/lib/fleet/forms/target-entries';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

export interface TargetOptions {
  clusters: string[];
  clusterGroups: string[];
  note?: string;
}

const TARGET_MODES: { mode: TargetMode; label: string; hint: string }[] = [
  { mode: 'all', label: 'All clusters in the workspace', hint: 'Including clusters added later' },
  { mode: 'none', label: 'No clusters', hint: 'Bundles are created but deployed nowhere' },
  { mode: 'default', label: "Fleet's default", hint: "No targets: cluster group 'default' (the local cluster in fleet-local)" },
  { mode: 'advanced', label: 'Specific clusters, groups or selectors', hint: 'One or more targets; a cluster matching any of them gets it' },
];

export function TargetEditor({
  targets: t, onChange, e, options, workspace, modes,
}: {
  targets: FormTargets;
  onChange: (t: FormTargets) => void;
  e: (k: string) => string | undefined;
  options?: TargetOptions;
  workspace: string;
  /** The modes offered (all by default), with their own hints if given. */
  modes?: { mode: TargetMode; hint?: string }[];
}) {
  const setEntries = (entries: TargetEntry[]) => onChange({ ...t, entries });
  const setEntry = (i: number, patch: Partial<TargetEntry>) => setEntries(t.entries.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const offered = modes ? modes.flatMap((m) => TARGET_MODES.filter((x) => x.mode === m.mode).map((x) => ({ ...x, hint: m.hint ?? x.hint }))) : TARGET_MODES;
  return (
    <>
      <div role="radiogroup" aria-label="Targets" className="grid gap-2 sm:grid-cols-2">
        {offered.map((m) => (
          <label key={m.mode} className={`flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm ${t.mode === m.mode ? 'border-accent bg-accent/5' : 'border-border'}`}>
            <input
              type="radio"
              name="target-mode"
              className="mt-1"
              checked={t.mode === m.mode}
              onChange={() => onChange({ mode: m.mode, entries: m.mode === 'advanced' && t.entries.length === 0 ? [emptyTargetEntry()] : t.entries })}
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
    </>
  );
}
