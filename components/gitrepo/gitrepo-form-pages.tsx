'use client';
// The create (optionally cloned from another GitRepo) and edit pages around GitRepoForm: they load
// what the form starts from, and the form keeps what is typed from then on.
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { cloneForm, emptyGitRepoForm, gitRepoToForm } from '@/lib/fleet/forms';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { fetchGitRepoDetail, gitRepoPage, gitReposApi } from './gitrepo-api';
import { GitRepoForm, type TargetOptions } from './gitrepo-form';

const enc = encodeURIComponent;
type NameList = { names: string[]; total: number; error?: string };

function useTargetOptions(workspace: string): TargetOptions | undefined {
  const q = useQuery({
    queryKey: ['target-options', workspace],
    queryFn: () => apiFetch<{ clusters: NameList; clusterGroups: NameList }>(`${gitReposApi(workspace)}/target_options`),
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
    // The form copies the object once; a live refetch must not reset what is being typed.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

function Page({ title, workspace, children }: { title: string; workspace: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <nav className="text-sm text-muted" aria-label="Breadcrumb">
        <Link href={`/w/${enc(workspace)}/gitrepos`} className="hover:underline">
          Git Repos
        </Link>{' '}
        / <span>{title}</span>
      </nav>
      <h1 className="text-xl font-semibold">{title}</h1>
      {children}
    </div>
  );
}

function LoadError({ message }: { message: string }) {
  return (
    <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-4 text-sm" data-testid="form-load-error">
      {message}
    </div>
  );
}

const Loading = () => <div aria-busy="true" className="h-64 animate-pulse rounded-lg bg-surface-2" />;

export function NewGitRepo({ workspace }: { workspace: string }) {
  const router = useRouter();
  const cloneOf = useSearchParams().get('clone');
  const source = useSource(workspace, cloneOf);
  const targetOptions = useTargetOptions(workspace);
  const title = cloneOf ? `Clone GitRepo ${cloneOf}` : 'Create GitRepo';
  if (cloneOf && source.isError) return <Page title={title} workspace={workspace}><LoadError message={source.error.message} /></Page>;
  if (cloneOf && !source.data) return <Page title={title} workspace={workspace}><Loading /></Page>;
  const parsed = source.data ? GitRepoSchema.safeParse(source.data.object) : undefined;
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
        onSaved={(name) => router.push(gitRepoPage(workspace, name))}
        onCancel={() => router.push(cloneOf ? gitRepoPage(workspace, cloneOf) : `/w/${enc(workspace)}/gitrepos`)}
      />
    </Page>
  );
}

export function EditGitRepo({ workspace, name }: { workspace: string; name: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const source = useSource(workspace, name);
  const targetOptions = useTargetOptions(workspace);
  const [generation, setGeneration] = useState(0);
  const title = `Edit GitRepo ${name}`;
  if (source.isError) return <Page title={title} workspace={workspace}><LoadError message={source.error.message} /></Page>;
  if (!source.data || source.isFetching) return <Page title={title} workspace={workspace}><Loading /></Page>;
  const parsed = GitRepoSchema.safeParse(source.data.object);
  if (!parsed.success) return <Page title={title} workspace={workspace}><LoadError message={`GitRepo ${name} has a shape this form does not understand; edit it as YAML.`} /></Page>;
  return (
    <Page title={title} workspace={workspace}>
      <GitRepoForm
        key={`${parsed.data.metadata.resourceVersion}-${generation}`}
        workspace={workspace}
        mode="edit"
        initial={gitRepoToForm(parsed.data)}
        existing={parsed.data}
        targetOptions={targetOptions}
        onSaved={() => {
          void qc.invalidateQueries({ queryKey: queryKeys.detail('gitrepos', workspace, name) });
          router.push(gitRepoPage(workspace, name));
        }}
        onCancel={() => router.push(gitRepoPage(workspace, name))}
        onReload={() => {
          setGeneration((g) => g + 1);
          void source.refetch();
        }}
      />
    </Page>
  );
}
