'use client';
// Authentication & TLS tab: Git credentials (kept in a Secret the GitRepo owns; never shown again), Helm repository
// credentials, CA bundle and TLS verification.
import { repoUrlKind, type GitAuth } from '@/lib/fleet/forms';
import { Field, inputClass } from '@/components/ui/field';
import { ChoiceCards } from '@/components/ui/choice-cards';
import { BasicAuthFields, SecretNameField, StoredSecretBar, TlsFields, storedSecret } from '@/components/forms/credentials-fields';
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
  const { stored, keepingStored } = storedSecret(mode, initialAuth, a);
  const setAuth = (auth: GitAuth) => update({ auth }, ['auth']);
  return (
    <div className="grid gap-4">
      <Section title="Git authentication" hint="Credentials typed here are stored in a Secret owned by this GitRepo. They are never shown again.">
        {keepingStored && stored ? (
          <StoredSecretBar stored={stored} onReplace={() => setAuth(emptyAuth(repoUrlKind(form.repo) === 'http' ? 'basic' : 'ssh'))} onStop={() => setAuth({ type: 'none' })} />
        ) : (
          <>
            <ChoiceCards label="Git authentication" name="auth-type" choices={AUTH_CHOICES} value={a.type} onChoose={(t) => setAuth(emptyAuth(t))} />
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
        {a.type === 'basic' && <BasicAuthFields a={a} setAuth={setAuth} e={e} usernameHint="Empty: the token is used as username (e.g. GitLab/Bitbucket tokens)." />}
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
          <SecretNameField
            value={a.secretName}
            onChange={(secretName) => setAuth({ ...a, secretName })}
            error={e('auth.secretName')}
            hint="A kubernetes.io/basic-auth or kubernetes.io/ssh-auth Secret in this workspace."
          />
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
        <TlsFields form={form} update={update} e={e} caHint="Extra certificate authorities to trust for the Git and Helm servers." />
      </Section>
    </div>
  );
}
