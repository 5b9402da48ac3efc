// Clone action: a form prefilled from another GitRepo. Secrets are never copied (they cannot be
// read back), and per-object state such as forceSyncGeneration is dropped.
import { parseDocument } from 'yaml';
import type { GitRepoForm } from './gitrepo-form';
import { isAuthSecretNameOf } from './secret-names';

export interface CloneResult {
  form: GitRepoForm;
  /** Messages to show above the form, e.g. that credentials must be entered again. */
  notes: string[];
}

export function cloneForm(source: GitRepoForm): CloneResult {
  const form = structuredClone(source);
  const notes: string[] = [];
  form.name = '';

  if (form.auth.type === 'basic' || form.auth.type === 'ssh') {
    form.auth = { type: 'none' };
    notes.push('Credentials are not copied: choose Git authentication again.');
  } else if (form.auth.type === 'existing' && isAuthSecretNameOf(source.name, form.auth.secretName)) {
    notes.push(
      `Secret "${form.auth.secretName}" was created for "${source.name}" and is deleted with it; enter credentials to give the clone its own Secret.`,
    );
  }

  if (form.advanced.trim()) {
    const doc = parseDocument(form.advanced);
    if (doc.errors.length === 0 && doc.has('forceSyncGeneration')) {
      doc.delete('forceSyncGeneration');
      const rest = doc.contents && 'items' in doc.contents && doc.contents.items.length === 0 ? '' : String(doc);
      form.advanced = rest;
    }
  }
  return { form, notes };
}
