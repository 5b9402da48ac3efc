'use client';
// Editor for a metav1.LabelSelector: matchLabels rows (key = value) and matchExpressions rows (key,
// In/NotIn/Exists/DoesNotExist, values). Problems are shown beside the offending field as you type.
import { SELECTOR_OPERATORS, formatSelector, selectorProblems, type LabelSelector } from '@/lib/fleet/selector';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

export interface SelectorDraft {
  labels: { key: string; value: string }[];
  exprs: { key: string; operator: string; values: string }[];
}

export function draftFromSelector(sel: LabelSelector | null | undefined): SelectorDraft {
  return {
    labels: Object.entries(sel?.matchLabels ?? {}).map(([key, value]) => ({ key, value })),
    exprs: (sel?.matchExpressions ?? []).map((e) => ({ key: e.key, operator: e.operator, values: (e.values ?? []).join(', ') })),
  };
}

/** The LabelSelector a draft stands for (blank rows ignored); duplicate matchLabels keys: last wins. */
export function selectorFromDraft(d: SelectorDraft): LabelSelector {
  const sel: LabelSelector = {};
  const labels = d.labels.filter((l) => l.key.trim() || l.value.trim());
  if (labels.length) sel.matchLabels = Object.fromEntries(labels.map((l) => [l.key.trim(), l.value.trim()]));
  const exprs = d.exprs.filter((e) => e.key.trim() || e.values.trim());
  if (exprs.length) {
    sel.matchExpressions = exprs.map((e) => {
      const values = e.values.split(',').map((v) => v.trim()).filter(Boolean);
      return e.operator === 'Exists' || e.operator === 'DoesNotExist' ? { key: e.key.trim(), operator: e.operator, ...(values.length ? { values } : {}) } : { key: e.key.trim(), operator: e.operator, values };
    });
  }
  return sel;
}

/** field path (matchLabels.<key> | matchExpressions.<i>.<part>) → message, for the rows. */
export function draftProblems(d: SelectorDraft, serverErrors: { field: string; message: string }[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of selectorProblems(selectorFromDraft(d))) {
    const k = p.path.slice(0, 3).join('.');
    if (!out.has(k)) out.set(k, p.message);
  }
  for (const e of serverErrors) {
    const k = e.field.replace(/^selector\./, '').split('.').slice(0, 3).join('.');
    if (!out.has(k)) out.set(k, e.message);
  }
  return out;
}

export function SelectorEditor({ draft, onChange, serverErrors }: { draft: SelectorDraft; onChange: (d: SelectorDraft) => void; serverErrors?: { field: string; message: string }[] }) {
  const problems = draftProblems(draft, serverErrors);
  const labelKeys = draft.labels.map((l) => l.key.trim());
  const setLabel = (i: number, patch: Partial<SelectorDraft['labels'][number]>) =>
    onChange({ ...draft, labels: draft.labels.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const setExpr = (i: number, patch: Partial<SelectorDraft['exprs'][number]>) =>
    onChange({ ...draft, exprs: draft.exprs.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  return (
    <div className="space-y-4" data-testid="selector-editor">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Match labels (all must be equal)</legend>
        {draft.labels.length === 0 && <p className="text-xs text-muted">None.</p>}
        {draft.labels.map((l, i) => {
          const dup = l.key.trim() && labelKeys.indexOf(l.key.trim()) !== i ? `Label '${l.key.trim()}' is given twice` : undefined;
          const err = dup ?? problems.get(`matchLabels.${l.key.trim()}`);
          return (
            <div key={i} className="flex flex-wrap items-start gap-2" data-testid="match-label-row">
              <div className="flex min-w-[10rem] flex-1 flex-col gap-1">
                <input aria-label={`Label key ${i + 1}`} className={`${inputClass} font-mono`} value={l.key} placeholder="key" aria-invalid={err ? true : undefined} onChange={(e) => setLabel(i, { key: e.target.value })} />
                {err && <p className="text-xs font-medium text-danger" data-testid="field-error">{err}</p>}
              </div>
              <span className="py-1.5 text-muted">=</span>
              <input aria-label={`Label value ${i + 1}`} className={`${inputClass} min-w-[8rem] flex-1 font-mono`} value={l.value} placeholder="value" onChange={(e) => setLabel(i, { value: e.target.value })} />
              <Button size="sm" variant="ghost" aria-label={`Remove label ${l.key || i + 1}`} onClick={() => onChange({ ...draft, labels: draft.labels.filter((_, j) => j !== i) })}>
                Remove
              </Button>
            </div>
          );
        })}
        <Button size="sm" onClick={() => onChange({ ...draft, labels: [...draft.labels, { key: '', value: '' }] })}>
          Add label
        </Button>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Match expressions</legend>
        {draft.exprs.length === 0 && <p className="text-xs text-muted">None.</p>}
        {draft.exprs.map((e, i) => {
          const keyErr = problems.get(`matchExpressions.${i}.key`);
          const opErr = problems.get(`matchExpressions.${i}.operator`);
          const valErr = problems.get(`matchExpressions.${i}.values`);
          const noValues = e.operator === 'Exists' || e.operator === 'DoesNotExist';
          return (
            <div key={i} className="flex flex-wrap items-start gap-2" data-testid="match-expression-row">
              <div className="flex min-w-[10rem] flex-1 flex-col gap-1">
                <input aria-label={`Expression key ${i + 1}`} className={`${inputClass} font-mono`} value={e.key} placeholder="key" aria-invalid={keyErr ? true : undefined} onChange={(ev) => setExpr(i, { key: ev.target.value })} />
                {keyErr && <p className="text-xs font-medium text-danger" data-testid="field-error">{keyErr}</p>}
              </div>
              <div className="flex flex-col gap-1">
                <select aria-label={`Expression operator ${i + 1}`} className={`${inputClass} w-auto`} value={e.operator} aria-invalid={opErr ? true : undefined} onChange={(ev) => setExpr(i, { operator: ev.target.value })}>
                  {SELECTOR_OPERATORS.map((op) => (
                    <option key={op} value={op}>
                      {op}
                    </option>
                  ))}
                </select>
                {opErr && <p className="text-xs font-medium text-danger">{opErr}</p>}
              </div>
              <div className="flex min-w-[10rem] flex-1 flex-col gap-1">
                <input
                  aria-label={`Expression values ${i + 1}`}
                  className={`${inputClass} font-mono`}
                  value={e.values}
                  placeholder={noValues ? '(no values)' : 'value1, value2'}
                  disabled={noValues && !e.values}
                  aria-invalid={valErr ? true : undefined}
                  onChange={(ev) => setExpr(i, { values: ev.target.value })}
                />
                {valErr && <p className="text-xs font-medium text-danger" data-testid="field-error">{valErr}</p>}
              </div>
              <Button size="sm" variant="ghost" aria-label={`Remove expression ${i + 1}`} onClick={() => onChange({ ...draft, exprs: draft.exprs.filter((_, j) => j !== i) })}>
                Remove
              </Button>
            </div>
          );
        })}
        <Button size="sm" onClick={() => onChange({ ...draft, exprs: [...draft.exprs, { key: '', operator: 'In', values: '' }] })}>
          Add expression
        </Button>
      </fieldset>
      <p className="text-xs text-muted">
        As a string: <code className="rounded bg-surface-2 px-1 font-mono" data-testid="selector-string">{formatSelector(selectorFromDraft(draft)) || '(empty: every cluster in the workspace)'}</code>
      </p>
    </div>
  );
}
