// A plain table for detail pages (headings in one row, cells top-aligned), scrolling sideways on narrow screens.
// Sortable, paged lists use their own tables (gitrepo-table, cluster-table, …).
import type { ReactNode } from 'react';

export function SimpleTable({ head, children, testId }: { head: string[]; children: ReactNode; testId?: string }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[40rem] text-sm" data-testid={testId}>
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className = '' }: { children?: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}
