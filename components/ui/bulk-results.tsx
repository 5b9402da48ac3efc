'use client';
import type { ReactNode } from 'react';
import { Button } from './button';

// Per-item outcome of a bulk action: a one-line tally, then each item with its own result in words.
export interface BulkItemResult {
  /** What the item is called on screen, e.g. "fleet-default/my-repo" or just the name. */
  name: string;
  status: 'pending' | 'ok' | 'error';
  /** Success note or the error in plain words. */
  message?: string;
}

export function BulkResults({ title, results, onDismiss }: { title: string; results: BulkItemResult[]; onDismiss?: () => void }) {
  const ok = results.filter((r) => r.status === 'ok').length;
  const failed = results.filter((r) => r.status === 'error').length;
  const pending = results.length - ok - failed;
  const tone = failed > 0 ? 'border-danger/40 bg-danger/5' : 'border-border bg-surface';
  return (
    <section aria-label={title} className={`rounded-lg border p-3 text-sm ${tone}`} data-testid="bulk-results">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold" role="status" aria-live="polite">
          {title}: {ok} succeeded{failed > 0 && `, ${failed} failed`}
          {pending > 0 && `, ${pending} in progress…`}
        </p>
        {onDismiss && pending === 0 && (
          <button type="button" onClick={onDismiss} className="text-xs text-accent underline">
            Dismiss
          </button>
        )}
      </div>
      <ul className="mt-2 max-h-60 space-y-1 overflow-y-auto">
        {results.map((r) => (
          <li key={r.name} className="flex gap-2" data-testid="bulk-result" data-name={r.name} data-status={r.status}>
            <span aria-hidden="true" className={r.status === 'error' ? 'text-danger' : r.status === 'ok' ? 'text-green-600 dark:text-green-400' : 'text-muted'}>
              {r.status === 'error' ? '✕' : r.status === 'ok' ? '✓' : '…'}
            </span>
            <span className="font-mono text-xs leading-5">{r.name}</span>
            <span className={`leading-5 ${r.status === 'error' ? 'text-danger' : 'text-muted'}`}>
              <span className="sr-only">{r.status === 'error' ? 'failed:' : r.status === 'ok' ? 'done:' : 'pending'}</span>
              {r.message}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Runs `fn` for each item, a few at a time, reporting every result as it arrives. Never throws:
 * a failure is that item's result.
 */
export async function runBulk<T>(
  items: T[],
  nameOf: (t: T) => string,
  fn: (t: T) => Promise<string | undefined>,
  onProgress: (results: BulkItemResult[]) => void,
  concurrency = 4,
): Promise<BulkItemResult[]> {
  const results: BulkItemResult[] = items.map((t) => ({ name: nameOf(t), status: 'pending' }));
  onProgress([...results]);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i] as T;
      try {
        const message = await fn(item);
        results[i] = { name: nameOf(item), status: 'ok', message };
      } catch (e) {
        results[i] = { name: nameOf(item), status: 'error', message: e instanceof Error ? e.message : String(e) };
      }
      onProgress([...results]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** The bar above a list while rows are selected: the count, the actions, and a way out. */
export function BulkToolbar({ count, onClear, children }: { count: number; onClear: () => void; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-accent/40 bg-accent/5 px-3 py-2 text-sm" role="toolbar" aria-label="Bulk actions" data-testid="bulk-bar">
      <span className="font-medium">{count} selected</span>
      {children}
      <Button size="sm" variant="ghost" onClick={onClear} className="ml-auto">
        Clear selection
      </Button>
    </div>
  );
}
