// "Showing 51–100 of 240" with previous/next; used by every list. While the server is still loading the kind after a
// start, it says so ("Loading … 12,000 of 104,000 so far").
import { LoadingNotice, type Loading } from './loading-notice';

export function Pager({ page, pageSize, total, onPage, loading }: { page: number; pageSize: number; total: number; onPage: (p: number) => void; loading?: Loading }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  const btn = 'rounded-md border border-border px-3 py-1 text-sm hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-40';
  const nav = (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
      <span aria-live="polite">
        Showing {first}–{last} of {total}
      </span>
      <span className="flex items-center gap-2">
        <button type="button" className={btn} disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </button>
        <span>
          Page {Math.min(page, pages)} of {pages}
        </span>
        <button type="button" className={btn} disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next
        </button>
      </span>
    </nav>
  );
  return loading ? (
    <>
      <LoadingNotice loading={loading} />
      {nav}
    </>
  ) : (
    nav
  );
}
