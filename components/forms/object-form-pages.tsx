'use client';
// The create (optionally cloned from another object of the kind) and edit pages around a kind's form (GitRepo,
// HelmOp): they load what the form starts from (a settled snapshot, so live refetches never reset what is typed nor
// move the resourceVersion), and the form keeps what is typed from then on. The kind's pieces come in as
// `FormPagesKind`.
import { useRouter, useSearchParams } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentType, type ReactNode } from 'react';
import type { z } from 'zod';
import type { TargetOptions } from '@/components/gitrepo/form/targets-tab';
import { useLiveKinds } from '@/components/live/live-updates';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { apiUrl } from '@/lib/http/urls';

type NameList = { names: string[]; total: number; error?: string };

/** Cluster and group names for the target editor (the GitRepo, HelmOp and Schedule forms). */
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

/** What the pages hand the kind's form. */
export interface KindFormProps<F, E, Tab extends string = 'yaml'> {
  workspace: string;
  mode: 'create' | 'edit';
  initial: F;
  /** The object being edited (with its resourceVersion). */
  existing?: E;
  notes?: string[];
  targetOptions?: TargetOptions;
  onSaved: (name: string) => void;
  onCancel: () => void;
  /** Edit: reload the object from the server (drops what was typed). */
  onReload?: () => void;
  /** Open on this tab (the detail page's "Edit YAML" opens the YAML tab). */
  initialTab?: Tab;
}

/** One kind's pieces of the pages. */
export interface FormPagesKind<T extends { metadata: { resourceVersion?: string } }, F> {
  kind: 'GitRepo' | 'HelmOp';
  resource: 'gitrepos' | 'helmops';
  /** The list page's name in the breadcrumb ("Git Repos"). */
  listLabel: string;
  listUrl: (workspace: string) => string;
  objectUrl: (workspace: string, name: string) => string;
  fetchDetail: (workspace: string, name: string) => Promise<{ object: unknown }>;
  schema: z.ZodType<T>;
  toForm: (o: T) => F;
  cloneForm: (f: F) => { form: F; notes: string[] };
  emptyForm: () => F;
  Form: ComponentType<KindFormProps<F, T>>;
}

function useSource<T extends { metadata: { resourceVersion?: string } }, F>(k: FormPagesKind<T, F>, workspace: string, name: string | null) {
  return useQuery({
    queryKey: queryKeys.detail(k.resource, workspace, name ?? ''),
    queryFn: () => k.fetchDetail(workspace, name ?? ''),
    enabled: !!name,
    // Start from the object as stored now (its resourceVersion decides conflicts), not from what an earlier page cached.
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
}

function Page<T extends { metadata: { resourceVersion?: string } }, F>({ k, title, workspace, children }: { k: FormPagesKind<T, F>; title: string; workspace: string; children: ReactNode }) {
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-4xl space-y-4">
      <PageHeader breadcrumb={{ href: k.listUrl(workspace), parent: k.listLabel, current: title, mono: false }} title={title} />
      {children}
    </section>
  );
}

/** The object could not be read, or not understood by the form: say so, with the way back. */
function loadError<T extends { metadata: { resourceVersion?: string } }, F>(k: FormPagesKind<T, F>, error: Error, name: string, workspace: string) {
  return <ErrorPanel error={error} what={`${k.kind} ${name}`} workspace={workspace} back={{ href: k.listUrl(workspace), label: `Back to ${k.listLabel}` }} />;
}

const loading = (kind: string) => <LoadingRows label={`Loading the ${kind}…`} rows={6} />;

export function NewObjectPage<T extends { metadata: { resourceVersion?: string } }, F>({ k, workspace }: { k: FormPagesKind<T, F>; workspace: string }) {
  const router = useRouter();
  const cloneOf = useSearchParams().get('clone');
  const source = useSource(k, workspace, cloneOf);
  const { snap } = useSnapshot(source);
  const targetOptions = useTargetOptions(workspace);
  const title = cloneOf ? `Clone ${k.kind} ${cloneOf}` : `Create ${k.kind}`;
  const page = (c: ReactNode) => (
    <Page k={k} title={title} workspace={workspace}>
      {c}
    </Page>
  );
  if (cloneOf && source.isError) return page(loadError(k, source.error, cloneOf, workspace));
  if (cloneOf && !snap) return page(loading(k.kind));
  const parsed = snap ? k.schema.safeParse(snap.object) : undefined;
  if (parsed && !parsed.success) {
    return page(loadError(k, new Error(`${k.kind} ${cloneOf} has a shape this form does not understand; copy it with Download YAML instead.`), cloneOf ?? '', workspace));
  }
  const start = parsed?.success ? k.cloneForm(k.toForm(parsed.data)) : { form: k.emptyForm(), notes: [] };
  return page(
    <k.Form
      key={cloneOf ?? 'new'}
      workspace={workspace}
      mode="create"
      initial={start.form}
      notes={start.notes}
      targetOptions={targetOptions}
      onSaved={(name) => router.push(k.objectUrl(workspace, name))}
      onCancel={() => router.push(cloneOf ? k.objectUrl(workspace, cloneOf) : k.listUrl(workspace))}
    />,
  );
}

export function EditObjectPage<T extends { metadata: { resourceVersion?: string } }, F>({ k, workspace, name }: { k: FormPagesKind<T, F>; workspace: string; name: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const initialTab = useSearchParams().get('tab') === 'yaml' ? 'yaml' : undefined;
  const source = useSource(k, workspace, name);
  const { snap, reload } = useSnapshot(source);
  const targetOptions = useTargetOptions(workspace);
  // Live: the query follows the stored object while the form keeps its snapshot, so a change of the
  // settings by someone else can be announced before saving runs into it.
  useLiveKinds([k.resource], workspace);
  const title = `Edit ${k.kind} ${name}`;
  const page = (c: ReactNode) => (
    <Page k={k} title={title} workspace={workspace}>
      {c}
    </Page>
  );
  const generationOf = (d: typeof snap) => (d?.object as { metadata?: { generation?: number } } | undefined)?.metadata?.generation;
  const changedMeanwhile = !!snap && !!source.data && generationOf(source.data) !== generationOf(snap);
  if (source.isError && !snap) return page(loadError(k, source.error, name, workspace));
  if (!snap) return page(loading(k.kind));
  const parsed = k.schema.safeParse(snap.object);
  if (!parsed.success) return page(loadError(k, new Error(`${k.kind} ${name} has a shape this form does not understand; edit it as YAML.`), name, workspace));
  return page(
    <>
      {changedMeanwhile && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" data-testid="changed-meanwhile">
          <span>Someone changed the settings of this {k.kind} after you opened the form. Saving will show what changed, and save nothing.</span>
          <Button size="sm" onClick={() => void reload()}>
            Reload (discard my changes)
          </Button>
        </div>
      )}
      <k.Form
        key={parsed.data.metadata.resourceVersion}
        workspace={workspace}
        mode="edit"
        initial={k.toForm(parsed.data)}
        initialTab={initialTab}
        existing={parsed.data}
        targetOptions={targetOptions}
        onSaved={() => {
          void qc.invalidateQueries({ queryKey: queryKeys.detail(k.resource, workspace, name) });
          router.push(k.objectUrl(workspace, name));
        }}
        onCancel={() => router.push(k.objectUrl(workspace, name))}
        onReload={() => void reload()}
      />
    </>,
  );
}

