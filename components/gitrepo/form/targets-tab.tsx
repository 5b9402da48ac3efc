'use client';
// Targets tab: where to deploy (all, none, Fleet's default, or specific clusters, groups and selectors), with the
// workspace's cluster and group names offered, and the deployment's namespace and service account. Shared by the
// GitRepo and HelmOp forms: it reads and writes only these three fields.
import type { FormTargets } from '@/lib/fleet/forms';
import { Field, inputClass } from '@/components/ui/field';
import { Section } from './form-section';
import { TargetEditor, type TargetOptions } from './target-editor';

export type { TargetOptions };

/** The fields of any form with a target editor (GitRepoForm, HelmOpForm). */
interface TargetFields {
  targets: FormTargets;
  targetNamespace: string;
  serviceAccount: string;
}
type TargetTabProps = {
  form: TargetFields;
  update: (patch: Partial<TargetFields>, keys?: string[]) => void;
  e: (k: string) => string | undefined;
};

export function TargetsTab({ form, update, e, options, workspace }: TargetTabProps & { options?: TargetOptions; workspace: string }) {
  return (
    <div className="grid gap-4">
      <Section title="Where to deploy">
        <TargetEditor targets={form.targets} onChange={(targets) => update({ targets }, ['targets'])} e={e} options={options} workspace={workspace} />
      </Section>
      <Section title="Deployment identity">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Target namespace" error={e('targetNamespace')} hint="Force every resource into this namespace (cluster-scoped resources are then rejected).">
            <input className={`${inputClass} font-mono`} value={form.targetNamespace} onChange={(ev) => update({ targetNamespace: ev.target.value })} />
          </Field>
          <Field label="Service account" error={e('serviceAccount')} hint="Downstream service account the agent deploys as.">
            <input className={`${inputClass} font-mono`} value={form.serviceAccount} onChange={(ev) => update({ serviceAccount: ev.target.value })} />
          </Field>
        </div>
      </Section>
    </div>
  );
}
