'use client';
// The HelmOp create/edit form: five tabs in the shared frame (components/forms/object-form-shell.tsx), the YAML of
// what will be sent. State and saving: use-helmop-form.ts; the tabs: form/ (targets shared with the
// GitRepo form).
import type { HelmOpForm as FormValues } from '@/lib/fleet/forms';
import { ObjectFormShell } from '@/components/forms/object-form-shell';
import type { KindFormProps } from '@/components/forms/object-form-pages';
import { TargetsTab } from '@/components/gitrepo/form/targets-tab';
import { fetchHelmOpDetail } from './helmop-api';
import { HelmAuthTab } from './form/auth-tab';
import { HelmOpBehaviourTab } from './form/behaviour-tab';
import { ChartTab } from './form/chart-tab';
import { useHelmOpForm, type ExistingHelmOp, type HelmOpFormTab } from './use-helmop-form';

export type HelmOpFormProps = KindFormProps<FormValues, ExistingHelmOp, HelmOpFormTab>;

export function HelmOpFormView({ workspace, mode, initial, existing, notes = [], targetOptions, onSaved, onCancel, onReload, initialTab = 'chart' }: HelmOpFormProps) {
  const f = useHelmOpForm({ workspace, mode, initial, existing, initialTab, onSaved });
  const tab = { form: f.form, update: f.update, e: (k: string) => f.errors[k] };
  return (
    <ObjectFormShell
      kind="HelmOp"
      f={f}
      mode={mode}
      notes={notes}
      onCancel={onCancel}
      tabs={[
        { id: 'chart', label: 'Chart & values' },
        { id: 'auth', label: 'Credentials & TLS' },
        { id: 'targets', label: 'Targets' },
        { id: 'behaviour', label: 'Behaviour' },
        { id: 'yaml', label: 'YAML' },
      ]}
      workspace={workspace}
      editing={!!existing}
      load={async (name) => (await fetchHelmOpDetail(workspace, name)).object}
      onReload={onReload}
    >
      {f.tab === 'chart' && <ChartTab {...tab} mode={mode} workspace={workspace} />}
      {f.tab === 'auth' && <HelmAuthTab {...tab} mode={mode} initialAuth={initial.auth} />}
      {f.tab === 'targets' && <TargetsTab {...tab} options={targetOptions} workspace={workspace} />}
      {f.tab === 'behaviour' && <HelmOpBehaviourTab {...tab} />}
    </ObjectFormShell>
  );
}
