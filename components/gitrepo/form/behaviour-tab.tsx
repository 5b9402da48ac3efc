'use client';
// Behaviour & advanced tab: polling and webhooks, pause and delete behaviour, drift correction, and YAML for the spec
// fields without an input of their own.
import { CheckField, Field, inputClass } from '@/components/ui/field';
import { Section, type TabProps } from './form-section';

export function BehaviourTab({ form, update, e }: TabProps) {
  const cd = form.correctDrift;
  return (
    <div className="grid gap-4">
      <Section title="Polling and webhooks">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Polling interval" error={e('pollingInterval')} hint="Go duration, e.g. 1m or 30s. Empty: Fleet's default (15s).">
            <input className={`${inputClass} font-mono`} value={form.pollingInterval} onChange={(ev) => update({ pollingInterval: ev.target.value })} />
          </Field>
          <Field label="Webhook secret" error={e('webhookSecret')} hint="Secret with the token that validates Git webhook calls.">
            <input className={`${inputClass} font-mono`} value={form.webhookSecret} onChange={(ev) => update({ webhookSecret: ev.target.value })} />
          </Field>
        </div>
        <CheckField label="Disable polling" hint="Only webhooks (or Force update) trigger a sync." checked={form.disablePolling} onChange={(v) => update({ disablePolling: v })} />
      </Section>
      <Section title="Rollout and resources">
        <CheckField label="Paused" hint="New commits are fetched but not rolled out to clusters." checked={form.paused} onChange={(v) => update({ paused: v })} />
        <CheckField label="Keep resources" hint="When this GitRepo is deleted, leave what it deployed on the clusters." checked={form.keepResources} onChange={(v) => update({ keepResources: v })} />
        <CheckField label="Delete namespace" hint="When this GitRepo is deleted, also delete the target namespace." checked={form.deleteNamespace} onChange={(v) => update({ deleteNamespace: v })} />
      </Section>
      <Section title="Drift correction">
        <CheckField
          label="Correct drift"
          hint="Undo changes made on the clusters outside Git."
          checked={cd.enabled}
          onChange={(v) => update({ correctDrift: { ...cd, enabled: v } }, ['correctDrift'])}
        />
        <CheckField label="Force (delete and recreate on conflict)" checked={cd.force} onChange={(v) => update({ correctDrift: { ...cd, force: v } }, ['correctDrift'])} />
        <CheckField label="Keep failed Helm releases in history" checked={cd.keepFailHistory} onChange={(v) => update({ correctDrift: { ...cd, keepFailHistory: v } }, ['correctDrift'])} />
      </Section>
      <Section title="Advanced spec fields" hint="YAML for GitRepo spec fields without an input above: forceSyncGeneration, imageScanInterval, imageScanCommit, ociRegistrySecret, bundles.">
        <Field label="Advanced (YAML)" error={e('advanced')}>
          <textarea className={`${inputClass} font-mono text-xs`} rows={6} spellCheck={false} value={form.advanced} onChange={(ev) => update({ advanced: ev.target.value })} />
        </Field>
      </Section>
    </div>
  );
}
