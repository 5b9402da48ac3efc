'use client';
// The GitRepo's pieces of the create/edit form state (components/forms/use-object-form.ts): its schema, tabs, the
// object and Secrets a save sends, and its endpoints.
import { formToGitRepo, gitRepoToYaml, GitRepoFormSchema, secretsForForm, yamlToForm, type GitRepoForm as FormValues } from '@/lib/fleet/forms';
import type { GitRepo } from '@/lib/fleet/kinds/gitrepo';
import { useObjectForm, type ObjectFormKind } from '@/components/forms/use-object-form';
import { createGitRepo, updateGitRepo } from './gitrepo-api';

export type FormTab = 'repository' | 'auth' | 'targets' | 'behaviour' | 'yaml';
export type Existing = Pick<GitRepo, 'metadata' | 'spec'>;

const TAB_OF: [RegExp, FormTab][] = [
  [/^(name|repo|branch|revision|paths)(\.|$)/, 'repository'],
  [/^(auth|helmSecretName|helmSecretNameForPaths|helmRepoURLRegex|caBundle|insecureSkipTLSVerify)(\.|$)/, 'auth'],
  [/^(targets|targetNamespace|serviceAccount)(\.|$)/, 'targets'],
];
/** The tab holding a field (by its error key, e.g. `targets.entries.0.clusterName`). */
export const tabOf = (key: string): FormTab => TAB_OF.find(([re]) => re.test(key))?.[1] ?? 'behaviour';

export const NO_OBJECT_YET = 'The form has errors, so there is no object to show yet. Fix them, or paste a GitRepo here to fill the form.';

const GITREPO_FORM: ObjectFormKind<FormValues, FormTab, Existing, ReturnType<typeof formToGitRepo>, ReturnType<typeof secretsForForm>[number]> = {
  kind: 'GitRepo',
  schema: GitRepoFormSchema,
  tabOf,
  build: (form, namespace, existing) => ({ manifest: formToGitRepo(form, { namespace, existing }), secrets: secretsForForm(form, namespace, existing) }),
  toYaml: gitRepoToYaml,
  fromYaml: yamlToForm,
  create: createGitRepo,
  update: updateGitRepo,
  noObjectYet: NO_OBJECT_YET,
};

export function useGitRepoForm(opts: { workspace: string; mode: 'create' | 'edit'; initial: FormValues; existing?: Existing; initialTab: FormTab; onSaved: (name: string) => void }) {
  return useObjectForm(GITREPO_FORM, opts);
}
