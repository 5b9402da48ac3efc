'use client';
// Dialogs for cluster actions: confirmations (force update, delete), label editing (one cluster: the
// whole set; many: set or remove one label), agent proxy variables, and moving to another workspace.
// Errors show beside the field that caused them; nothing typed is lost when a save fails.
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { labelEditProblems, proxyEditProblems, type FieldProblem } from '@/lib/fleet/rows/cluster-row';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { moveInfo } from './cluster-api';
import { queryKeys } from '@/lib/http/query-keys';

function NameList({ names }: { names: string[] }) {
  return (
    <ul className="max-h-40 list-inside list-disc overflow-y-auto font-mono text-xs" data-testid="dialog-names">
      {names.slice(0, 50).map((n) => (
        <li key={n}>{n}</li>
      ))}
      {names.length > 50 && <li className="list-none text-muted">…and {names.length - 50} more</li>}
    </ul>
  );
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function ForceUpdateDialog({ names, onConfirm, onClose }: { names: string[]; onConfirm: () => Promise<void>; onClose: () => void }) {
  return (
    <ConfirmDialog title={`Force agent update on ${plural(names.length, 'cluster')}?`} confirmLabel="Force update" variant="primary" onConfirm={onConfirm} onClose={onClose} testId="force-update-dialog">
      <p>
        Increments <code className="font-mono">spec.redeployAgentGeneration</code>: Fleet redeploys the fleet-agent on each cluster (the recovery step after a
        backup restore, or when an agent is stuck). Bundles are not redeployed.
      </p>
      <NameList names={names} />
    </ConfirmDialog>
  );
}

export function DeleteClustersDialog({ names, onConfirm, onClose }: { names: string[]; onConfirm: () => Promise<void>; onClose: () => void }) {
  const single = names.length === 1 ? names[0] : undefined;
  return (
    <ConfirmDialog
      title={`Delete ${single ? `cluster ${single}` : plural(names.length, 'cluster')}?`}
      confirmLabel="Delete"
      typeToConfirm={single ?? `delete ${names.length} clusters`}
      onConfirm={onConfirm}
      onClose={onClose}
      testId="delete-cluster-dialog"
    >
      <p>
        Removes the Cluster {single ? 'entry' : 'entries'} from Fleet: Fleet deletes {single ? 'its' : 'their'} cluster namespace and every BundleDeployment in it,
        so nothing more is deployed there. The downstream cluster and its workloads are not touched; its agent keeps running until you uninstall it, and
        registers again if it still holds valid credentials.
      </p>
      <NameList names={names} />
    </ConfirmDialog>
  );
}

function errorsOf(e: unknown): { message: string; fields: FieldProblem[] } {
  if (e instanceof ApiFetchError) return { message: e.message, fields: e.fieldErrors ?? [] };
  return { message: e instanceof Error ? e.message : String(e), fields: [] };
}

function FormDialog({
  title, children, onClose, onSubmit, busy, error, submitLabel, testId,
}: { title: string; children: ReactNode; onClose: () => void; onSubmit: () => void; busy: boolean; error?: string; submitLabel: string; testId: string }) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId={testId}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={onSubmit} data-testid="dialog-submit">
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        className="space-y-3"
      >
        {children}
        <button type="submit" hidden />
      </form>
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-danger/40 bg-danger/10 p-2 text-sm" data-testid="dialog-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}

