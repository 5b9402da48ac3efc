'use client';
// Repository tab: name, URL, branch or revision, and the paths to deploy.
import { useRef } from 'react';
import { repoUrlKind } from '@/lib/fleet/forms';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { Section, type TabProps } from './form-section';

export function RepositoryTab({ form, update, e, mode }: TabProps & { mode: 'create' | 'edit' }) {
  // A path added with "Add path" (mouse or Enter) gets the focus, so typing goes on in the new field.
  const focusPath = useRef<number | undefined>(undefined);
  const kind = repoUrlKind(form.repo);
  return (
    <div className="grid gap-4">
      <Section title="Repository">
        <Field label="Name" required error={e('name')} hint={mode === 'edit' ? 'Names cannot change; clone to use another name.' : 'Lower-case letters, digits, - and . (at most 63 characters).'}>
          <input className={inputClass} name="name" value={form.name} readOnly={mode === 'edit'} autoComplete="off" onChange={(ev) => update({ name: ev.target.value })} />
        </Field>
        <Field
          label="Repository URL"
          required
          error={e('repo')}
          hint={kind ? `${kind === 'ssh' ? 'SSH' : 'HTTPS'} URL${kind === 'ssh' ? ': use an SSH key for authentication' : ''}` : 'https://host/org/repo.git, ssh://git@host/org/repo.git or git@host:org/repo.git'}
        >
          <input className={`${inputClass} font-mono`} name="repo" value={form.repo} autoComplete="off" spellCheck={false} onChange={(ev) => update({ repo: ev.target.value })} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Branch" error={e('branch')} hint="Follow the latest commit of this branch. Leave empty for the repository's default (master).">
            <input className={`${inputClass} font-mono`} name="branch" value={form.branch} onChange={(ev) => update({ branch: ev.target.value }, ['branch', 'revision'])} />
          </Field>
          <Field label="Revision" error={e('revision')} hint="Or pin a tag or commit. Use a branch or a revision, not both.">
            <input className={`${inputClass} font-mono`} name="revision" value={form.revision} onChange={(ev) => update({ revision: ev.target.value }, ['branch', 'revision'])} />
          </Field>
        </div>
      </Section>
      <Section title="Paths" hint="Directories in the repository that hold what to deploy (globs like charts/* allowed). None = the whole repository.">
        {form.paths.map((p, i) => (
          <div key={i} className="flex items-start gap-2">
            <Field label={`Path ${i + 1}`} error={e(`paths.${i}`)} className="flex-1">
              <input
                ref={(el) => {
                  if (el && focusPath.current === i) {
                    focusPath.current = undefined;
                    el.focus();
                  }
                }}
                className={`${inputClass} font-mono`}
                value={p}
                onChange={(ev) => update({ paths: form.paths.map((x, j) => (j === i ? ev.target.value : x)) }, ['paths'])}
              />
            </Field>
            <Button size="sm" variant="ghost" className="mt-6" aria-label={`Remove path ${i + 1}`} onClick={() => update({ paths: form.paths.filter((_, j) => j !== i) }, ['paths'])}>
              Remove
            </Button>
          </div>
        ))}
        <Button
          size="sm"
          onClick={() => {
            focusPath.current = form.paths.length;
            update({ paths: [...form.paths, ''] }, ['paths']);
          }}
        >
          Add path
        </Button>
      </Section>
    </div>
  );
}
