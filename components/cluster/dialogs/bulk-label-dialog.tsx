'use client';
// Many clusters at once: set one label or remove one key (the whole set is edited one cluster at a time).
import { useState } from 'react';
import { labelEditProblems } from '@/lib/fleet/rows/cluster-row';
import { Field, inputClass } from '@/components/ui/field';
import { FormDialog, plural } from './dialog-parts';

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
