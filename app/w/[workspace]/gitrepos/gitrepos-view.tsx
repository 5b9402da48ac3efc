'use client';
// Git Repos of a workspace. Filter, state, sort and page live in the URL (shareable); the server does
// the filtering and paging. Loading, empty, forbidden and other errors each have their own state.
// Rows can be selected (across pages) for bulk pause/unpause/force update/delete, reported per item.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { GitRepoListQuerySchema, GitRepoListSchema, GITREPO_DEFAULT_SORT, type GitRepoSortKey } from '@/lib/fleet/rows/gitrepo-row';
import { listQueryToParams, parseListQuery, type ListQuery } from '@/lib/fleet/rows/list';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { GitRepoTable, rowKey } from '@/components/gitrepo/gitrepo-table';
import { BulkBar } from '@/components/gitrepo/bulk-bar';
import { buttonClass } from '@/components/ui/button';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { ListToolbar } from '@/components/list/list-toolbar';
import { OBJECT_STATES_WORST_FIRST } from '@/lib/fleet/object-state';
import { Pager } from '@/components/list/pager';
import { stateLabel } from '@/components/state-badge';
import { useLiveKinds } from '@/components/live/live-updates';
import { apiUrl, pageUrl } from '@/lib/http/urls';

const LIVE_KINDS = ['gitrepos'] as const;

export function GitReposView({ workspace }: { workspace: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const parsed = useMemo(() => parseListQuery(GitRepoListQuerySchema, new URLSearchParams(search.toString())), [search]);
  const query = parsed.ok ? parsed.value : undefined;
  const params = query ? listQueryToParams(query, { sort: GITREPO_DEFAULT_SORT }).toString() : '';
  const all = workspace === '_all';
  const where = all ? 'any workspace' : workspace;

  const navigate = useCallback(
    (next: Partial<ListQuery<GitRepoSortKey>>, replace = false) => {
      const merged = { ...(query ?? { page: 1, pageSize: 50, sort: GITREPO_DEFAULT_SORT, dir: 'asc' as const, q: '' }), ...next };
      const qs = listQueryToParams(merged, { sort: GITREPO_DEFAULT_SORT }).toString();
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [query, pathname, router],
  );
  const onQuery = useCallback((q: string) => navigate({ q, page: 1 }, true), [navigate]);

  useLiveKinds(LIVE_KINDS, workspace);
  const result = useQuery({
    queryKey: queryKeys.list('gitrepos', workspace, params),
    queryFn: () => apiFetch(apiUrl.gitrepos(workspace, params), { schema: GitRepoListSchema }),
    enabled: parsed.ok,
    placeholderData: keepPreviousData,
  });

  const filtered = !!query && (query.q !== '' || query.state !== undefined);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // What each selected row was when selected (uid, generation): a delete refuses to remove anything else.
  const [loaded, setLoaded] = useState<ReadonlyMap<string, { uid?: string; generation?: number }>>(new Map());
  const rows = result.data?.items;
  const onSelect = useCallback(
    (keys: string[], on: boolean) => {
      setSelected((prev) => {
        const next = new Set(prev);
        for (const k of keys) {
          if (on) next.add(k);
          else next.delete(k);
        }
        return next;
      });
      if (on) {
        const byKey = new Map((rows ?? []).map((r) => [rowKey(r), r]));
        setLoaded((prev) => {
          const next = new Map(prev);
          for (const k of keys) {
            const r = byKey.get(k);
            if (r) next.set(k, { uid: r.uid, generation: r.generation });
          }
          return next;
        });
      }
    },
    [rows],
  );
  // Rows on this page are what the person sees now (live updates, their own pause or force update): they win.
  const loadedNow = useMemo(() => {
    const m = new Map(loaded);
    for (const r of rows ?? []) if (selected.has(rowKey(r))) m.set(rowKey(r), { uid: r.uid, generation: r.generation });
    return m;
  }, [loaded, rows, selected]);

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 id="page-title" className="text-xl font-semibold">
          Git Repos
        </h1>
        <span className="text-sm text-muted">
          in <span className="font-mono">{all ? 'all workspaces' : workspace}</span>
          {result.data && ` · ${result.data.total} ${filtered ? 'matching' : 'total'}`}
        </span>
        {result.isFetching && !result.isLoading && <span className="text-xs text-muted">updating…</span>}
        <span className="ml-auto">
          {all ? (
            <span className="text-xs text-muted">Pick a workspace to create a GitRepo</span>
          ) : (
            <Link href={pageUrl.gitrepoNew(workspace)} className={buttonClass('primary')} data-testid="create-gitrepo">
              Create GitRepo
            </Link>
          )}
        </span>
      </div>

      {!parsed.ok ? (
        <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-4 text-sm">
          <p className="font-medium">This link has a filter the dashboard does not understand: {parsed.error}.</p>
          <Link href={pathname} className="mt-2 inline-block text-accent underline">
            Show all Git Repos
          </Link>
        </div>
      ) : (
        <>
          <ListToolbar
            q={query?.q ?? ''}
            state={query?.state}
            onQuery={onQuery}
            onState={(state) => navigate({ state, page: 1 })}
            placeholder="Name, repository, branch or commit"
            states={OBJECT_STATES_WORST_FIRST}
          />
          <BulkBar selected={selected} loaded={loadedNow} showNamespace={all} onClear={() => setSelected(new Set())} onDeselect={(keys) => onSelect(keys, false)} />
          {result.isError ? (
            <ErrorPanel error={result.error} what="Git Repos" forbidden={`You are not allowed to list GitRepos in workspace ${where}`} onRetry={() => result.refetch()} />
          ) : result.isLoading || !result.data ? (
            <LoadingRows label="Loading Git Repos…" />
          ) : result.data.total === 0 ? (
            <div className="rounded-lg border border-dashed border-border bg-surface p-10 text-center" data-testid="empty-state">
              {filtered ? (
                <>
                  <p className="font-medium">
                    No Git Repos match {query?.q ? <>&ldquo;{query.q}&rdquo;</> : null}
                    {query?.q && query.state ? ' and ' : null}
                    {query?.state ? `state ${stateLabel(query.state)}` : null}.
                  </p>
                  <button type="button" className="mt-3 text-sm text-accent underline" onClick={() => navigate({ q: '', state: undefined, page: 1 })}>
                    Clear filters
                  </button>
                </>
              ) : (
                <>
                  <p className="font-medium">No GitRepos in {where} yet</p>
                  <p className="mt-1 text-sm text-muted">A GitRepo points Fleet at a Git repository and the clusters to deploy it to.</p>
                </>
              )}
            </div>
          ) : (
            <>
              <GitRepoTable
                rows={result.data.items}
                sort={query?.sort ?? GITREPO_DEFAULT_SORT}
                dir={query?.dir ?? 'asc'}
                onSort={(sort, dir) => navigate({ sort, dir, page: 1 })}
                showWorkspace={all}
                selected={selected}
                onSelect={onSelect}
              />
              <Pager page={result.data.page} pageSize={result.data.pageSize} total={result.data.total} onPage={(page) => navigate({ page })} />
            </>
          )}
        </>
      )}
    </section>
  );
}
