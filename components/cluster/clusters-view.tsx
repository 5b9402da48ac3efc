'use client';
// Clusters of a workspace (or all). Text, state, label selector, sort and page live in the URL; the
// server filters and pages (the cache answers 10,000 clusters in milliseconds). Rows can be selected
// across pages for bulk actions, each reported per cluster with progress.
import Link from 'next/link';
import { useCallback, useMemo, useState } from 'react';
import { ClusterListQuerySchema, CLUSTER_DEFAULT_SORT, type ClusterRow } from '@/lib/fleet/rows/cluster-row';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListToolbar } from '@/components/list/list-toolbar';
import { ListResults, useListQuery } from '@/components/list/list-results';
import { SelectorInput } from '@/components/selector/selector-input';
import { buttonClass } from '@/components/ui/button';
import { fetchClusters } from './cluster-api';
import { ClusterBulkBar } from './cluster-bulk-bar';
import { ClusterTable, rowKey } from './cluster-table';
import { BadFilterPanel, EmptyPanel } from '@/components/ui/panels';
import { ListScope, PageHeader } from '@/components/ui/page-header';
import { useListState } from '@/components/list/use-list-state';
import type { ClusterRef } from './use-cluster-ops';
import { pageUrl } from '@/lib/http/urls';

const LIVE = ['clusters'] as const;

const EXTRAS = ['selector'] as const;

export function ClustersView({ workspace }: { workspace: string }) {
  const list = useListState({ schema: ClusterListQuerySchema, defaultSort: CLUSTER_DEFAULT_SORT, extras: EXTRAS });
  const { query, filtered, navigate } = list;
  const selector = list.extras.selector;
  const all = workspace === '_all';
  const onSelector = useCallback((s: string) => navigate({ selector: s, page: 1 }, true), [navigate]);

  useLiveKinds(LIVE, workspace);
  const result = useListQuery('clusters', workspace, list, fetchClusters);

  const [selected, setSelected] = useState<ReadonlyMap<string, ClusterRef>>(new Map());
  const rows = result.data?.items;
  // The freshest copy of each selected row (its labels and resourceVersion), when it is on this page.
  const selectedRefs = useMemo(() => {
    const byKey = new Map((rows ?? []).map((r) => [rowKey(r), r]));
    return [...selected.entries()].map(([k, v]) => byKey.get(k) ?? v);
  }, [selected, rows]);
  const onSelect = useCallback(
    (keys: string[], on: boolean) => {
      const byKey = new Map((rows ?? []).map((r) => [rowKey(r), r]));
      setSelected((prev) => {
        const next = new Map(prev);
        for (const k of keys) {
          const r = byKey.get(k);
          if (on && r) next.set(k, r);
          else next.delete(k);
        }
        return next;
      });
    },
    [rows],
  );
  const selectedKeys = useMemo(() => new Set(selected.keys()), [selected]);
  const selectorError = result.error instanceof ApiFetchError && result.error.fieldErrors?.some((f) => f.field === 'selector') ? result.error.message : undefined;

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Clusters"
        scope={<ListScope workspace={workspace} total={result.data?.total} filtered={filtered} />}
        scopeTestId="cluster-total"
        query={result}
        actions={
          !all && (
            <Link href={pageUrl.registration(workspace)} className={buttonClass('primary')} data-testid="register-cluster">
              Register a cluster
            </Link>
          )
        }
      />

      {list.error ? (
        <BadFilterPanel error={list.error} resetHref={list.pathname} resetLabel="Show all clusters" />
      ) : (
        <>
          <div className="flex flex-wrap items-start gap-3">
            <ListToolbar q={query?.q ?? ''} state={query?.state} onQuery={list.onQuery} onState={(state) => navigate({ state, page: 1 })} placeholder="Name, label (env=prod) or namespace" />
            <SelectorInput value={selector} onChange={onSelector} serverError={selectorError} />
          </div>
          <ClusterBulkBar selected={selectedRefs} showNamespace={all} workspace={workspace} onClear={() => setSelected(new Map())} />
          {/* A selector the server refused is explained at the selector input. */}
          {!selectorError && (
            <ListResults
              result={result}
              what="clusters"
              loading="Loading clusters…"
              workspace={workspace}
              onPage={list.onPage}
              noMatch={{ list, what: 'clusters', more: selector ? [<>selector <code className="font-mono">{selector}</code></>] : [] }}
              empty={
                <EmptyPanel title={`No clusters in ${all ? 'any workspace' : workspace} yet`}>
                  A cluster appears here once its Fleet agent registers.{' '}
                  {!all && (
                    <Link className="text-accent underline" href={pageUrl.registration(workspace)}>
                      Create a registration token
                    </Link>
                  )}
                </EmptyPanel>
              }
            >
              {(page) => <ClusterTable rows={page.items as ClusterRow[]} sort={list.sort} dir={list.dir} onSort={list.onSort} showWorkspace={all} selected={selectedKeys} onSelect={onSelect} />}
            </ListResults>
          )}
        </>
      )}
    </section>
  );
}
