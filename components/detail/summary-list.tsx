// Label/value pairs of a detail page as a description list, two columns on wide screens.
import type { ReactNode } from 'react';

export function SummaryList({ items, testId }: { items: { label: string; value: ReactNode }[]; testId?: string }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]" data-testid={testId}>
      {items.map((i) => (
        <div key={i.label} className="contents">
          <dt className="text-muted">{i.label}</dt>
          <dd className="min-w-0 break-words">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
