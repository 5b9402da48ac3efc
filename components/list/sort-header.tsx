// A column header that sorts: a real button inside <th>, with aria-sort on the header.
import type { ReactNode } from 'react';

export function SortHeader<K extends string>({
  k, label, sort, dir, onSort, className = '',
}: { k: K; label: ReactNode; sort: K; dir: 'asc' | 'desc'; onSort: (k: K, dir: 'asc' | 'desc') => void; className?: string }) {
  const active = sort === k;
  return (
    <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={`whitespace-nowrap px-3 py-2 text-left font-medium ${className}`}>
      <button
        type="button"
        onClick={() => onSort(k, active && dir === 'asc' ? 'desc' : 'asc')}
        className="inline-flex items-center gap-1 rounded hover:text-fg"
      >
        {label}
        <span aria-hidden="true" className={active ? 'text-fg' : 'text-muted/50'}>
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
