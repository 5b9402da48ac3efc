'use client';
// Behaviour tab: polling for newer chart versions, pause, keep resources on delete, drift correction.
import { CheckField, Field, inputClass } from '@/components/ui/field';
import { Section } from '@/components/gitrepo/form/form-section';
import type { HelmOpTabProps } from './tab-props';

export function HelmOpBehaviourTab({ form, update, e }: HelmOpTabProps) {
  const cd = form.correctDrift;
  return (
    <div className="grid gap-4">
      <Section title="Polling">
        <Field label="Polling interval" error={e('pollingInterval')} hint="Go duration, e.g. 5m or 1h. Fleet polls only for a version range; empty: the range is resolved once.">
          <input className={`${inputClass} font-mono`} value={form.pollingInterval} onChange={(ev) => update({ pollingInterval: ev.target.value })} />
        </Field>
      </Section>
      <Section title="Rollout and resources">
        <CheckField label="Paused" hint="Changes are not rolled out to clusters." checked={form.paused} onChange={(v) => update({ paused: v })} />
        <CheckField label="Keep resources" hint="When this HelmOp is deleted, leave what the chart installed on the clusters." checked={form.keepResources} onChange={(v) => update({ keepResources: v })} />
      </Section>
      <Section title="Drift correction">
        <CheckField label="Correct drift" hint="Undo changes made on the clusters outside Fleet." checked={cd.enabled} onChange={(v) => update({ correctDrift: { ...cd, enabled: v } }, ['correctDrift'])} />
        <CheckField label="Force (delete and recreate on conflict)" checked={cd.force} onChange={(v) => update({ correctDrift: { ...cd, force: v } }, ['correctDrift'])} />
        <CheckField label="Keep failed Helm releases in history" checked={cd.keepFailHistory} onChange={(v) => update({ correctDrift: { ...cd, keepFailHistory: v } }, ['correctDrift'])} />
      </Section>
    </div>
  );
}
