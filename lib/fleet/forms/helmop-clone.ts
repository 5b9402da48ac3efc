// Clone action for HelmOps: a form prefilled from another HelmOp. Credentials are never copied (a
// Secret cannot be read back), and a Secret the dashboard made for the source is owned by it and
// vanishes with it, so the clone asks for its own; a Secret made by hand is shared as is.
import type { HelmOpForm } from './helmop-form';
import { isHelmAuthSecretNameOf } from './secret-names';

export interface HelmOpCloneResult {
  form: HelmOpForm;
  notes: string[];
}

export function cloneHelmOpForm(source: HelmOpForm): HelmOpCloneResult {
  const form = structuredClone(source);
  const notes: string[] = [];
  form.name = '';
  form.releaseName = '';
  if (source.releaseName) notes.push(`The release name "${source.releaseName}" is not copied: two HelmOps installing one release on the same cluster would fight over it.`);
  if (form.auth.type === 'basic' || form.caBundle) {
    form.auth = { type: 'none' };
    form.caBundle = '';
    notes.push('Credentials are not copied: enter the repository credentials again.');
  } else if (form.auth.type === 'existing' && isHelmAuthSecretNameOf(source.name, form.auth.secretName)) {
    notes.push(
      `Secret "${form.auth.secretName}" was created for "${source.name}" and is deleted with it, so the clone does not use it: enter credentials for the clone (they get their own Secret).`,
    );
    form.auth = { type: 'basic', username: '', password: '' };
  }
  return { form, notes };
}
