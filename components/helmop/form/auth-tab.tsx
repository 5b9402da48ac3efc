'use client';
// Repository credentials & TLS tab: basic auth (stored write-only in a Secret the HelmOp owns, never shown again), an
// existing Secret, a CA bundle (kept in that Secret as `cacerts`) and TLS verification.
import type { HelmAuth } from '@/lib/fleet/forms';
import { ChoiceCards } from '@/components/ui/choice-cards';
import { BasicAuthFields, SecretNameField, StoredSecretBar, TlsFields, storedSecret } from '@/components/forms/credentials-fields';
import { Section } from '@/components/gitrepo/form/form-section';
import type { HelmOpTabProps } from './tab-props';

const CHOICES: { type: HelmAuth['type']; label: string; hint: string }[] = [
  { type: 'none', label: 'None', hint: 'A public repository' },
  { type: 'basic', label: 'Username and password', hint: 'Stored in a new Secret, never shown again' },
  { type: 'existing', label: 'Existing Secret', hint: 'A Secret already in this workspace' },
];

const emptyAuth = (type: HelmAuth['type']): HelmAuth =>
  type === 'basic' ? { type, username: '', password: '' } : type === 'existing' ? { type, secretName: '' } : { type };

export function HelmAuthTab({ form, update, e, mode, initialAuth }: HelmOpTabProps & { mode: 'create' | 'edit'; initialAuth: HelmAuth }) {
  const a = form.auth;
  const { stored, keepingStored } = storedSecret(mode, initialAuth, a);
  const setAuth = (auth: HelmAuth) => update({ auth }, ['auth']);
  return (
    <div className="grid gap-4">
      <Section title="Repository credentials" hint="For private chart repositories and registries. Fleet reads them from a Secret (helmSecretName); the values typed here are never shown again.">
        {keepingStored && stored ? (
          <StoredSecretBar stored={stored} onReplace={() => setAuth(emptyAuth('basic'))} onStop={() => setAuth({ type: 'none' })} />
        ) : (
          <ChoiceCards label="Repository credentials" name="helm-auth-type" choices={CHOICES} value={a.type} onChoose={(t) => setAuth(emptyAuth(t))} className="sm:grid-cols-3" />
        )}
        {a.type === 'basic' && <BasicAuthFields a={a} setAuth={setAuth} e={e} usernameRequired />}
        {a.type === 'existing' && !keepingStored && (
          <SecretNameField
            value={a.secretName}
            onChange={(secretName) => setAuth({ ...a, secretName })}
            error={e('auth.secretName')}
            hint="Keys Fleet reads: username, password, cacerts, insecureSkipVerify, basicHTTP."
          />
        )}
      </Section>
      <Section title="TLS">
        <TlsFields form={form} update={update} e={e} caHint="Extra certificate authorities to trust for the chart repository; stored with the credentials (write-only)." />
      </Section>
    </div>
  );
}
