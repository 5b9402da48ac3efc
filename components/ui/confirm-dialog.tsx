'use client';
// Confirmation for consequential actions: says what will happen, optionally asks the person to
// type a word (e.g. the object's name) before the confirm button works, and shows the action's
// error in place if it fails (the dialog stays open so nothing is lost).
import { useId, useState, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { inputClass } from './field';

export function ConfirmDialog({
  title, children, confirmLabel, onConfirm, onClose, typeToConfirm, variant = 'danger', testId = 'confirm-dialog',
}: {
  title: ReactNode;
  /** What will happen, in words. */
  children: ReactNode;
  confirmLabel: string;
  /** Runs the action; a rejection's message is shown in the dialog. Resolve to close. */
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
  /** When set, the confirm button stays disabled until exactly this text is typed. */
  typeToConfirm?: string;
  variant?: ButtonVariant;
  testId?: string;
}) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const inputId = useId();
  const bodyId = useId();
  const ready = typeToConfirm === undefined || typed === typeToConfirm;
  const confirm = async () => {
    if (!ready) return;
    setBusy(true);
    setError('');
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId={testId}
      describedBy={bodyId}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant={variant} busy={busy} disabled={!ready} onClick={() => void confirm()} data-testid="confirm-button">
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div id={bodyId} className="space-y-3">
        {children}
      </div>
      {typeToConfirm !== undefined && (
        <form
          className="mt-4 flex flex-col gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <label htmlFor={inputId} className="text-sm">
            Type <span className="select-all rounded bg-surface-2 px-1 font-mono font-semibold">{typeToConfirm}</span> to confirm
          </label>
          <input id={inputId} className={`${inputClass} font-mono`} autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="confirm-input" autoFocus />
        </form>
      )}
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-danger/40 bg-danger/10 p-2 text-sm" data-testid="confirm-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
