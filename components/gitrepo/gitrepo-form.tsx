'use client';
// The GitRepo create/edit form: five tabs (each tab's error count on it), the YAML of what will be sent, and a
// Create/Save bar that stays in view. State and saving: use-gitrepo-form.ts; the tabs: form/.
import type { GitRepoForm as FormValues } from '@/lib/fleet/forms';
import { Button } from '@/components/ui/button';
import { Tabs } from '@/components/ui/tabs';
import { comparableYaml } from './gitrepo-api';
import { ConflictDialog } from './conflict-dialog';
import { AuthTab } from './form/auth-tab';
import { BehaviourTab } from './form/behaviour-tab';
import { RepositoryTab } from './form/repository-tab';
import { TargetsTab, type TargetOptions } from './form/targets-tab';
import { YamlTab } from './form/yaml-tab';
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

function ErrorBadge({ n }: { n: number }) {
  if (n === 0) return undefined;
  return (
    <span className="rounded-full bg-danger px-1.5 text-[0.65rem] font-bold text-white dark:text-black" aria-label={`${n} error${n > 1 ? 's' : ''}`}>
      {n}
    </span>
  );
}

export function GitRepoForm({ workspace, mode, initial, existing, notes = [], targetOptions, onSaved, onCancel, onReload, initialTab = 'repository' }: GitRepoFormProps) {
  const f = useGitRepoForm({ workspace, mode, initial, existing, initialTab, onSaved });
  const tab = { form: f.form, update: f.update, e: (k: string) => f.errors[k] };
  const badge = (t: FormTab) => <ErrorBadge n={f.errorCount(t)} />;

  return (
    // Controls keep a bottom scroll margin the height of the Create/Save bar plus a help line, so a field reached by
    // Tab (or a button like "Add path") scrolls clear of the bar instead of ending up, with its help text, under it.
    <form
      noValidate
      className="space-y-4 [&_:is(input,textarea,select,button)]:scroll-mb-32"
      onSubmit={(ev) => {
        ev.preventDefault();
        void f.submit();
      }}
      data-testid="gitrepo-form"
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
        label="GitRepo settings"
        selected={f.tab}
        onSelect={(t) => f.selectTab(t as FormTab)}
        tabs={[
          { id: 'repository', label: 'Repository', badge: badge('repository') },
          { id: 'auth', label: 'Authentication & TLS', badge: badge('auth') },
          { id: 'targets', label: 'Targets', badge: badge('targets') },
          { id: 'behaviour', label: 'Behaviour & advanced', badge: badge('behaviour') },
          { id: 'yaml', label: 'YAML' },
        ]}
      >
        {f.tab === 'repository' && <RepositoryTab {...tab} mode={mode} />}
        {f.tab === 'auth' && <AuthTab {...tab} mode={mode} initialAuth={initial.auth} />}
        {f.tab === 'targets' && <TargetsTab {...tab} options={targetOptions} workspace={workspace} />}
        {f.tab === 'behaviour' && <BehaviourTab {...tab} />}
        {f.tab === 'yaml' && <YamlTab mode={mode} text={f.yaml.text} error={f.yaml.error} onChange={f.onYaml} secrets={f.preview?.secrets ?? []} />}
      </Tabs>
      <div data-testid="form-actions" className="sticky bottom-0 -mx-1 flex flex-wrap items-center gap-2 border-t border-border bg-bg/95 px-1 py-3 backdrop-blur">
        <Button type="submit" variant="primary" busy={f.saving} data-testid="form-submit">
          {mode === 'create' ? 'Create GitRepo' : 'Save changes'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
        {!f.valid && f.submitted && <span className="hidden text-sm text-danger sm:inline">Fix the marked fields first.</span>}
      </div>
      {f.conflict && existing && (
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
      )}
    </form>
  );
}
