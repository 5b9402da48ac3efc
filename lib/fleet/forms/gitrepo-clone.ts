// Clone action: a form prefilled from another GitRepo. Secrets are never copied (they cannot be
// read back) nor shared: a Secret this dashboard made for the source is owned by it and vanishes
// with it, so the clone asks for its own credentials. Per-object state (forceSyncGeneration) is dropped.
import { parseDocument } from 'yaml';
import { repoUrlKind } from './git-validators';
import type { GitAuth, GitRepoForm } from './gitrepo-form';
import { isAuthSecretNameOf } from './secret-names';

/** Empty credentials of the kind the repository URL needs (what the person must fill in again). */
function freshAuth(repo: string): GitAuth {
  switch (repoUrlKind(repo)) {
    case 'ssh':
      return { type: 'ssh', privateKey: '', knownHosts: '' };
    case 'http':
      return { type: 'basic', username: '', password: '' };
    default:
      return { type: 'none' };
  }
}

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
      `Secret "${form.auth.secretName}" was created for "${source.name}" and is deleted with it, so the clone does not use it: enter credentials for the clone (they get their own Secret).`,
    );
    form.auth = freshAuth(form.repo);
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
