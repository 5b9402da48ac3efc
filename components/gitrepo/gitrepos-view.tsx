'use client';
// Git Repos of a workspace. Filter, state, sort and page live in the URL (shareable); the server does
// the filtering and paging. Loading, empty, forbidden and other errors each have their own state.
// Rows can be selected (across pages) for bulk pause/unpause/force update/delete, reported per item.
import { GitRepoListQuerySchema, GITREPO_DEFAULT_SORT } from '@/lib/fleet/rows/gitrepo-row';
import { OBJECT_STATES_WORST_FIRST } from '@/lib/fleet/object-state';
import { pageUrl } from '@/lib/http/urls';
import { ListToolbar } from '@/components/list/list-toolbar';
import { ListResults, useListQuery } from '@/components/list/list-results';
import { useListState } from '@/components/list/use-list-state';
import { useRowSelection } from '@/components/list/use-row-selection';
import { useLiveKinds } from '@/components/live/live-updates';
import { CreateAction, ListScope, PageHeader } from '@/components/ui/page-header';
import { BadFilterPanel, EmptyPanel } from '@/components/ui/panels';
import { BulkBar } from './bulk-bar';
import { fetchGitRepos } from './gitrepo-api';
import { GitRepoTable, rowKey } from './gitrepo-table';

const LIVE_KINDS = ['gitrepos'] as const;

export function GitReposView({ workspace }: { workspace: string }) {
  const list = useListState({ schema: GitRepoListQuerySchema, defaultSort: GITREPO_DEFAULT_SORT });
  const { query, filtered } = list;
  const all = workspace === '_all';
  const where = all ? 'any workspace' : workspace;

  useLiveKinds(LIVE_KINDS, workspace);
  const result = useListQuery('gitrepos', workspace, list, fetchGitRepos);

  const { selected, onSelect, loaded, clear } = useRowSelection(result.data?.items, rowKey);

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Git Repos"
        scope={<ListScope workspace={workspace} total={result.data?.total} filtered={filtered} />}
        query={result}
        actions={<CreateAction workspace={workspace} what="GitRepo" href={pageUrl.gitrepoNew(workspace)} testId="create-gitrepo" />}
      />

      {list.error ? (
        <BadFilterPanel error={list.error} resetHref={list.pathname} resetLabel="Show all Git Repos" />
      ) : (
        <>
          <ListToolbar
            q={query?.q ?? ''}
            state={query?.state}
            onQuery={list.onQuery}
            onState={(state) => list.navigate({ state, page: 1 })}
            placeholder="Name, repository, branch or commit"
            states={OBJECT_STATES_WORST_FIRST}
          />
          <BulkBar selected={selected} loaded={loaded} showNamespace={all} onClear={clear} onDeselect={(keys) => onSelect(keys, false)} />
          <ListResults
            result={result}
            what="GitRepos"
            loading="Loading Git Repos…"
            workspace={workspace}
            onPage={list.onPage}
            noMatch={{ list, what: 'Git Repos' }}
            empty={<EmptyPanel title={`No GitRepos in ${where} yet`}>A GitRepo points Fleet at a Git repository and the clusters to deploy it to.</EmptyPanel>}
          >
            {(page) => <GitRepoTable rows={page.items} sort={list.sort} dir={list.dir} onSort={list.onSort} showWorkspace={all} selected={selected} onSelect={onSelect} />}
          </ListResults>
        </>
      )}
    </section>
  );
}
