'use client';
// The GitRepo create/edit form: five tabs in the shared frame (components/forms/object-form-shell.tsx), the YAML of
// what will be sent. State and saving: use-gitrepo-form.ts; the tabs: form/.
import type { GitRepoForm as FormValues } from '@/lib/fleet/forms';
import { ObjectFormShell } from '@/components/forms/object-form-shell';
import type { KindFormProps } from '@/components/forms/object-form-pages';
import { fetchGitRepoDetail } from './gitrepo-api';
import { AuthTab } from './form/auth-tab';
import { BehaviourTab } from './form/behaviour-tab';
import { RepositoryTab } from './form/repository-tab';
import { TargetsTab, type TargetOptions } from './form/targets-tab';
import { useGitRepoForm, type Existing, type FormTab } from './use-gitrepo-form';

export type { FormTab, TargetOptions };

export type GitRepoFormProps = KindFormProps<FormValues, Existing, FormTab>;

export function GitRepoForm({ workspace, mode, initial, existing, notes = [], targetOptions, onSaved, onCancel, onReload, initialTab = 'repository' }: GitRepoFormProps) {
  const f = useGitRepoForm({ workspace, mode, initial, existing, initialTab, onSaved });
  const tab = { form: f.form, update: f.update, e: (k: string) => f.errors[k] };
  return (
    <ObjectFormShell
      kind="GitRepo"
      f={f}
      mode={mode}
      notes={notes}
      onCancel={onCancel}
      tabs={[
        { id: 'repository', label: 'Repository' },
        { id: 'auth', label: 'Authentication & TLS' },
        { id: 'targets', label: 'Targets' },
        { id: 'behaviour', label: 'Behaviour & advanced' },
        { id: 'yaml', label: 'YAML' },
      ]}
      workspace={workspace}
      editing={!!existing}
      load={async (name) => (await fetchGitRepoDetail(workspace, name)).object}
      onReload={onReload}
    >
      {f.tab === 'repository' && <RepositoryTab {...tab} mode={mode} />}
      {f.tab === 'auth' && <AuthTab {...tab} mode={mode} initialAuth={initial.auth} />}
      {f.tab === 'targets' && <TargetsTab {...tab} options={targetOptions} workspace={workspace} />}
      {f.tab === 'behaviour' && <BehaviourTab {...tab} />}
    </ObjectFormShell>
  );
}
