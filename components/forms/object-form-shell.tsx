'use client';
// The frame of a kind's create/edit form (GitRepo, HelmOp): notes, the error summary, the tabs with each tab's error
// count on it, the YAML tab, a Create/Save bar that stays in view, and the conflict dialog of an edit. The kind
// supplies its other tabs' contents.
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Tabs } from '@/components/ui/tabs';
import { comparableYaml } from '@/components/gitrepo/gitrepo-api';
import { ConflictDialog } from '@/components/gitrepo/conflict-dialog';
import { ObjectYamlTab } from './object-yaml-tab';

function ErrorBadge({ n }: { n: number }) {
  if (n === 0) return undefined;
  return (
    <span className="rounded-full bg-danger px-1.5 text-[0.65rem] font-bold text-white dark:text-black" aria-label={`${n} error${n > 1 ? 's' : ''}`}>
      {n}
    </span>
  );
}

/** The parts of the form state (use-object-form.ts) the frame shows. */
interface FormState<Tab extends string> {
  tab: Tab;
  selectTab: (t: Tab) => void;
  errors: Record<string, string>;
  errorCount: (t: Tab) => number;
  message: string;
  saving: boolean;
  valid: boolean;
  submitted: boolean;
  submit: () => Promise<void>;
  yaml: { text: string; error: string };
  onYaml: (text: string) => void;
  preview?: { manifest: unknown; secrets: { metadata: { name: string }; type?: string; stringData?: Record<string, string> }[] };
  form: { name: string };
  conflict: boolean;
  setConflict: (on: boolean) => void;
}

export function ObjectFormShell<Tab extends string>({
  kind, workspace, f, mode, notes, tabs, onCancel, editing, load, onReload, children,
}: {
  kind: 'GitRepo' | 'HelmOp';
  workspace: string;
  f: FormState<Tab>;
  mode: 'create' | 'edit';
  notes: string[];
  /** The tabs in order; the YAML tab (last) shows no count: it shows every error itself. */
  tabs: { id: Tab; label: string }[];
  onCancel: () => void;
  /** An existing object is edited: a 409 on save opens the conflict dialog. */
  editing: boolean;
  /** The object as stored now (the conflict dialog compares it with what the form would save). */
  load: (name: string) => Promise<Record<string, unknown>>;
  /** Edit: reload the object from the server (drops what was typed). */
  onReload?: () => void;
  /** The selected tab's contents (the YAML tab is the frame's own). */
  children: ReactNode;
}) {
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
      data-testid={`${kind.toLowerCase()}-form`}
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
        label={`${kind} settings`}
        selected={f.tab}
        onSelect={(t) => f.selectTab(t as Tab)}
        tabs={tabs.map((t) => (t.id === 'yaml' ? t : { ...t, badge: <ErrorBadge n={f.errorCount(t.id)} /> }))}
      >
        {children}
        {f.tab === 'yaml' && <ObjectYamlTab kind={kind} mode={mode} text={f.yaml.text} error={f.yaml.error} onChange={f.onYaml} secrets={f.preview?.secrets ?? []} />}
      </Tabs>
      <div data-testid="form-actions" className="sticky bottom-0 -mx-1 flex flex-wrap items-center gap-2 border-t border-border bg-bg/95 px-1 py-3 backdrop-blur">
        <Button type="submit" variant="primary" busy={f.saving} data-testid="form-submit">
          {mode === 'create' ? `Create ${kind}` : 'Save changes'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
        {!f.valid && f.submitted && <span className="hidden text-sm text-danger sm:inline">Fix the marked fields first.</span>}
      </div>
      {f.conflict && editing && (
        <ConflictDialog
          workspace={workspace}
          name={f.form.name}
          kind={kind}
          load={() => load(f.form.name)}
          mine={f.preview ? comparableYaml(f.preview.manifest as Record<string, unknown>) : ''}
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
