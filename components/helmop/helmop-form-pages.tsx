'use client';
// The create (optionally cloned from another HelmOp) and edit pages around the HelmOp form: they load what the form
// starts from (a settled snapshot, so live refetches never reset what is typed nor move the resourceVersion), and the
// form keeps what is typed from then on.
import { useRouter, useSearchParams } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { cloneHelmOpForm, emptyHelmOpForm, helmOpToForm } from '@/lib/fleet/forms';
import { HelmOpSchema } from '@/lib/fleet/kinds/helmop';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { useLiveKinds } from '@/components/live/live-updates';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { useSnapshot, useTargetOptions } from '@/components/gitrepo/gitrepo-form-pages';
import { fetchHelmOpDetail } from './helmop-api';
import { HelmOpFormView } from './helmop-form';

const LIVE_KINDS = ['helmops'] as const;

function useSource(workspace: string, name: string | null) {
  return useQuery({
    queryKey: queryKeys.detail('helmops', workspace, name ?? ''),
    queryFn: () => fetchHelmOpDetail(workspace, name ?? ''),
    enabled: !!name,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
}

function Page({ title, workspace, children }: { title: string; workspace: string; children: ReactNode }) {
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-4xl space-y-4">
      <PageHeader breadcrumb={{ href: pageUrl.helmops(workspace), parent: 'HelmOps', current: title, mono: false }} title={title} />
      {children}
    </section>
  );
}

function LoadError({ error, name, workspace }: { error: Error; name: string; workspace: string }) {
  return <ErrorPanel error={error} what={`HelmOp ${name}`} workspace={workspace} back={{ href: pageUrl.helmops(workspace), label: 'Back to HelmOps' }} />;
}

const Loading = () => <LoadingRows label="Loading the HelmOp…" rows={6} />;

export function NewHelmOp({ workspace }: { workspace: string }) {
  const router = useRouter();
  const cloneOf = useSearchParams().get('clone');
  const source = useSource(workspace, cloneOf);
  const { snap } = useSnapshot(source);
  const targetOptions = useTargetOptions(workspace);
  const title = cloneOf ? `Clone HelmOp ${cloneOf}` : 'Create HelmOp';
  const page = (c: ReactNode) => <Page title={title} workspace={workspace}>{c}</Page>;
  if (cloneOf && source.isError) return page(<LoadError error={source.error} name={cloneOf} workspace={workspace} />);
  if (cloneOf && !snap) return page(<Loading />);
  const parsed = snap ? HelmOpSchema.safeParse(snap.object) : undefined;
  if (parsed && !parsed.success) return page(<LoadError error={new Error(`HelmOp ${cloneOf} has a shape this form does not understand; copy it with Download YAML instead.`)} name={cloneOf ?? ''} workspace={workspace} />);
  const start = parsed?.success ? cloneHelmOpForm(helmOpToForm(parsed.data)) : { form: emptyHelmOpForm(), notes: [] };
  return page(
    <HelmOpFormView
      key={cloneOf ?? 'new'}
      workspace={workspace}
      mode="create"
      initial={start.form}
      notes={start.notes}
      targetOptions={targetOptions}
      onSaved={(name) => router.push(pageUrl.helmop(workspace, name))}
      onCancel={() => router.push(cloneOf ? pageUrl.helmop(workspace, cloneOf) : pageUrl.helmops(workspace))}
    />,
  );
}

export function EditHelmOp({ workspace, name }: { workspace: string; name: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const initialTab = useSearchParams().get('tab') === 'yaml' ? 'yaml' : undefined;
  const source = useSource(workspace, name);
  const { snap, reload } = useSnapshot(source);
  const targetOptions = useTargetOptions(workspace);
  useLiveKinds(LIVE_KINDS, workspace);
  const title = `Edit HelmOp ${name}`;
  const page = (c: ReactNode) => <Page title={title} workspace={workspace}>{c}</Page>;
  const generationOf = (d: typeof snap) => (d?.object.metadata as { generation?: number } | undefined)?.generation;
  const changedMeanwhile = !!snap && !!source.data && generationOf(source.data) !== generationOf(snap);
  if (source.isError && !snap) return page(<LoadError error={source.error} name={name} workspace={workspace} />);
  if (!snap) return page(<Loading />);
  const parsed = HelmOpSchema.safeParse(snap.object);
  if (!parsed.success) return page(<LoadError error={new Error(`HelmOp ${name} has a shape this form does not understand; edit it as YAML.`)} name={name} workspace={workspace} />);
  return page(
    <>
      {changedMeanwhile && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" data-testid="changed-meanwhile">
          <span>Someone changed the settings of this HelmOp after you opened the form. Saving will show what changed, and save nothing.</span>
          <Button size="sm" onClick={() => void reload()}>
            Reload (discard my changes)
          </Button>
        </div>
      )}
      <HelmOpFormView
        key={parsed.data.metadata.resourceVersion}
        workspace={workspace}
        mode="edit"
        initial={helmOpToForm(parsed.data)}
        initialTab={initialTab}
        existing={parsed.data}
        targetOptions={targetOptions}
        onSaved={() => {
          void qc.invalidateQueries({ queryKey: queryKeys.detail('helmops', workspace, name) });
          router.push(pageUrl.helmop(workspace, name));
        }}
        onCancel={() => router.push(pageUrl.helmop(workspace, name))}
        onReload={() => void reload()}
      />
    </>,
  );
}
