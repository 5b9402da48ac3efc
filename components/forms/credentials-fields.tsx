'use client';
// Credentials and TLS inputs the GitRepo and HelmOp forms share: the Secret an edited object already uses (kept,
// replaced or dropped; values never shown), username and password, an existing Secret's name, a CA bundle and TLS
// verification. Typed credentials go to a write-only Secret the object owns.
import { Button } from '@/components/ui/button';
import { CheckField, Field, inputClass } from '@/components/ui/field';

type Auth = { type: string; secretName?: string };

/** While editing: the Secret the stored object names, and whether the form still keeps it. */
export function storedSecret(mode: 'create' | 'edit', initialAuth: Auth, auth: Auth): { stored?: string; keepingStored: boolean } {
  const stored = mode === 'edit' && initialAuth.type === 'existing' ? initialAuth.secretName : undefined;
  return { stored, keepingStored: stored !== undefined && auth.type === 'existing' && auth.secretName === stored };
}

export function StoredSecretBar({ stored, onReplace, onStop }: { stored: string; onReplace: () => void; onStop: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface-2 p-3 text-sm" data-testid="stored-secret">
      <span>
        Credentials are stored in Secret <span className="font-mono">{stored}</span> (values are never shown).
      </span>
      <Button size="sm" onClick={onReplace}>
        Replace credentials…
      </Button>
      <Button size="sm" variant="ghost" onClick={onStop}>
        Stop using credentials
      </Button>
    </div>
  );
}

type Basic = { type: 'basic'; username: string; password: string };

export function BasicAuthFields<A extends Basic>({
  a, setAuth, e, usernameRequired, usernameHint,
}: {
  a: A;
  setAuth: (a: A) => void;
  e: (k: string) => string | undefined;
  usernameRequired?: boolean;
  usernameHint?: string;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Username" required={usernameRequired} error={e('auth.username')} hint={usernameHint}>
        <input className={inputClass} autoComplete="off" value={a.username} onChange={(ev) => setAuth({ ...a, username: ev.target.value })} />
      </Field>
      <Field label="Password or access token" required error={e('auth.password')}>
        <input className={inputClass} type="password" autoComplete="new-password" value={a.password} onChange={(ev) => setAuth({ ...a, password: ev.target.value })} />
      </Field>
    </div>
  );
}

export function SecretNameField({ value, onChange, error, hint }: { value: string; onChange: (v: string) => void; error?: string; hint: string }) {
  return (
    <Field label="Secret name" required error={error} hint={hint}>
      <input className={`${inputClass} font-mono`} value={value} onChange={(ev) => onChange(ev.target.value)} />
    </Field>
  );
}

/** CA bundle and "skip verification". */
export function TlsFields({
  form, update, e, caHint,
}: {
  form: { caBundle: string; insecureSkipTLSVerify: boolean };
  update: (patch: { caBundle?: string; insecureSkipTLSVerify?: boolean }) => void;
  e: (k: string) => string | undefined;
  caHint: string;
}) {
  return (
    <>
      <Field label="CA bundle (PEM)" error={e('caBundle')} hint={caHint}>
        <textarea className={`${inputClass} font-mono text-xs`} rows={4} spellCheck={false} value={form.caBundle} onChange={(ev) => update({ caBundle: ev.target.value })} />
      </Field>
      <CheckField
        label="Skip TLS certificate verification"
        hint="Insecure: accepts any certificate. Prefer a CA bundle."
        checked={form.insecureSkipTLSVerify}
        error={e('insecureSkipTLSVerify')}
        onChange={(v) => update({ insecureSkipTLSVerify: v })}
      />
    </>
  );
}
