'use client';
// One cluster's labels, edited as a whole. Errors show beside the label that caused them; nothing typed is lost when
// a save fails.
import { useState } from 'react';
import { labelEditProblems, type FieldProblem } from '@/lib/fleet/rows/cluster-row';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { errorsOf, FormDialog } from './dialog-parts';

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
