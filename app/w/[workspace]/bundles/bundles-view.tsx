'use client';
// Bundles of a workspace. Filter, state, sort, page (and an optional GitRepo) live in the URL; the server filters,
// sorts and pages. Live: bundle changes refetch the page shown.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { BundleListQuerySchema, BundleListSchema } from '@/lib/fleet/rows/bundle-row';
import { listQueryToParams, parseListQuery, type ListQuery } from '@/lib/fleet/rows/list';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListToolbar } from '@/components/list/list-toolbar';
import { OBJECT_STATES_WORST_FIRST } from '@/lib/fleet/object-state';

/** A Bundle is never GitUpdating (that is its GitRepo's git job). */
const BUNDLE_LIST_STATES = OBJECT_STATES_WORST_FIRST.filter((s) => s !== 'GitUpdating');
import { Pager } from '@/components/list/pager';
import { BundleTable, type BundleSort } from '@/components/bundle/bundle-table';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { stateLabel } from '@/components/state-badge';
import { buttonClass } from '@/components/ui/button';
import { apiUrl, pageUrl } from '@/lib/http/urls';

const LIVE = ['bundles'] as const;

export function BundlesView({ workspace }: { workspace: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const gitrepo = search.get('gitrepo') ?? '';
  const parsed = useMemo(() => {
    const p = new URLSearchParams(search.toString());
    p.delete('gitrepo');
    return parseListQuery(BundleListQuerySchema, p);
  }, [search]);
  const query = parsed.ok ? parsed.value : undefined;
  const listParams = query ? listQueryToParams(query, { sort: 'name' }) : new URLSearchParams();
  if (gitrepo) listParams.set('gitrepo', gitrepo);
  const params = listParams.toString();
  const all = workspace === '_all';
  useLiveKinds(LIVE, workspace);

  // Plain functions: the React compiler memoises them.
  const navigate = (next: Partial<ListQuery<BundleSort>>, replace = false) => {
    const merged = { ...(query ?? { page: 1, pageSize: 50, sort: 'name' as const, dir: 'asc' as const, q: '' }), ...next };
    const qs = listQueryToParams(merged, { sort: 'name' });
    if (gitrepo) qs.set('gitrepo', gitrepo);
    const url = qs.toString() ? `${pathname}?${qs}` : pathname;
    if (replace) router.replace(url, { scroll: false });
    else router.push(url, { scroll: false });
  };
  const onQuery = (q: string) => navigate({ q, page: 1 }, true);

  const result = useQuery({
    queryKey: queryKeys.list('bundles', workspace, params),
    queryFn: () => apiFetch(apiUrl.bundles(workspace, params), { schema: BundleListSchema }),
    enabled: parsed.ok,
    placeholderData: keepPreviousData,
  });
  const filtered = !!query && (query.q !== '' || query.state !== undefined || gitrepo !== '');

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 id="page-title" className="text-xl font-semibold">
          Bundles
        </h1>
        <span className="text-sm text-muted">
          in <span className="font-mono">{all ? 'all workspaces' : workspace}</span>
          {gitrepo && (
            <>
              {' '}
              of GitRepo <span className="font-mono">{gitrepo}</span>{' '}
              <Link href={pathname} className="text-accent underline">
                show all
              </Link>
            </>
          )}
          {result.data && ` · ${result.data.total} ${filtered ? 'matching' : 'total'}`}
        </span>
        {result.isFetching && !result.isLoading && <span className="text-xs text-muted">updating…</span>}
        {!all && (
          <Link href={pageUrl.matrix(workspace, { gitrepo })} className={`${buttonClass('secondary')} ml-auto`} data-testid="open-matrix">
            Cluster × bundle matrix
          </Link>
        )}
      </div>
      {!parsed.ok ? (
        <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-4 text-sm">
          <p className="font-medium">This link has a filter the dashboard does not understand: {parsed.error}.</p>
          <Link href={pathname} className="mt-2 inline-block text-accent underline">
            Show all Bundles
          </Link>
        </div>
      ) : (
        <>
          <ListToolbar q={query?.q ?? ''} state={query?.state} onQuery={onQuery} onState={(state) => navigate({ state, page: 1 })} placeholder="Bundle or GitRepo name" states={BUNDLE_LIST_STATES} />
          {result.isError ? (
            <ErrorPanel error={result.error} what="Bundles" workspace={all ? 'any workspace' : workspace} onRetry={() => result.refetch()} />
          ) : result.isLoading || !result.data ? (
            <LoadingRows label="Loading Bundles…" />
          ) : result.data.total === 0 ? (
            <div className="rounded-lg border border-dashed border-border bg-surface p-10 text-center" data-testid="empty-state">
              {filtered ? (
                <>
                  <p className="font-medium">
                    No Bundles match {query?.q ? <>&ldquo;{query.q}&rdquo;</> : null}
                    {query?.state ? ` in state ${stateLabel(query.state)}` : null}.
                  </p>
                  <button type="button" className="mt-3 text-sm text-accent underline" onClick={() => navigate({ q: '', state: undefined, page: 1 })}>
                    Clear filters
                  </button>
                </>
              ) : (
                <>
                  <p className="font-medium">No Bundles in {all ? 'any workspace' : workspace} yet</p>
                  <p className="mt-1 text-sm text-muted">Fleet creates a Bundle for every path of a GitRepo (and for each HelmOp).</p>
                </>
              )}
            </div>
          ) : (
            <>
              <BundleTable rows={result.data.items} sort={(query?.sort ?? 'name') as BundleSort} dir={query?.dir ?? 'asc'} onSort={(sort, dir) => navigate({ sort, dir, page: 1 })} showWorkspace={all} />
              <Pager page={result.data.page} pageSize={result.data.pageSize} total={result.data.total} onPage={(page) => navigate({ page })} />
            </>
          )}
        </>
      )}
    </section>
  );
}
