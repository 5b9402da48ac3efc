'use client';
// The HelmOp's pieces of the create/edit form state (components/forms/use-object-form.ts): its schema, tabs, the
// object and Secret a save sends, and its endpoints.
import { formToHelmOp, helmOpSecretsForForm, helmOpToYaml, HelmOpFormSchema, yamlToHelmOpForm, type HelmOpForm as FormValues } from '@/lib/fleet/forms';
import type { HelmOp } from '@/lib/fleet/kinds/helmop';
import { useObjectForm, type ObjectFormKind } from '@/components/forms/use-object-form';
import { createHelmOp, updateHelmOp } from './helmop-api';

export type HelmOpFormTab = 'chart' | 'auth' | 'targets' | 'behaviour' | 'yaml';
export type ExistingHelmOp = Pick<HelmOp, 'metadata' | 'spec'>;

const TAB_OF: [RegExp, HelmOpFormTab][] = [
  [/^(name|source|values|valuesFrom|releaseName|defaultNamespace)(\.|$)/, 'chart'],
  [/^(auth|caBundle|insecureSkipTLSVerify)(\.|$)/, 'auth'],
  [/^(targets|targetNamespace|serviceAccount)(\.|$)/, 'targets'],
];
export const helmOpTabOf = (key: string): HelmOpFormTab => TAB_OF.find(([re]) => re.test(key))?.[1] ?? 'behaviour';

export const NO_HELMOP_YET = 'The form has errors, so there is no object to show yet. Fix them, or paste a HelmOp here to fill the form.';

const HELMOP_FORM: ObjectFormKind<FormValues, HelmOpFormTab, ExistingHelmOp, ReturnType<typeof formToHelmOp>, ReturnType<typeof helmOpSecretsForForm>[number]> = {
  kind: 'HelmOp',
  schema: HelmOpFormSchema,
  tabOf: helmOpTabOf,
  build: (form, namespace, existing) => ({ manifest: formToHelmOp(form, { namespace, existing }), secrets: helmOpSecretsForForm(form, namespace, existing) }),
  toYaml: helmOpToYaml,
  fromYaml: yamlToHelmOpForm,
  create: createHelmOp,
  update: updateHelmOp,
  noObjectYet: NO_HELMOP_YET,
};

export function useHelmOpForm(opts: { workspace: string; mode: 'create' | 'edit'; initial: FormValues; existing?: ExistingHelmOp; initialTab: HelmOpFormTab; onSaved: (name: string) => void }) {
  return useObjectForm(HELMOP_FORM, opts);
}
