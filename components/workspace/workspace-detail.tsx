'use client';
// One workspace: what it holds, its GitRepoRestriction, and links into it.
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { useLiveKinds } from '@/components/live/live-updates';
import { RestrictionsSection } from './restrictions-editor';
import { fetchWorkspaceSummaries, NOT_ALLOWED } from './workspace-api';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { PageHeader } from '@/components/ui/page-header';
import { SummaryList } from '@/components/detail/summary-list';

const LIVE = ['gitreporestrictions', 'namespaces'] as const;

export function WorkspaceDetailView({ name }: { name: string }) {
  useLiveKinds(LIVE, name);
  const q = useQuery({ queryKey: queryKeys.workspaceSummary(), queryFn: fetchWorkspaceSummaries });
  const w = q.data?.items.find((x) => x.name === name);
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader breadcrumb={{ href: pageUrl.workspaces(name), parent: 'Workspaces', current: name }} title={name} mono fetching={q.isFetching && !q.isLoading} />
      {q.isError ? (
        <ErrorPanel error={q.error} what="the workspaces you can see" />
      ) : !q.data ? (
        <LoadingRows label="Loading…" rows={2} />
      ) : !w ? (
        <p role="alert" className="text-sm">Workspace {name} does not exist, or you may not see it.</p>
      ) : (
        <SummaryList
          variant="tiles"
          columns={5}
          testId="workspace-counts"
          items={[
            { label: 'Clusters', value: w.counts.clusters === undefined ? NOT_ALLOWED : `${w.counts.clusters} (${w.readyClusters} ready)`, href: pageUrl.clusters(name) },
            { label: 'GitRepos', value: w.counts.gitrepos === undefined ? NOT_ALLOWED : `${w.counts.gitrepos} (${w.readyGitRepos} ready)`, href: pageUrl.gitrepos(name) },
            { label: 'Cluster groups', value: String(w.counts.clustergroups ?? NOT_ALLOWED), href: pageUrl.clustergroups(name) },
            { label: 'Bundles', value: String(w.counts.bundles ?? NOT_ALLOWED), href: pageUrl.bundles(name) },
            { label: 'Registration tokens', value: String(w.counts.clusterregistrationtokens ?? NOT_ALLOWED), href: pageUrl.registration(name) },
          ].map(({ label, value, href }) => ({
            label,
            value: (
              <Link href={href} className="text-accent hover:underline">
                {value}
              </Link>
            ),
          }))}
        />
      )}
      <section aria-labelledby="restr-title" className="space-y-2">
        <h2 id="restr-title" className="text-base font-semibold">
          GitRepo restrictions
        </h2>
        <RestrictionsSection workspace={name} />
      </section>
    </section>
  );
}
