'use client';
// The HelmOp create/edit form: five tabs (each tab's error count on it), the YAML of what will be sent, and a
// Create/Save bar that stays in view. State and saving: use-helmop-form.ts; the tabs: form/ (targets shared with the
// GitRepo form).
import type { HelmOpForm as FormValues } from '@/lib/fleet/forms';
import { Button } from '@/components/ui/button';
import { Tabs } from '@/components/ui/tabs';
import { comparableYaml } from '@/components/gitrepo/gitrepo-api';
import { ConflictDialog } from '@/components/gitrepo/conflict-dialog';
import { TargetsTab, type TargetOptions } from '@/components/gitrepo/form/targets-tab';
import { fetchHelmOpDetail } from './helmop-api';
import { HelmAuthTab } from './form/auth-tab';
import { HelmOpBehaviourTab } from './form/behaviour-tab';
import { ChartTab } from './form/chart-tab';
import { HelmOpYamlTab } from './form/yaml-tab';
import { useHelmOpForm, type ExistingHelmOp, type HelmOpFormTab } from './use-helmop-form';

export interface HelmOpFormProps {
  workspace: string;
  mode: 'create' | 'edit';
  initial: FormValues;
  existing?: ExistingHelmOp;
  notes?: string[];
  targetOptions?: TargetOptions;
  onSaved: (name: string) => void;
  onCancel: () => void;
  onReload?: () => void;
  initialTab?: HelmOpFormTab;
}

function ErrorBadge({ n }: { n: number }) {
  if (n === 0) return undefined;
  return (
    <span className="rounded-full bg-danger px-1.5 text-[0.65rem] font-bold text-white dark:text-black" aria-label={`${n} error${n > 1 ? 's' : ''}`}>
      {n}
    </span>
  );
}

export function HelmOpFormView({ workspace, mode, initial, existing, notes = [], targetOptions, onSaved, onCancel, onReload, initialTab = 'chart' }: HelmOpFormProps) {
  const f = useHelmOpForm({ workspace, mode, initial, existing, initialTab, onSaved });
  const tab = { form: f.form, update: f.update, e: (k: string) => f.errors[k] };
  const badge = (t: HelmOpFormTab) => <ErrorBadge n={f.errorCount(t)} />;
  return (
    <form
      noValidate
      className="space-y-4 [&_:is(input,textarea,select,button)]:scroll-mb-32"
      onSubmit={(ev) => {
        ev.preventDefault();
        void f.submit();
      }}
      data-testid="helmop-form"
    >
      {notes.length > 0 && (
        <ul className="rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" data-testid="form-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {(f.message || f.errors._form) && (
        <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-3 text-sm" data-testid="form-error">
          {f.message && <p className="font-medium">{f.message}</p>}
          {f.errors._form && <p>{f.errors._form}</p>}
        </div>
      )}
      <Tabs
        label="HelmOp settings"
        selected={f.tab}
        onSelect={(t) => f.selectTab(t as HelmOpFormTab)}
        tabs={[
          { id: 'chart', label: 'Chart & values', badge: badge('chart') },
          { id: 'auth', label: 'Credentials & TLS', badge: badge('auth') },
          { id: 'targets', label: 'Targets', badge: badge('targets') },
          { id: 'behaviour', label: 'Behaviour', badge: badge('behaviour') },
          { id: 'yaml', label: 'YAML' },
        ]}
      >
        {f.tab === 'chart' && <ChartTab {...tab} mode={mode} workspace={workspace} />}
        {f.tab === 'auth' && <HelmAuthTab {...tab} mode={mode} initialAuth={initial.auth} />}
        {f.tab === 'targets' && <TargetsTab {...tab} options={targetOptions} workspace={workspace} />}
        {f.tab === 'behaviour' && <HelmOpBehaviourTab {...tab} />}
        {f.tab === 'yaml' && <HelmOpYamlTab mode={mode} text={f.yaml.text} error={f.yaml.error} onChange={f.onYaml} secrets={f.preview?.secrets ?? []} />}
      </Tabs>
      <div data-testid="form-actions" className="sticky bottom-0 -mx-1 flex flex-wrap items-center gap-2 border-t border-border bg-bg/95 px-1 py-3 backdrop-blur">
        <Button type="submit" variant="primary" busy={f.saving} data-testid="form-submit">
          {mode === 'create' ? 'Create HelmOp' : 'Save changes'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
        {!f.valid && f.submitted && <span className="hidden text-sm text-danger sm:inline">Fix the marked fields first.</span>}
      </div>
      {f.conflict && existing && (
        <ConflictDialog
          workspace={workspace}
          name={f.form.name}
          kind="HelmOp"
          load={async () => (await fetchHelmOpDetail(workspace, f.form.name)).object}
          mine={f.preview ? comparableYaml(f.preview.manifest as unknown as Record<string, unknown>) : ''}
          onReload={() => {
            f.setConflict(false);
            onReload?.();
          }}
          onClose={() => f.setConflict(false)}
        />
      )}
    </form>
  );
}
