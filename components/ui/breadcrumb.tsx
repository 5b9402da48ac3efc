// "Parent / current" above a detail or form page; the parent links back to its list.
import Link from 'next/link';
import type { ReactNode } from 'react';

/** `mono`: the current part is an object name (set in the code font); off for words like "new". */
export function Breadcrumb({ href, parent, current, mono = true }: { href: string; parent: string; current: ReactNode; mono?: boolean }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      <Link href={href} className="text-accent hover:underline">
        {parent}
      </Link>{' '}
      / <span className={mono ? 'font-mono' : undefined}>{current}</span>
    </nav>
  );
}
