'use client';
// The GitRepo create/edit form: five tabs in the shared frame (components/forms/object-form-shell.tsx), the YAML of
// what will be sent. State and saving: use-gitrepo-form.ts; the tabs: form/.
import type { GitRepoForm as FormValues } from '@/lib/fleet/forms';
import { ObjectFormShell } from '@/components/forms/object-form-shell';
import { comparableYaml } from './gitrepo-api';
import { ConflictDialog } from './conflict-dialog';
import { AuthTab } from './form/auth-tab';
import { BehaviourTab } from './form/behaviour-tab';
import { RepositoryTab } from './form/repository-tab';
import { TargetsTab, type TargetOptions } from './form/targets-tab';
import { useGitRepoForm, type Existing, type FormTab } from './use-gitrepo-form';

export type { FormTab, TargetOptions };

export interface GitRepoFormProps {
  workspace: string;
  mode: 'create' | 'edit';
  initial: FormValues;
  /** The object being edited (with its resourceVersion). */
  existing?: Existing;
  notes?: string[];
  targetOptions?: TargetOptions;
  onSaved: (name: string) => void;
  onCancel: () => void;
  /** Edit: reload the object from the server (drops what was typed). */
  onReload?: () => void;
  /** Open on this tab (the detail page's "Edit YAML" opens the YAML tab). */
  initialTab?: FormTab;
}

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
      conflict={
        f.conflict &&
        existing && (
          <ConflictDialog
            workspace={workspace}
            name={f.form.name}
            mine={f.preview ? comparableYaml(f.preview.manifest as unknown as Record<string, unknown>) : ''}
            onReload={() => {
              f.setConflict(false);
              onReload?.();
            }}
            onClose={() => f.setConflict(false)}
          />
        )
      }
    >
      {f.tab === 'repository' && <RepositoryTab {...tab} mode={mode} />}
      {f.tab === 'auth' && <AuthTab {...tab} mode={mode} initialAuth={initial.auth} />}
      {f.tab === 'targets' && <TargetsTab {...tab} options={targetOptions} workspace={workspace} />}
      {f.tab === 'behaviour' && <BehaviourTab {...tab} />}
    </ObjectFormShell>
  );
}
