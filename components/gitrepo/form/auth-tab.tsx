'use client';
// Authentication & TLS tab: Git credentials (kept in a Secret the GitRepo owns; never shown again), Helm repository
// credentials, CA bundle and TLS verification.
import { repoUrlKind, type GitAuth } from '@/lib/fleet/forms';
import { Button } from '@/components/ui/button';
import { CheckField, Field, inputClass } from '@/components/ui/field';
import { Section, type TabProps } from './form-section';

const AUTH_CHOICES: { type: GitAuth['type']; label: string; hint: string }[] = [
  { type: 'none', label: 'None', hint: 'Public repository' },
  { type: 'basic', label: 'Username and password / token', hint: 'HTTPS URLs' },
  { type: 'ssh', label: 'SSH key', hint: 'SSH URLs' },
  { type: 'existing', label: 'Existing Secret', hint: 'A Secret already in this workspace' },
];

function emptyAuth(type: GitAuth['type']): GitAuth {
  switch (type) {
    case 'none':
      return { type };
    case 'basic':
      return { type, username: '', password: '' };
    case 'ssh':
      return { type, privateKey: '', knownHosts: '' };
    case 'existing':
      return { type, secretName: '' };
  }
}

export function AuthTab({ form, update, e, mode, initialAuth }: TabProps & { mode: 'create' | 'edit'; initialAuth: GitAuth }) {
  const a = form.auth;
  const stored = mode === 'edit' && initialAuth.type === 'existing' ? initialAuth.secretName : undefined;
  const keepingStored = stored !== undefined && a.type === 'existing' && a.secretName === stored;
  const setAuth = (auth: GitAuth) => update({ auth }, ['auth']);
  return (
    <div className="grid gap-4">
      <Section title="Git authentication" hint="Credentials typed here are stored in a Secret owned by this GitRepo. They are never shown again.">
        {keepingStored ? (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface-2 p-3 text-sm" data-testid="stored-secret">
            <span>
              Credentials are stored in Secret <span className="font-mono">{stored}</span> (values are never shown).
            </span>
            <Button size="sm" onClick={() => setAuth(emptyAuth(repoUrlKind(form.repo) === 'http' ? 'basic' : 'ssh'))}>
              Replace credentials…
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setAuth({ type: 'none' })}>
              Stop using credentials
            </Button>
          </div>
        ) : (
          <>
            <div role="radiogroup" aria-label="Git authentication" className="grid gap-2 sm:grid-cols-2">
              {AUTH_CHOICES.map((c) => (
                <label key={c.type} className={`flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm ${a.type === c.type ? 'border-accent bg-accent/5' : 'border-border'}`}>
                  <input type="radio" name="auth-type" className="mt-1" checked={a.type === c.type} onChange={() => setAuth(emptyAuth(c.type))} />
                  <span>
                    <span className="font-medium">{c.label}</span>
                    <span className="block text-xs text-muted">{c.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {e('auth.type') && <p className="text-xs font-medium text-danger" data-testid="field-error">{e('auth.type')}</p>}
            {stored && (
              <p className="text-xs text-muted">
                Currently stored in Secret <span className="font-mono">{stored}</span>.{' '}
                <button type="button" className="text-accent underline" onClick={() => setAuth({ type: 'existing', secretName: stored })}>
                  Keep it
                </button>
              </p>
            )}
          </>
        )}
        {a.type === 'basic' && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Username" error={e('auth.username')} hint="Empty: the token is used as username (e.g. GitLab/Bitbucket tokens).">
              <input className={inputClass} autoComplete="off" value={a.username} onChange={(ev) => setAuth({ ...a, username: ev.target.value })} />
            </Field>
            <Field label="Password or access token" required error={e('auth.password')}>
              <input className={inputClass} type="password" autoComplete="new-password" value={a.password} onChange={(ev) => setAuth({ ...a, password: ev.target.value })} />
            </Field>
          </div>
        )}
        {a.type === 'ssh' && (
          <div className="grid gap-4">
            <Field label="Private key" required error={e('auth.privateKey')} hint="PEM/OpenSSH private key without a passphrase.">
              <textarea className={`${inputClass} font-mono text-xs`} rows={6} spellCheck={false} autoComplete="off" value={a.privateKey} onChange={(ev) => setAuth({ ...a, privateKey: ev.target.value })} />
            </Field>
            <Field label="known_hosts (optional)" error={e('auth.knownHosts')} hint="Host keys to trust, e.g. the output of ssh-keyscan github.com. Empty: Fleet's defaults apply.">
              <textarea className={`${inputClass} font-mono text-xs`} rows={3} spellCheck={false} value={a.knownHosts} onChange={(ev) => setAuth({ ...a, knownHosts: ev.target.value })} />
            </Field>
          </div>
        )}
        {a.type === 'existing' && !keepingStored && (
          <Field label="Secret name" required error={e('auth.secretName')} hint="A kubernetes.io/basic-auth or kubernetes.io/ssh-auth Secret in this workspace.">
            <input className={`${inputClass} font-mono`} value={a.secretName} onChange={(ev) => setAuth({ ...a, secretName: ev.target.value })} />
          </Field>
        )}
      </Section>
      <Section title="Helm repository authentication" hint="For charts pulled from private Helm repositories.">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Helm secret name" error={e('helmSecretName')} hint="Used for every Helm repository (helmSecretName).">
            <input className={`${inputClass} font-mono`} value={form.helmSecretName} onChange={(ev) => update({ helmSecretName: ev.target.value })} />
          </Field>
          <Field label="Helm secret per path" error={e('helmSecretNameForPaths')} hint="Secret holding credentials per path (helmSecretNameForPaths).">
            <input className={`${inputClass} font-mono`} value={form.helmSecretNameForPaths} onChange={(ev) => update({ helmSecretNameForPaths: ev.target.value })} />
          </Field>
        </div>
        <Field label="Helm repository URL regex" error={e('helmRepoURLRegex')} hint="Only send Helm credentials to repository URLs matching this Go regular expression.">
          <input className={`${inputClass} font-mono`} value={form.helmRepoURLRegex} onChange={(ev) => update({ helmRepoURLRegex: ev.target.value })} />
        </Field>
      </Section>
      <Section title="TLS">
        <Field label="CA bundle (PEM)" error={e('caBundle')} hint="Extra certificate authorities to trust for the Git and Helm servers.">
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
