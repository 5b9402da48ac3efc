'use client';
// The create (optionally cloned from another GitRepo) and edit pages around GitRepoForm: they load
// what the form starts from, and the form keeps what is typed from then on.
import { useRouter, useSearchParams } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { cloneForm, emptyGitRepoForm, gitRepoToForm } from '@/lib/fleet/forms';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { useLiveKinds } from '@/components/live/live-updates';
import { Button } from '@/components/ui/button';
import { fetchGitRepoDetail } from './gitrepo-api';
import { GitRepoForm, type TargetOptions } from './gitrepo-form';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { apiUrl, pageUrl } from '@/lib/http/urls';

const LIVE_KINDS = ['gitrepos'] as const;
type NameList = { names: string[]; total: number; error?: string };

/** Cluster and group names for the target editor (shared by the GitRepo and HelmOp forms). */
export function useTargetOptions(workspace: string): TargetOptions | undefined {
  const q = useQuery({
    queryKey: queryKeys.targetOptions(workspace),
    queryFn: () => apiFetch<{ clusters: NameList; clusterGroups: NameList }>(apiUrl.gitrepoTargetOptions(workspace)),
    staleTime: 30_000,
  });
  if (!q.data) return undefined;
  const { clusters, clusterGroups } = q.data;
  const note = [clusters.error && `Clusters: ${clusters.error}`, clusterGroups.error && `Cluster groups: ${clusterGroups.error}`].filter(Boolean).join(' ');
  return { clusters: clusters.names, clusterGroups: clusterGroups.names, note: note || undefined };
}

function useSource(workspace: string, name: string | null) {
  return useQuery({
    queryKey: queryKeys.detail('gitrepos', workspace, name ?? ''),
    queryFn: () => fetchGitRepoDetail(workspace, name ?? ''),
    enabled: !!name,
    // Start from the object as stored now (its resourceVersion decides conflicts), not from what an
    // earlier page cached.
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
}

type Source = ReturnType<typeof useSource>;

/**
 * The object the form starts from, taken once from a settled fetch. Later (live) refetches of the
 * same query must not reset what is being typed, nor quietly move the resourceVersion forward:
 * a change made meanwhile has to surface as a conflict on save. reload() takes a fresh copy.
 */
export function useSnapshot<D>(source: { data?: D; isFetching: boolean; refetch: () => Promise<{ data?: D }> }) {
  const [snap, setSnap] = useState<D>();
  const [reloading, setReloading] = useState(false);
  if (!snap && !reloading && source.data && !source.isFetching) setSnap(source.data);
  const reload = async () => {
    setReloading(true);
    setSnap(undefined);
    try {
      const r = await source.refetch();
      if (r.data) setSnap(r.data);
    } finally {
      setReloading(false);
    }
  };
  return { snap, reload };
}

function Page({ title, workspace, children }: { title: string; workspace: string; children: ReactNode }) {
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-4xl space-y-4">
      <PageHeader breadcrumb={{ href: pageUrl.gitrepos(workspace), parent: 'Git Repos', current: title, mono: false }} title={title} />
      {children}
    </section>
  );
}

/** The GitRepo could not be read, or not understood by the form: say so, with the way back. */
function LoadError({ error, name, workspace }: { error: Error; name: string; workspace: string }) {
  return <ErrorPanel error={error} what={`GitRepo ${name}`} workspace={workspace} back={{ href: pageUrl.gitrepos(workspace), label: 'Back to Git Repos' }} />;
}

const Loading = () => <LoadingRows label="Loading the GitRepo…" rows={6} />;

export function NewGitRepo({ workspace }: { workspace: string }) {
  const router = useRouter();
  const cloneOf = useSearchParams().get('clone');
  const source = useSource(workspace, cloneOf);
  const { snap } = useSnapshot(source);
  const targetOptions = useTargetOptions(workspace);
  const title = cloneOf ? `Clone GitRepo ${cloneOf}` : 'Create GitRepo';
  if (cloneOf && source.isError) return <Page title={title} workspace={workspace}><LoadError error={source.error} name={cloneOf} workspace={workspace} /></Page>;
  if (cloneOf && !snap) return <Page title={title} workspace={workspace}><Loading /></Page>;
  const parsed = snap ? GitRepoSchema.safeParse(snap.object) : undefined;
  if (parsed && !parsed.success) {
    return <Page title={title} workspace={workspace}><LoadError error={new Error(`GitRepo ${cloneOf} has a shape this form does not understand; copy it with Download YAML instead.`)} name={cloneOf ?? ''} workspace={workspace} /></Page>;
  }
  const start = parsed?.success ? cloneForm(gitRepoToForm(parsed.data)) : { form: emptyGitRepoForm(), notes: [] };
  return (
    <Page title={title} workspace={workspace}>
      <GitRepoForm
        key={cloneOf ?? 'new'}
        workspace={workspace}
        mode="create"
        initial={start.form}
        notes={start.notes}
        targetOptions={targetOptions}
        onSaved={(name) => router.push(pageUrl.gitrepo(workspace, name))}
        onCancel={() => router.push(cloneOf ? pageUrl.gitrepo(workspace, cloneOf) : pageUrl.gitrepos(workspace))}
      />
    </Page>
  );
}

export function EditGitRepo({ workspace, name }: { workspace: string; name: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const initialTab = useSearchParams().get('tab') === 'yaml' ? 'yaml' : undefined;
  const source = useSource(workspace, name);
  const { snap, reload } = useSnapshot(source);
  const targetOptions = useTargetOptions(workspace);
  // Live: the query follows the stored object while the form keeps its snapshot, so a change of the
  // settings by someone else can be announced before saving runs into it.
  useLiveKinds(LIVE_KINDS, workspace);
  const title = `Edit GitRepo ${name}`;
  const generationOf = (d: Source['data']) => (d?.object.metadata as { generation?: number } | undefined)?.generation;
  const changedMeanwhile = !!snap && !!source.data && generationOf(source.data) !== generationOf(snap);
  if (source.isError && !snap) return <Page title={title} workspace={workspace}><LoadError error={source.error} name={name} workspace={workspace} /></Page>;
  if (!snap) return <Page title={title} workspace={workspace}><Loading /></Page>;
  const parsed = GitRepoSchema.safeParse(snap.object);
  if (!parsed.success) return <Page title={title} workspace={workspace}><LoadError error={new Error(`GitRepo ${name} has a shape this form does not understand; edit it as YAML.`)} name={name} workspace={workspace} /></Page>;
  return (
    <Page title={title} workspace={workspace}>
      {changedMeanwhile && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" data-testid="changed-meanwhile">
          <span>Someone changed the settings of this GitRepo after you opened the form. Saving will show what changed, and save nothing.</span>
          <Button size="sm" onClick={() => void reload()}>
            Reload (discard my changes)
          </Button>
        </div>
      )}
      <GitRepoForm
        key={parsed.data.metadata.resourceVersion}
        workspace={workspace}
        mode="edit"
        initial={gitRepoToForm(parsed.data)}
        initialTab={initialTab}
        existing={parsed.data}
        targetOptions={targetOptions}
        onSaved={() => {
          void qc.invalidateQueries({ queryKey: queryKeys.detail('gitrepos', workspace, name) });
          router.push(pageUrl.gitrepo(workspace, name));
        }}
        onCancel={() => router.push(pageUrl.gitrepo(workspace, name))}
        onReload={() => void reload()}
      />
    </Page>
  );
}
