'use client';
// The agent's proxy variables (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) for one cluster or many.
import { useState } from 'react';
import { proxyEditProblems, type FieldProblem } from '@/lib/fleet/rows/cluster-row';
import { Field, inputClass } from '@/components/ui/field';
import { errorsOf, FormDialog } from './dialog-parts';

export function ProxyDialog({
  title, initial, onSave, onClose, bulk,
}: {
  title: string;
  initial: { httpProxy: string; httpsProxy: string; noProxy: string };
  onSave: (v: { httpProxy: string; httpsProxy: string; noProxy: string }) => Promise<void>;
  onClose: () => void;
  bulk?: boolean;
}) {
  const [v, setV] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<FieldProblem[]>([]);
  const fe = (f: string) => fields.find((p) => p.field === f)?.message;
  const save = async () => {
    const p = proxyEditProblems({ ...v, resourceVersion: 'x' });
    setFields(p);
    if (p.length) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSave(v);
      onClose();
    } catch (e) {
      const x = errorsOf(e);
      setError(x.message);
      setFields(x.fields);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog title={title} onClose={onClose} onSubmit={() => void save()} busy={busy} error={error} submitLabel="Save proxy settings" testId="proxy-dialog">
      <p className="text-muted">
        Sets HTTP_PROXY, HTTPS_PROXY and NO_PROXY in <code className="font-mono">spec.agentEnvVars</code> (other variables are kept; an empty field removes the
        variable). Fleet redeploys the agent with them.{bulk ? ' The same values are written to every selected cluster.' : ''}
      </p>
      <Field label="HTTP_PROXY" error={fe('httpProxy')}>
        <input className={`${inputClass} font-mono`} value={v.httpProxy} onChange={(e) => setV({ ...v, httpProxy: e.target.value })} placeholder="http://proxy.example.com:3128" />
      </Field>
      <Field label="HTTPS_PROXY" error={fe('httpsProxy')}>
        <input className={`${inputClass} font-mono`} value={v.httpsProxy} onChange={(e) => setV({ ...v, httpsProxy: e.target.value })} placeholder="http://proxy.example.com:3128" />
      </Field>
      <Field label="NO_PROXY" error={fe('noProxy')} hint="Comma-separated, no spaces. Include the manager's API server host if it is reachable directly.">
        <input className={`${inputClass} font-mono`} value={v.noProxy} onChange={(e) => setV({ ...v, noProxy: e.target.value })} placeholder="127.0.0.1,10.0.0.0/8,.svc,.cluster.local" />
      </Field>
    </FormDialog>
  );
}
