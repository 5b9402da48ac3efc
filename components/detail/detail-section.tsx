// A titled part of a detail page, with how many items it holds ("Bundles (3)").
import type { ReactNode } from 'react';

export function DetailSection({ title, count, children, testId }: { title: string; count?: number; children: ReactNode; testId: string }) {
  const id = `h-${testId}`;
  return (
    <section aria-labelledby={id} className="space-y-2" data-testid={testId}>
      <h2 id={id} className="text-base font-semibold">
        {title} {count !== undefined && <span className="text-sm font-normal text-muted">({count})</span>}
      </h2>
      {children}
    </section>
  );
}
