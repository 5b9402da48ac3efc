// Pieces every cluster dialog shares: the list of clusters acted on, plurals, a dialog holding a small form (errors
// beside their fields, the server's message below), and the server's field errors of a failed save.
import type { ReactNode } from 'react';
import type { FieldProblem } from '@/lib/fleet/rows/cluster-row';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

export function NameList({ names }: { names: string[] }) {
  return (
    <ul className="max-h-40 list-inside list-disc overflow-y-auto font-mono text-xs" data-testid="dialog-names">
      {names.slice(0, 50).map((n) => (
        <li key={n}>{n}</li>
      ))}
      {names.length > 50 && <li className="list-none text-muted">…and {names.length - 50} more</li>}
    </ul>
  );
}

export const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function errorsOf(e: unknown): { message: string; fields: FieldProblem[] } {
  if (e instanceof ApiFetchError) return { message: e.message, fields: e.fieldErrors ?? [] };
  return { message: e instanceof Error ? e.message : String(e), fields: [] };
}

export function FormDialog({
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
