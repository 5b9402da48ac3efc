'use client';
// HelmOps of a workspace. Filter, state, sort and page live in the URL (shareable); the server does the filtering and
// paging. Rows can be selected (across pages) for bulk pause/unpause/force update/delete, reported per item.
import { HelmOpListQuerySchema } from '@/lib/fleet/rows/helmop-row';
import { OBJECT_STATES_WORST_FIRST } from '@/lib/fleet/object-state';
import { pageUrl } from '@/lib/http/urls';
import { ListToolbar } from '@/components/list/list-toolbar';
import { ListResults, useListQuery } from '@/components/list/list-results';
import { useListState } from '@/components/list/use-list-state';
import { useRowSelection } from '@/components/list/use-row-selection';
import { useLiveKinds } from '@/components/live/live-updates';
import { CreateAction, ListScope, PageHeader } from '@/components/ui/page-header';
import { BadFilterPanel, EmptyPanel } from '@/components/ui/panels';
import { fetchHelmOps } from './helmop-api';
import { HelmOpBulkBar } from './helmop-bulk-bar';
import { HelmOpTable, helmOpRowKey } from './helmop-table';

const LIVE_KINDS = ['helmops'] as const;

export function HelmOpsView({ workspace }: { workspace: string }) {
  const list = useListState({ schema: HelmOpListQuerySchema, defaultSort: 'name' });
  const { query, filtered } = list;
  const all = workspace === '_all';
  const where = all ? 'any workspace' : workspace;

  useLiveKinds(LIVE_KINDS, workspace);
  const result = useListQuery('helmops', workspace, list, fetchHelmOps);

  const { selected, onSelect, loaded, clear } = useRowSelection(result.data?.items, helmOpRowKey);

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="HelmOps"
        scope={<ListScope workspace={workspace} total={result.data?.total} filtered={filtered} />}
        query={result}
        actions={<CreateAction workspace={workspace} what="HelmOp" href={pageUrl.helmopNew(workspace)} testId="create-helmop" />}
      />
      {list.error ? (
        <BadFilterPanel error={list.error} resetHref={list.pathname} resetLabel="Show all HelmOps" />
      ) : (
        <>
          <ListToolbar
            q={query?.q ?? ''}
            state={query?.state}
            onQuery={list.onQuery}
            onState={(state) => list.navigate({ state, page: 1 })}
            placeholder="Name, chart or repository"
            states={OBJECT_STATES_WORST_FIRST}
          />
          <HelmOpBulkBar selected={selected} loaded={loaded} showNamespace={all} onClear={clear} onDeselect={(keys) => onSelect(keys, false)} />
          <ListResults
            result={result}
            what="HelmOps"
            loading="Loading HelmOps…"
            workspace={workspace}
            onPage={list.onPage}
            noMatch={{ list, what: 'HelmOps' }}
            empty={<EmptyPanel title={`No HelmOps in ${where} yet`}>A HelmOp deploys a Helm chart (from a chart repository, an OCI registry or an archive URL) to clusters, without a Git repository.</EmptyPanel>}
          >
            {(page) => <HelmOpTable rows={page.items} sort={list.sort} dir={list.dir} onSort={list.onSort} showWorkspace={all} selected={selected} onSelect={onSelect} />}
          </ListResults>
        </>
      )}
    </section>
  );
}
