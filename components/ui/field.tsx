'use client';
// Label + control + hint + error beside it. The control gets id, aria-invalid and aria-describedby
// from here, so every form field announces its own error.
import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

export const inputClass =
  'w-full rounded-md border border-border bg-surface px-3 py-1.5 text-sm text-fg placeholder:text-muted/70 aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger/40 disabled:opacity-60 read-only:bg-surface-2';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function Field({
  label, hint, error, children, className = '', required, testId,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** One input/select/textarea; it receives id and aria attributes. */
  children: ReactElement<ControlProps>;
  className?: string;
  required?: boolean;
  testId?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })
    : children;
  return (
    <div className={`flex flex-col gap-1 text-sm ${className}`} data-testid={testId}>
      <label htmlFor={id} className="font-medium">
        {label}
        {required && <span className="ml-0.5 text-danger" aria-hidden="true">*</span>}
      </label>
      {control}
      {error && (
        <p id={errorId} className="text-xs font-medium text-danger" data-testid="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label on the right, a hint under it, and an error beside it. */
export function CheckField({
  label, hint, checked, onChange, error, disabled, name,
}: { label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (v: boolean) => void; error?: string; disabled?: boolean; name?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2 text-sm">
      <input
        id={id}
        name={name}
        type="checkbox"
        className="mt-0.5 h-4 w-4 accent-[var(--accent)]"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint || error ? `${id}-d` : undefined}
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {(hint || error) && (
          <p id={`${id}-d`} className={`text-xs ${error ? 'font-medium text-danger' : 'text-muted'}`}>
            {error ?? hint}
          </p>
        )}
      </div>
    </div>
  );
}
