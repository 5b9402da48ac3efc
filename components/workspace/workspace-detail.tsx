'use client';
// One workspace: what it holds, its GitRepoRestriction, and links into it.
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { useLiveKinds } from '@/components/live/live-updates';
import { RestrictionsSection } from './restrictions-editor';
import { fetchWorkspaceSummaries, NOT_ALLOWED } from './workspace-api';
import { queryKeys } from '@/lib/http/query-keys';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { pageUrl } from '@/lib/http/urls';

const LIVE = ['gitreporestrictions', 'namespaces'] as const;

export function WorkspaceDetailView({ name }: { name: string }) {
  useLiveKinds(LIVE, name);
  const q = useQuery({ queryKey: queryKeys.workspaceSummary(), queryFn: fetchWorkspaceSummaries });
  const w = q.data?.items.find((x) => x.name === name);
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <Breadcrumb href={pageUrl.workspaces(name)} parent="Workspaces" current={name} />
      <h1 id="page-title" className="font-mono text-xl font-semibold">
        {name}
      </h1>
      {q.isError ? (
        <ErrorPanel error={q.error} what="workspaces" />
      ) : !q.data ? (
        <LoadingRows label="Loading…" rows={2} />
      ) : !w ? (
        <p role="alert" className="text-sm">Workspace {name} does not exist, or you may not see it.</p>
      ) : (
        <dl className="grid grid-cols-2 gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-5" data-testid="workspace-counts">
          {[
            ['Clusters', w.counts.clusters === undefined ? NOT_ALLOWED : `${w.counts.clusters} (${w.readyClusters} ready)`, pageUrl.clusters(name)],
            ['GitRepos', w.counts.gitrepos === undefined ? NOT_ALLOWED : `${w.counts.gitrepos} (${w.readyGitRepos} ready)`, pageUrl.gitrepos(name)],
            ['Cluster groups', String(w.counts.clustergroups ?? NOT_ALLOWED), pageUrl.clustergroups(name)],
            ['Bundles', String(w.counts.bundles ?? NOT_ALLOWED), pageUrl.bundles(name)],
            ['Registration tokens', String(w.counts.clusterregistrationtokens ?? NOT_ALLOWED), pageUrl.registration(name)],
          ].map(([t, v, href]) => (
            <div key={t}>
              <dt className="text-xs text-muted">{t}</dt>
              <dd className="text-sm">
                <Link href={href!} className="text-accent hover:underline">
                  {v}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
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
