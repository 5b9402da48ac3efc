'use client';
// Bundles of a workspace. Filter, state, sort, page (and an optional GitRepo) live in the URL; the server filters,
// sorts and pages. Live: bundle changes refetch the page shown.
import Link from 'next/link';
import { BundleListQuerySchema, BundleListSchema } from '@/lib/fleet/rows/bundle-row';
import { OBJECT_STATES_WORST_FIRST } from '@/lib/fleet/object-state';
import { apiFetch } from '@/lib/http/api-fetch';
import { apiUrl, pageUrl } from '@/lib/http/urls';
import { ListToolbar } from '@/components/list/list-toolbar';
import { ListResults, useListQuery } from '@/components/list/list-results';
import { useListState } from '@/components/list/use-list-state';
import { useLiveKinds } from '@/components/live/live-updates';
import { buttonClass } from '@/components/ui/button';
import { ListScope, PageHeader } from '@/components/ui/page-header';
import { BadFilterPanel, EmptyPanel } from '@/components/ui/panels';
import { BundleTable } from './bundle-table';

/** A Bundle is never GitUpdating (that is its GitRepo's git job). */
const BUNDLE_LIST_STATES = OBJECT_STATES_WORST_FIRST.filter((s) => s !== 'GitUpdating');
const LIVE = ['bundles'] as const;
const EXTRAS = ['gitrepo'] as const;
const fetchBundles = (workspace: string, params: string) => apiFetch(apiUrl.bundles(workspace, params), { schema: BundleListSchema });

export function BundlesView({ workspace }: { workspace: string }) {
  const list = useListState({ schema: BundleListQuerySchema, defaultSort: 'name', extras: EXTRAS });
  const { query, filtered } = list;
  const gitrepo = list.extras.gitrepo;
  const all = workspace === '_all';
  useLiveKinds(LIVE, workspace);

  const result = useListQuery('bundles', workspace, list, fetchBundles);

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Bundles"
        scope={
          <ListScope workspace={workspace} total={result.data?.total} filtered={filtered}>
            {gitrepo && (
              <>
                {' '}
                of GitRepo <span className="font-mono">{gitrepo}</span>{' '}
                <Link href={list.pathname} className="text-accent underline">
                  show all
                </Link>
              </>
            )}
          </ListScope>
        }
        query={result}
        actions={
          !all && (
            <Link href={pageUrl.matrix(workspace, { gitrepo })} className={buttonClass('secondary')} data-testid="open-matrix">
              Cluster × bundle matrix
            </Link>
          )
        }
      />
      {list.error ? (
        <BadFilterPanel error={list.error} resetHref={list.pathname} resetLabel="Show all Bundles" />
      ) : (
        <>
          <ListToolbar q={query?.q ?? ''} state={query?.state} onQuery={list.onQuery} onState={(state) => list.navigate({ state, page: 1 })} placeholder="Bundle or GitRepo name" states={BUNDLE_LIST_STATES} />
          <ListResults
            result={result}
            what="bundles"
            loading="Loading Bundles…"
            workspace={workspace}
            onPage={list.onPage}
            noMatch={{ list, what: 'Bundles', more: gitrepo ? [`GitRepo ${gitrepo}`] : [] }}
            empty={<EmptyPanel title={`No Bundles in ${all ? 'any workspace' : workspace} yet`}>Fleet creates a Bundle for every path of a GitRepo (and for each HelmOp).</EmptyPanel>}
          >
            {(page) => <BundleTable rows={page.items} sort={list.sort} dir={list.dir} onSort={list.onSort} showWorkspace={all} />}
          </ListResults>
        </>
      )}
    </section>
  );
}
