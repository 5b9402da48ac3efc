'use client';
// The body of every list page, one way: the load failed (in words), it is loading, there is nothing (because of the
// filter, with a way to clear it, or at all), or the rows and the pager.
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ObjectState } from '@/lib/fleet/object-state';
import type { ListPage } from '@/lib/fleet/rows/list';
import { queryKeys, type QueryKind } from '@/lib/http/query-keys';
import { stateLabel } from '@/components/state-badge';
import { EmptyPanel, ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { Pager } from './pager';

/** One page of a list, as the list's URL state (useListState) asks for it; the previous page stays while the next loads. */
export function useListQuery<T>(kind: QueryKind, workspace: string, list: { params: string; error?: string }, fetch: (workspace: string, params: string) => Promise<T>) {
  return useQuery({
    queryKey: queryKeys.list(kind, workspace, list.params),
    queryFn: () => fetch(workspace, list.params),
    enabled: !list.error,
    placeholderData: keepPreviousData,
  });
}

/** The list's filter state (useListState), for the "nothing matches" panel. */
type FilterState = { filtered: boolean; query?: { q?: string; state?: ObjectState }; clearFilters: () => void };

export function ListResults<P extends ListPage<unknown>>({
  result, what, loading, workspace, empty, noMatch, onPage, children,
}: {
  result: UseQueryResult<P>;
  /** What is listed, as it reads inside the error's sentence ("GitRepos", "cluster groups"). */
  what: string;
  loading: string;
  workspace?: string;
  /** Shown when the list has no rows at all (an EmptyPanel). */
  empty: ReactNode;
  /** When the filter leaves no rows: what is listed as it reads in "No … match", and filters beyond text and state. */
  noMatch?: { list: FilterState; what: string; more?: ReactNode[] };
  onPage: (page: number) => void;
  children: (page: P) => ReactNode;
}) {
  if (result.isError) return <ErrorPanel error={result.error} what={what} workspace={workspace} onRetry={() => void result.refetch()} />;
  if (result.isLoading || !result.data) return <LoadingRows label={loading} />;
  const page = result.data;
  if (page.total === 0) {
    if (noMatch?.list.filtered) {
      const { list } = noMatch;
      return <NoMatchPanel what={noMatch.what} q={list.query?.q} state={list.query?.state} more={noMatch.more} onClear={list.clearFilters} />;
    }
    return <>{empty}</>;
  }
  return (
    <>
      {children(page)}
      <Pager page={page.page} pageSize={page.pageSize} total={page.total} loading={page.loading} onPage={onPage} />
    </>
  );
}

/** No rows because of the filter: which filter, in words, and a way to clear it. */
export function NoMatchPanel({ what, q, state, more = [], onClear }: { what: string; q?: string; state?: ObjectState; more?: ReactNode[]; onClear: () => void }) {
  const parts: ReactNode[] = [...(q ? [<>&ldquo;{q}&rdquo;</>] : []), ...(state ? [`state ${stateLabel(state)}`] : []), ...more];
  return (
    <EmptyPanel
      title={
        <>
          No {what} match{' '}
          {parts.map((p, i) => (
            <span key={i}>
              {i > 0 && ' and '}
              {p}
            </span>
          ))}
          .
        </>
      }
    >
      <button type="button" className="text-accent underline" onClick={onClear}>
        Clear filters
      </button>
    </EmptyPanel>
  );
}
