'use client';
// Repository credentials & TLS tab: basic auth (stored write-only in a Secret the HelmOp owns, never shown again), an
// existing Secret, a CA bundle (kept in that Secret as `cacerts`) and TLS verification.
import type { HelmAuth } from '@/lib/fleet/forms';
import { Button } from '@/components/ui/button';
import { CheckField, Field, inputClass } from '@/components/ui/field';
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
  const stored = mode === 'edit' && initialAuth.type === 'existing' ? initialAuth.secretName : undefined;
  const keepingStored = stored !== undefined && a.type === 'existing' && a.secretName === stored;
  const setAuth = (auth: HelmAuth) => update({ auth }, ['auth']);
  return (
    <div className="grid gap-4">
      <Section title="Repository credentials" hint="For private chart repositories and registries. Fleet reads them from a Secret (helmSecretName); the values typed here are never shown again.">
        {keepingStored ? (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface-2 p-3 text-sm" data-testid="stored-secret">
            <span>
              Credentials are stored in Secret <span className="font-mono">{stored}</span> (values are never shown).
            </span>
            <Button size="sm" onClick={() => setAuth(emptyAuth('basic'))}>
              Replace credentials…
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setAuth({ type: 'none' })}>
              Stop using credentials
            </Button>
          </div>
        ) : (
          <div role="radiogroup" aria-label="Repository credentials" className="grid gap-2 sm:grid-cols-3">
            {CHOICES.map((c) => (
              <label key={c.type} className={`flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm ${a.type === c.type ? 'border-accent bg-accent/5' : 'border-border'}`}>
                <input type="radio" name="helm-auth-type" className="mt-1" checked={a.type === c.type} onChange={() => setAuth(emptyAuth(c.type))} />
                <span>
                  <span className="font-medium">{c.label}</span>
                  <span className="block text-xs text-muted">{c.hint}</span>
                </span>
              </label>
            ))}
          </div>
        )}
        {a.type === 'basic' && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Username" required error={e('auth.username')}>
              <input className={inputClass} autoComplete="off" value={a.username} onChange={(ev) => setAuth({ ...a, username: ev.target.value })} />
            </Field>
            <Field label="Password or access token" required error={e('auth.password')}>
              <input className={inputClass} type="password" autoComplete="new-password" value={a.password} onChange={(ev) => setAuth({ ...a, password: ev.target.value })} />
            </Field>
          </div>
        )}
        {a.type === 'existing' && !keepingStored && (
          <Field label="Secret name" required error={e('auth.secretName')} hint="Keys Fleet reads: username, password, cacerts, insecureSkipVerify, basicHTTP.">
            <input className={`${inputClass} font-mono`} value={a.secretName} onChange={(ev) => setAuth({ ...a, secretName: ev.target.value })} />
          </Field>
        )}
      </Section>
      <Section title="TLS">
        <Field label="CA bundle (PEM)" error={e('caBundle')} hint="Extra certificate authorities to trust for the chart repository; stored with the credentials (write-only).">
          <textarea className={`${inputClass} font-mono text-xs`} rows={4} spellCheck={false} value={form.caBundle} onChange={(ev) => update({ caBundle: ev.target.value })} />
        </Field>
        <CheckField
          label="Skip TLS certificate verification"
          hint="Insecure: accepts any certificate. Prefer a CA bundle."
          checked={form.insecureSkipTLSVerify}
          error={e('insecureSkipTLSVerify')}
          onChange={(v) => update({ insecureSkipTLSVerify: v })}
        />
      </Section>
    </div>
  );
}