/** One cluster's user labels, edited as a whole (reserved fleet.cattle.io/ and management.cattle.io/ ones are shown, not editable). */
export function EditLabelsDialog({
  name, labels, reserved, onSave, onClose,
}: {
  name: string;
  labels: Record<string, string>;
  reserved?: Record<string, string>;
  onSave: (labels: { key: string; value: string }[]) => Promise<void>;
  onClose: () => void;
}) {
  const [rows, setRows] = useState(() => Object.entries(labels).map(([key, value]) => ({ key, value })));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [serverFields, setServerFields] = useState<FieldProblem[]>([]);
  const [tried, setTried] = useState(false);
  const clean = rows.filter((r) => r.key.trim() || r.value.trim());
  const problems = [...(tried ? labelEditProblems(clean) : []), ...serverFields];
  const problemAt = (i: number, part: 'key' | 'value') => {
    const idx = clean.indexOf(rows[i]!);
    return idx < 0 ? undefined : problems.find((p) => p.field === `labels.${idx}.${part}`)?.message;
  };
  const save = async () => {
    setTried(true);
    setServerFields([]);
    if (labelEditProblems(clean).length) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSave(clean.map((r) => ({ key: r.key.trim(), value: r.value })));
      onClose();
    } catch (e) {
      const x = errorsOf(e);
      setError(x.message);
      setServerFields(x.fields);
    } finally {
      setBusy(false);
    }
  };
  const set = (i: number, patch: Partial<{ key: string; value: string }>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <FormDialog title={`Labels of ${name}`} onClose={onClose} onSubmit={() => void save()} busy={busy} error={error} submitLabel="Save labels" testId="labels-dialog">
      <p className="text-muted">GitRepo targets and cluster groups select clusters by these labels; changing them can move the cluster into or out of groups.</p>
      {rows.length === 0 && <p className="text-xs text-muted">No labels.</p>}
      {rows.map((r, i) => {
        const ke = problemAt(i, 'key');
        const ve = problemAt(i, 'value');
        return (
          <div key={i} className="flex flex-wrap items-start gap-2" data-testid="label-row">
            <div className="flex min-w-[10rem] flex-1 flex-col gap-1">
              <input aria-label={`Key ${i + 1}`} className={`${inputClass} font-mono`} value={r.key} placeholder="key" aria-invalid={ke ? true : undefined} onChange={(e) => set(i, { key: e.target.value })} />
              {ke && <p className="text-xs font-medium text-danger" data-testid="field-error">{ke}</p>}
            </div>
            <span className="py-1.5 text-muted">=</span>
            <div className="flex min-w-[8rem] flex-1 flex-col gap-1">
              <input aria-label={`Value ${i + 1}`} className={`${inputClass} font-mono`} value={r.value} placeholder="value" aria-invalid={ve ? true : undefined} onChange={(e) => set(i, { value: e.target.value })} />
              {ve && <p className="text-xs font-medium text-danger" data-testid="field-error">{ve}</p>}
            </div>
            <Button size="sm" variant="ghost" aria-label={`Remove label ${r.key || i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              Remove
            </Button>
          </div>
        );
      })}
      <Button size="sm" onClick={() => setRows([...rows, { key: '', value: '' }])} data-testid="add-label">
        Add label
      </Button>
      {reserved && Object.keys(reserved).length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-muted">{Object.keys(reserved).length} labels owned by Fleet/Rancher (not editable)</summary>
          <ul className="mt-1 space-y-0.5 font-mono">
            {Object.entries(reserved).map(([k, v]) => (
              <li key={k}>
                {k}={v}
              </li>
            ))}
          </ul>
        </details>
      )}
    </FormDialog>
  );
}

/** Many clusters: set one label (key=value) or remove one key. */
export function BulkLabelDialog({ count, onApply, onClose }: { count: number; onApply: (op: { mode: 'set' | 'remove'; key: string; value: string }) => void; onClose: () => void }) {
  const [mode, setMode] = useState<'set' | 'remove'>('set');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const problems = tried ? labelEditProblems([{ key, value: mode === 'set' ? value : '' }]) : [];
  const ke = problems.find((p) => p.field.endsWith('.key'))?.message ?? (tried && !key.trim() ? 'Give the label key' : undefined);
  const ve = problems.find((p) => p.field.endsWith('.value'))?.message;
  const submit = () => {
    setTried(true);
    if (!key.trim() || labelEditProblems([{ key, value: mode === 'set' ? value : '' }]).length) return;
    onApply({ mode, key: key.trim(), value });
  };
  return (
    <FormDialog title={`Edit labels of ${plural(count, 'cluster')}`} onClose={onClose} onSubmit={submit} busy={false} submitLabel={mode === 'set' ? 'Set label' : 'Remove label'} testId="bulk-labels-dialog">
      <fieldset className="flex gap-4">
        <legend className="sr-only">Change</legend>
        <label className="flex items-center gap-1.5">
          <input type="radio" checked={mode === 'set'} onChange={() => setMode('set')} /> Set (add or change)
        </label>
        <label className="flex items-center gap-1.5">
          <input type="radio" checked={mode === 'remove'} onChange={() => setMode('remove')} /> Remove
        </label>
      </fieldset>
      <Field label="Key" error={ke}>
        <input className={`${inputClass} font-mono`} value={key} onChange={(e) => setKey(e.target.value)} placeholder="env" />
      </Field>
      {mode === 'set' && (
        <Field label="Value" error={ve}>
          <input className={`${inputClass} font-mono`} value={value} onChange={(e) => setValue(e.target.value)} placeholder="prod" />
        </Field>
      )}
    </FormDialog>
  );
}

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

/** Move: asks the server whether Rancher's way is available; if not, says why and what to do instead. */
export function MoveDialog({
  probe, names, workspaces, from, onMove, onClose,
}: { probe: { namespace: string; name: string }; names: string[]; workspaces: string[]; from: string; onMove: (to: string) => void; onClose: () => void }) {
  const info = useQuery({ queryKey: queryKeys.clusterMove(probe.namespace), queryFn: () => moveInfo(probe.namespace, probe.name), staleTime: 60_000 });
  const [to, setTo] = useState('');
  const [tried, setTried] = useState(false);
  const targets = workspaces.filter((w) => w !== from);
  const possible = info.data?.possible === true;
  return (
    <Dialog
      title={`Move ${names.length === 1 ? names[0] : plural(names.length, 'cluster')} to another workspace`}
      onClose={onClose}
      testId="move-dialog"
      footer={
        <>
          <Button onClick={onClose}>{possible ? 'Cancel' : 'Close'}</Button>
          {possible && (
            <Button
              variant="primary"
              onClick={() => {
                setTried(true);
                if (to) onMove(to);
              }}
              data-testid="dialog-submit"
            >
              Move
            </Button>
          )}
        </>
      }
    >
      {info.isLoading ? (
        <p aria-busy="true">Checking whether clusters can be moved here…</p>
      ) : info.isError ? (
        <p role="alert" className="text-danger">{info.error.message}</p>
      ) : !possible ? (
        <div role="note" className="space-y-2" data-testid="move-not-possible">
          <p className="font-medium">This Fleet installation cannot move clusters between workspaces.</p>
          <p>{info.data?.reason}</p>
        </div>
      ) : (
        <div className="space-y-3">
          <p>Rancher moves each cluster by setting its management cluster&apos;s workspace; Fleet then re-creates the Cluster in the new workspace.</p>
          <NameList names={names} />
          <Field label="Move to" error={tried && !to ? 'Pick a workspace' : undefined}>
            <select className={inputClass} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">Choose…</option>
              {targets.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
    </Dialog>
  );
}
