'use client';
// Recreate a GitRepo's missing credentials Secret under the name it already references. Write-only: values go to the
// server once and are never shown again; on error everything typed stays in the form.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { apiUrl } from '@/lib/http/urls';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { useReportFix } from './fix-results';

export function RecreateSecretButton({ workspace, gitrepo, field, name }: { workspace: string; gitrepo: string; field: string; name: string }) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<'basic' | 'ssh'>('basic');
  const [v, setV] = useState({ username: '', password: '', privateKey: '', knownHosts: '' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const reportFix = useReportFix();
  const ssh = type === 'ssh' && field === 'clientSecretName';
  if (field !== 'clientSecretName' && field !== 'helmSecretName') return null;
  const submit = async () => {
    setBusy(true);
    setError('');
    try {
      const body = ssh ? { gitrepo, field, type: 'ssh', privateKey: v.privateKey, knownHosts: v.knownHosts } : { gitrepo, field, type: 'basic', username: v.username, password: v.password };
      await apiFetch(apiUrl.troubleshootingSecret(workspace), { method: 'POST', body: JSON.stringify(body) });
      reportFix({ text: `Secret ${name} created (${ssh ? 'kubernetes.io/ssh-auth' : 'kubernetes.io/basic-auth'}); GitRepo ${gitrepo} can use it on its next poll.` });
      setV({ username: '', password: '', privateKey: '', knownHosts: '' });
      setOpen(false);
      void qc.invalidateQueries({ queryKey: queryKeys.troubleshootingAll() });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)} data-testid="recreate-secret">
        Recreate Secret {name}
      </Button>
      {open && (
        <Dialog
          title={`Recreate Secret ${name}`}
          onClose={() => setOpen(false)}
          testId="secret-dialog"
          footer={
            <>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
              <Button variant="primary" busy={busy} onClick={() => void submit()} data-testid="secret-submit">
                Create Secret
              </Button>
            </>
          }
        >
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <p className="text-sm text-muted">
              Creates Secret <span className="font-mono">{workspace}/{name}</span> for GitRepo <span className="font-mono">{gitrepo}</span> (spec.{field}). The
              values are sent once and never shown again.
            </p>
            {field === 'clientSecretName' && (
              <fieldset className="flex gap-4 text-sm">
                <legend className="sr-only">Credential type</legend>
                <label className="flex items-center gap-1.5">
                  <input type="radio" name="secret-type" checked={type === 'basic'} onChange={() => setType('basic')} /> Username and password / token (HTTPS)
                </label>
                <label className="flex items-center gap-1.5">
                  <input type="radio" name="secret-type" checked={type === 'ssh'} onChange={() => setType('ssh')} /> SSH private key
                </label>
              </fieldset>
            )}
            {ssh ? (
              <>
                <Field label="Private key" required>
                  <textarea className={`${inputClass} h-32 font-mono`} value={v.privateKey} onChange={(e) => setV({ ...v, privateKey: e.target.value })} spellCheck={false} autoComplete="off" />
                </Field>
                <Field label="known_hosts (optional)">
                  <textarea className={`${inputClass} h-20 font-mono`} value={v.knownHosts} onChange={(e) => setV({ ...v, knownHosts: e.target.value })} spellCheck={false} />
                </Field>
              </>
            ) : (
              <>
                <Field label="Username" hint="Empty: the token is used as username.">
                  <input className={inputClass} value={v.username} onChange={(e) => setV({ ...v, username: e.target.value })} autoComplete="off" data-testid="secret-username" />
                </Field>
                <Field label="Password or access token" required>
                  <input type="password" className={inputClass} value={v.password} onChange={(e) => setV({ ...v, password: e.target.value })} autoComplete="new-password" data-testid="secret-password" />
                </Field>
              </>
            )}
            {error && (
              <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-2 text-sm" data-testid="secret-error">
                {error}
              </p>
            )}
          </form>
        </Dialog>
      )}
    </>
  );
}
