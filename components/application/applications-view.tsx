'use client';
// Applications: GitRepos and HelmOps of a workspace in one list (what Rancher calls App Bundles). Text, state, kind,
// sort and page live in the URL; the server filters and pages. One "Create" offers either kind.
import { useCallback } from 'react';
import { APPLICATION_DEFAULT_SORT, APPLICATION_KINDS, ApplicationListQuerySchema, type ApplicationKind } from '@/lib/fleet/rows/application-row';
import { OBJECT_STATES_WORST_FIRST } from '@/lib/fleet/object-state';
import { queryKeys } from '@/lib/http/query-keys';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ListToolbar } from '@/components/list/list-toolbar';
import { ListResults } from '@/components/list/list-results';
import { useListState } from '@/components/list/use-list-state';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListScope, PageHeader } from '@/components/ui/page-header';
import { BadFilterPanel, EmptyPanel } from '@/components/ui/panels';
import { ApplicationTable } from './application-table';
import { fetchApplications } from './applications-api';
import { CreateChooser } from './create-chooser';

const LIVE_KINDS = ['gitrepos', 'helmops'] as const;
const EXTRAS = ['kind'] as const;
const KIND_WORDS: Record<ApplicationKind, string> = { GitRepo: 'GitRepos', HelmOp: 'HelmOps' };

export function ApplicationsView({ workspace }: { workspace: string }) {
  const list = useListState({ schema: ApplicationListQuerySchema, defaultSort: APPLICATION_DEFAULT_SORT, extras: EXTRAS });
  const { query, filtered, navigate } = list;
  const kind = (APPLICATION_KINDS as readonly string[]).includes(list.extras.kind) ? (list.extras.kind as ApplicationKind) : undefined;
  const badKind = list.extras.kind !== '' && !kind;
  const all = workspace === '_all';
  const where = all ? 'any workspace' : workspace;

  useLiveKinds(LIVE_KINDS, workspace);
  const result = useQuery({
    queryKey: queryKeys.applications(workspace, list.params),
    queryFn: () => fetchApplications(workspace, list.params),
    enabled: !list.error && !badKind,
    placeholderData: keepPreviousData,
  });
  const onKind = useCallback((k: string) => navigate({ kind: k, page: 1 }), [navigate]);
  const forbidden = result.data?.forbidden ?? [];

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Applications"
        scope={<ListScope workspace={workspace} total={result.data?.total} filtered={filtered} />}
        query={result}
        actions={all ? <span className="text-xs text-muted">Pick a workspace to create an application</span> : <CreateChooser workspace={workspace} />}
      />
      <p className="text-sm text-muted">GitRepos deploy from Git; HelmOps deploy a Helm chart without Git. Both are listed here.</p>

      {list.error || badKind ? (
        <BadFilterPanel error={list.error ?? `kind must be one of: ${APPLICATION_KINDS.join(', ')}`} resetHref={list.pathname} resetLabel="Show all applications" />
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-0 flex-1">
              <ListToolbar
                q={query?.q ?? ''}
                state={query?.state}
                onQuery={list.onQuery}
                onState={(state) => navigate({ state, page: 1 })}
                placeholder="Name, repository, chart, branch or commit"
                states={OBJECT_STATES_WORST_FIRST}
              />
            </div>
            <label className="flex flex-col gap-1 text-sm">
              <span className="text-muted">Kind</span>
              <select value={kind ?? ''} onChange={(e) => onKind(e.target.value)} className="rounded-md border border-border bg-surface px-2 py-1.5" data-testid="kind-filter">
                <option value="">GitRepos and HelmOps</option>
                {APPLICATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_WORDS[k]} only
                  </option>
                ))}
              </select>
            </label>
          </div>
          {forbidden.length > 0 && (
            <p className="rounded-md border border-border bg-surface-2 p-2 text-sm" role="note" data-testid="forbidden-kinds">
              You are not allowed to list {forbidden.map((k) => KIND_WORDS[k]).join(' or ')} in {where}; only the others are shown.
            </p>
          )}
          <ListResults
            result={result}
            what="applications"
            loading="Loading applications…"
            workspace={workspace}
            onPage={list.onPage}
            noMatch={{ list, what: 'applications', more: kind ? [`kind ${kind}`] : [] }}
            empty={<EmptyPanel title={`No GitRepos or HelmOps in ${where} yet`}>Create one to have Fleet deploy it to your clusters.</EmptyPanel>}
          >
            {(page) => <ApplicationTable rows={page.items} sort={list.sort} dir={list.dir} onSort={list.onSort} showWorkspace={all} />}
          </ListResults>
        </>
      )}
    </section>
  );
}
