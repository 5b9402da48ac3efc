'use client';
// The actions of one HelmOp's page: edit (form or YAML), clone, pause/unpause, force update, pin/unpin the chart
// version, download, delete. They act as the signed-in person; a refusal is shown in their words. After a delete the
// page goes back to the list.
import { useRouter } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { HelmOp } from '@/lib/fleet/kinds/helmop';
import type { HelmOpVersionInfo } from '@/lib/fleet/rows/helmop-detail';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { Button } from '@/components/ui/button';
import { ObjectActions } from '@/components/detail/object-actions';
import { downloadText } from '@/components/download-text';
import { fetchHelmOpPermissions } from './helmop-api';
import { DeleteHelmOpDialog, ForceUpdateHelmOpDialog, PinVersionDialog } from './helmop-dialogs';
import { HELMOP_OP_WORDS, useHelmOpOps, type HelmOpOp } from './use-helmop-actions';

export function HelmOpActionsBar({ workspace, h, version, yaml }: { workspace: string; h: HelmOp; version: HelmOpVersionInfo; yaml: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const run = useHelmOpOps();
  const name = h.metadata.name;
  const [ask, setAsk] = useState<'delete' | 'forceUpdate' | 'pin' | undefined>();
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState<HelmOpOp['action'] | undefined>();
  const perms = useQuery({ queryKey: queryKeys.permissions('helmops', workspace), queryFn: () => fetchHelmOpPermissions(workspace), staleTime: 30_000 });
  const readOnly = perms.data && !perms.data.patch && !perms.data.update && !perms.data.delete;
  const paused = h.spec.paused === true;

  /** Runs one action; dialogs get a rejection (shown in the dialog), the bar shows the rest. */
  const act = async (op: HelmOpOp, throwOnError = false): Promise<void> => {
    setBusy(op.action);
    setResult(undefined);
    try {
      const [r] = await run(op, [{ namespace: workspace, name, uid: h.metadata.uid, generation: h.metadata.generation }], () => undefined);
      if (r?.status === 'error') {
        setResult({ ok: false, text: r.message ?? `${HELMOP_OP_WORDS[op.action].label} failed.` });
        if (throwOnError) throw new Error(r.message);
        return;
      }
      if (op.action === 'delete') {
        qc.removeQueries({ queryKey: queryKeys.detail('helmops', workspace, name) });
        router.push(pageUrl.helmops(workspace));
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
        kind="HelmOp"
        plural="HelmOps"
        workspace={workspace}
        hrefs={{ edit: pageUrl.helmopEdit(workspace, name), editYaml: pageUrl.helmopEdit(workspace, name, { tab: 'yaml' }), clone: pageUrl.helmopNew(workspace, name) }}
        paused={paused}
        busy={busy}
        readOnly={!!readOnly}
        result={result}
        onPause={() => void act({ action: paused ? 'unpause' : 'pause' })}
        onForceUpdate={() => setAsk('forceUpdate')}
        onDownload={() => downloadText(`${name}.yaml`, yaml)}
        onDelete={() => setAsk('delete')}
      >
        {version.askedKind !== 'archive' &&
          (version.pinned ? (
            <Button busy={busy === 'unpin'} onClick={() => void act({ action: 'unpin' })} data-testid="action-unpin" title="Return to the version range it followed before pinning">
              Unpin version
            </Button>
          ) : (
            <Button busy={busy === 'pin'} onClick={() => setAsk('pin')} data-testid="action-pin">
              Pin version…
            </Button>
          ))}
      </ObjectActions>
      {ask === 'delete' && <DeleteHelmOpDialog names={[name]} keepResources={h.spec.keepResources === true} onClose={() => setAsk(undefined)} onConfirm={() => act({ action: 'delete' }, true)} />}
      {ask === 'forceUpdate' && <ForceUpdateHelmOpDialog names={[name]} onClose={() => setAsk(undefined)} onConfirm={() => act({ action: 'forceUpdate' }, true)} />}
      {ask === 'pin' && <PinVersionDialog name={name} version={version} onClose={() => setAsk(undefined)} onPin={(v) => act({ action: 'pin', version: v }, true)} />}
    </>
  );
}
