'use client';
// The actions of one GitRepo's page: edit (form or YAML), clone, pause/unpause, force update, pin to a commit or
// unpin (offered only to people allowed to patch GitRepos here), download, delete.
// They act as the signed-in person; a refusal is shown in their words, never swallowed. After a delete the page
// goes back to the list.
import { useRouter } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { GitRepo } from '@/lib/fleet/kinds/gitrepo';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { Button } from '@/components/ui/button';
import { ObjectActions } from '@/components/detail/object-actions';
import { downloadText } from '@/components/download-text';
import { isGitRepoPinned } from '@/lib/fleet/pin';
import { fetchPermissions, pinGitRepo } from './gitrepo-api';
import { DeleteGitRepoDialog, ForceUpdateDialog } from './gitrepo-dialogs';
import { PinDialog, UnpinDialog } from './pin-dialogs';
import { OP_WORDS, useGitRepoOps, type GitRepoOp } from './use-gitrepo-actions';

export function GitRepoActionsBar({ workspace, g, yaml }: { workspace: string; g: GitRepo; yaml: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const run = useGitRepoOps();
  const name = g.metadata.name;
  const [ask, setAsk] = useState<'delete' | 'forceUpdate' | 'pin' | 'unpin' | undefined>();
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState<GitRepoOp | undefined>();
  const perms = useQuery({ queryKey: queryKeys.permissions('gitrepos', workspace), queryFn: () => fetchPermissions(workspace), staleTime: 30_000 });
  const readOnly = perms.data && !perms.data.patch && !perms.data.update && !perms.data.delete;
  const paused = g.spec.paused === true;
  const pinned = isGitRepoPinned(g);
  // Pin and unpin as the GitRepo is shown now (live): its resourceVersion and generation guard against a change meanwhile.
  const pinAction = async (req: { action: 'pin'; sha: string } | { action: 'unpin' }) => {
    const r = await pinGitRepo(workspace, name, { ...req, resourceVersion: g.metadata.resourceVersion ?? '', generation: g.metadata.generation ?? 0 });
    setResult({ ok: true, text: r.message });
    await qc.invalidateQueries({ queryKey: queryKeys.detail('gitrepos', workspace, name) });
    return r.message;
  };

  const act = async (op: GitRepoOp): Promise<void> => {
    setBusy(op);
    setResult(undefined);
    try {
      const [r] = await run(op, [{ namespace: workspace, name, uid: g.metadata.uid, generation: g.metadata.generation }], () => undefined);
      if (r?.status === 'error') {
        setResult({ ok: false, text: r.message ?? `${OP_WORDS[op].label} failed.` });
        if (op === 'delete' || op === 'forceUpdate') throw new Error(r.message);
        return;
      }
      if (op === 'delete') {
        qc.removeQueries({ queryKey: queryKeys.detail('gitrepos', workspace, name) });
        router.push(pageUrl.gitrepos(workspace));
        return;
      }
      setResult({ ok: true, text: r?.message ?? 'Done' });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <ObjectActions
        kind="GitRepo"
        plural="GitRepos"
        workspace={workspace}
        hrefs={{ edit: pageUrl.gitrepoEdit(workspace, name), editYaml: pageUrl.gitrepoEdit(workspace, name, { tab: 'yaml' }), clone: pageUrl.gitrepoNew(workspace, name) }}
        paused={paused}
        busy={busy}
        readOnly={!!readOnly}
        result={result}
        onPause={() => void act(paused ? 'unpause' : 'pause')}
        onForceUpdate={() => setAsk('forceUpdate')}
        onDownload={() => downloadText(`${name}.yaml`, yaml)}
        onDelete={() => setAsk('delete')}
      >
        {perms.data?.patch && (
          <Button onClick={() => setAsk(pinned ? 'unpin' : 'pin')} data-testid={pinned ? 'action-unpin' : 'action-pin'}>
            {pinned ? 'Unpin' : 'Pin to commit'}
          </Button>
        )}
      </ObjectActions>
      {ask === 'delete' && (
        <DeleteGitRepoDialog names={[name]} keepResources={g.spec.keepResources === true} onClose={() => setAsk(undefined)} onConfirm={() => act('delete')} />
      )}
      {ask === 'pin' && <PinDialog g={g} onPin={(sha) => pinAction({ action: 'pin', sha })} onClose={() => setAsk(undefined)} />}
      {ask === 'unpin' && <UnpinDialog g={g} onUnpin={() => pinAction({ action: 'unpin' })} onClose={() => setAsk(undefined)} />}
      {ask === 'forceUpdate' && <ForceUpdateDialog names={[name]} onClose={() => setAsk(undefined)} onConfirm={() => act('forceUpdate')} />}
    </>
  );
}
