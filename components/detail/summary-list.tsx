// Label/value pairs of a detail page as a description list: `rows` (label beside value, two columns on wide
// screens) or `tiles` (a grid of small label-over-value cells in a bordered box, for short values).
import type { ReactNode } from 'react';
import { CopyButton } from '@/components/copy-button';

export interface SummaryItem {
  label: string;
  value: ReactNode;
  testId?: string;
  /** Tiles: take two columns (a long value such as a selector). */
  wide?: boolean;
}

const TILE_COLUMNS = { 3: 'grid-cols-1 sm:grid-cols-2 lg:grid-cols-3', 5: 'grid-cols-2 sm:grid-cols-5', 6: 'grid-cols-2 sm:grid-cols-3 lg:grid-cols-6' } as const;

export function SummaryList({ items, testId, variant = 'rows', columns = 6 }: { items: SummaryItem[]; testId?: string; variant?: 'rows' | 'tiles'; columns?: keyof typeof TILE_COLUMNS }) {
  if (variant === 'tiles')
    return (
      <dl className={`grid gap-4 rounded-lg border border-border bg-surface p-4 ${TILE_COLUMNS[columns]}`} data-testid={testId}>
        {items.map((i) => (
          <div key={i.label} className={`min-w-0 ${i.wide ? 'sm:col-span-2' : ''}`} data-testid={i.testId}>
            <dt className="text-xs text-muted">{i.label}</dt>
            <dd className="mt-0.5 break-words text-sm">{i.value}</dd>
          </div>
        ))}
      </dl>
    );
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]" data-testid={testId}>
      {items.map((i) => (
        <div key={i.label} className="contents" data-testid={i.testId}>
          <dt className="text-muted">{i.label}</dt>
          <dd className="min-w-0 break-words">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A detail page's "Summary" box: label/value rows, each with a test id made from its label. */
export function SummarySection({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <section aria-labelledby="summary-h" className="rounded-lg border border-border bg-surface p-4" data-testid="summary">
      <h2 id="summary-h" className="mb-3 text-base font-semibold">
        Summary
      </h2>
      <SummaryList items={rows.map(([label, value]) => ({ label, value, testId: `summary-${label.toLowerCase().replace(/[^a-z]+/g, '-')}` }))} />
    </section>
  );
}

/** A name or value set in monospace, optionally with a copy button. */
export function Mono({ children, copy }: { children: ReactNode; copy?: string }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1">
      <code className="break-all font-mono text-xs">{children}</code>
      {copy && <CopyButton value={copy} label={copy} />}
    </span>
  );
}
