'use client';
// Every workspace the person can see, with what it holds; create one (a namespace, or Rancher's
// FleetWorkspace when installed) and delete one after typing its name.
import Link from 'next/link';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { validateDns1123Label } from '@/lib/fleet/names';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { EmptyPanel, ErrorPanel, LoadingRows, Notice } from '@/components/ui/panels';
import { useLiveKinds } from '@/components/live/live-updates';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field, inputClass } from '@/components/ui/field';
import { createWorkspace, deleteWorkspace, fetchWorkspaceSummaries, NOT_ALLOWED, type WorkspaceSummary } from './workspace-api';
import { pageUrl } from '@/lib/http/urls';
import { PageHeader } from '@/components/ui/page-header';

const LIVE = ['namespaces', 'clusters', 'gitrepos'] as const;
const PROTECTED = ['fleet-local', 'fleet-default'];

export function WorkspacesView({ workspace }: { workspace: string }) {
  useLiveKinds(LIVE, '_all');
  const qc = useQueryClient();
  const q = useQuery({ queryKey: queryKeys.workspaceSummary(), queryFn: fetchWorkspaceSummaries });
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [del, setDel] = useState<WorkspaceSummary>();
  const localError = touched ? validateDns1123Label(name.trim(), 'Workspace name')[0] : undefined;
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.workspaceSummary() }), qc.invalidateQueries({ queryKey: queryKeys.workspaces() })]);

  const create = async () => {
    setTouched(true);
    setServerError(undefined);
    if (validateDns1123Label(name.trim(), 'Workspace name').length) return;
    setBusy(true);
    try {
      const r = await createWorkspace(name.trim());
      setNotice({ ok: true, text: `Workspace ${r.name} created (${r.via === 'fleetworkspace' ? "Rancher FleetWorkspace" : 'namespace'}).` });
      setName('');
      setTouched(false);
      await refresh();
    } catch (e) {
      if (e instanceof ApiFetchError && e.fieldErrors?.length) setServerError(e.fieldErrors[0]!.message);
      else setNotice({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Workspaces"
        scope={q.data && `${q.data.items.length} you can see · ${q.data.fleetWorkspaces ? 'Rancher FleetWorkspaces' : 'standalone Fleet: a workspace is a namespace'}`}
        query={q}
      />
      {notice && (
        <Notice ok={notice.ok} onDismiss={() => setNotice(undefined)}>
          {notice.text}
        </Notice>
      )}
      <form
        className="flex flex-wrap items-start gap-3 rounded-lg border border-border bg-surface p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
        noValidate
        aria-label="Create a workspace"
      >
        <Field label="New workspace" error={serverError ?? localError} hint="A namespace name: lower case letters, digits and '-', at most 63 characters." className="min-w-[16rem] flex-1">
          <input className={`${inputClass} font-mono`} value={name} onChange={(e) => { setName(e.target.value); setServerError(undefined); }} placeholder="team-payments" data-testid="workspace-name-input" autoComplete="off" />
        </Field>
        <Button type="submit" variant="primary" busy={busy} className="mt-6" data-testid="create-workspace">
          Create workspace
        </Button>
      </form>
      {q.isError ? (
        <ErrorPanel error={q.error} what="workspaces" onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <LoadingRows label="Loading workspaces…" />
      ) : q.data.items.length === 0 ? (
        <EmptyPanel title="You cannot see any workspace">Ask a cluster administrator for access to a Fleet workspace.</EmptyPanel>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-sm sm:min-w-[48rem]">
            <caption className="sr-only">Workspaces and what they hold</caption>
            <thead className="border-b border-border bg-surface-2 text-left text-muted">
              <tr>
                <th scope="col" className="px-2 py-2 font-medium sm:px-3">Name</th>
                <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">Clusters (ready)</th>
                <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">GitRepos (ready)</th>
                {/* A phone shows the columns that matter most; the workspace's page has every count. */}
                <th scope="col" className="hidden px-2 py-2 text-right font-medium sm:table-cell sm:px-3">Cluster groups</th>
                <th scope="col" className="hidden px-2 py-2 text-right font-medium sm:table-cell sm:px-3">Bundles</th>
                <th scope="col" className="px-2 py-2 sm:px-3"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((w) => (
                <tr key={w.name} className={`border-b border-border last:border-0 ${w.name === workspace ? 'bg-accent/5' : ''}`} data-testid="workspace-row" data-name={w.name}>
                  <td className="px-2 py-2 sm:px-3">
                    <Link href={pageUrl.workspaceDetail(w.name)} className="whitespace-nowrap font-mono font-medium text-accent hover:underline">
                      {w.name}
                    </Link>
                    {w.name === workspace && <span className="block text-xs text-muted sm:ml-2 sm:inline">(current)</span>}
                    {w.phase === 'Terminating' && <span className="ml-2 text-xs font-medium text-danger">deleting…</span>}
                    {!w.canList && <span className="ml-2 text-xs text-muted">no access</span>}
                  </td>
                  <td className="px-2 py-2 text-right tabular-nums sm:px-3" data-testid="ws-clusters">
                    {w.counts.clusters ?? NOT_ALLOWED} {w.counts.clusters !== undefined && <span className="text-muted">({w.readyClusters})</span>}
                  </td>
                  <td className="px-2 py-2 text-right tabular-nums sm:px-3" data-testid="ws-gitrepos">
                    {w.counts.gitrepos ?? NOT_ALLOWED} {w.counts.gitrepos !== undefined && <span className="text-muted">({w.readyGitRepos})</span>}
                  </td>
                  <td className="hidden px-2 py-2 text-right tabular-nums sm:table-cell sm:px-3">{w.counts.clustergroups ?? NOT_ALLOWED}</td>
                  <td className="hidden px-2 py-2 text-right tabular-nums sm:table-cell sm:px-3">{w.counts.bundles ?? NOT_ALLOWED}</td>
                  <td className="px-2 py-2 text-right sm:px-3">
                    <span className="inline-flex flex-col items-end gap-x-2 sm:flex-row">
                      <Link href={pageUrl.clusters(w.name)} className="text-xs text-accent hover:underline">
                        Open
                      </Link>
                      {PROTECTED.includes(w.name) ? (
                        <span className="text-xs text-muted" title="Fleet and Rancher rely on this workspace">protected</span>
                      ) : (
                        <button type="button" className="text-xs text-danger hover:underline" onClick={() => setDel(w)} data-testid="delete-workspace">
                          Delete
                        </button>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {del && (
        <ConfirmDialog
          title={`Delete workspace ${del.name}?`}
          confirmLabel="Delete workspace"
          typeToConfirm={del.name}
          onClose={() => setDel(undefined)}
          onConfirm={async () => {
            await deleteWorkspace(del.name, del.uid);
            setNotice({ ok: true, text: `Workspace ${del.name} is being deleted.` });
            await refresh();
          }}
        >
          <p>
            Deletes the namespace <span className="font-mono">{del.name}</span> and everything in it: {del.counts.gitrepos ?? 0} GitRepos, {del.counts.clusters ?? 0} clusters,{' '}
            {del.counts.clustergroups ?? 0} cluster groups, {del.counts.bundles ?? 0} bundles, registration tokens and secrets. Fleet then removes what those GitRepos deployed
            and the clusters&apos; agents lose their registration.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
