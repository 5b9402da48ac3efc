'use client';
// The actions of one cluster's page: force agent update, pause/unpause, labels, agent proxy, move, delete. They act
// as the signed-in person; each result (or refusal, in the API server's words) shows below the buttons.
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { proxyOf, type ClusterDetail } from '@/lib/fleet/rows/cluster-row';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/panels';
import { useWorkspaceNames } from '@/components/workspace/use-workspaces';
import { putLabels } from './cluster-api';
import { DeleteClustersDialog } from './dialogs/delete-clusters-dialog';
import { EditLabelsDialog } from './dialogs/edit-labels-dialog';
import { ForceUpdateDialog } from './dialogs/force-update-dialog';
import { MoveDialog } from './dialogs/move-dialog';
import { ProxyDialog } from './dialogs/proxy-dialog';
import { OP_TITLE, useClusterOps, type ClusterOp } from './use-cluster-ops';

type Ask = 'forceUpdate' | 'delete' | 'labels' | 'proxy' | 'move';

export function ClusterActionsBar({ workspace, d }: { workspace: string; d: ClusterDetail }) {
  const router = useRouter();
  const qc = useQueryClient();
  const run = useClusterOps();
  const workspaces = useWorkspaceNames();
  const r = d.row;
  const [ask, setAsk] = useState<Ask | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | undefined>();
  const close = () => setAsk(undefined);

  const act = async (o: ClusterOp) => {
    setAsk(undefined);
    setBusy(true);
    setNotice(undefined);
    try {
      const [res] = await run(o, [r], () => undefined);
      if (res?.status === 'error') setNotice({ ok: false, text: `${OP_TITLE[o.op]} failed: ${res.message}` });
      else if (o.op === 'delete') router.push(pageUrl.clusters(workspace));
      else setNotice({ ok: true, text: `${OP_TITLE[o.op]}: ${res?.message ?? 'done'}` });
    } finally {
      setBusy(false);
    }
  };

  const button = (id: Ask | 'pause' | 'unpause', label: string, onClick: () => void, danger = false) => (
    <Button variant={danger ? 'danger' : undefined} disabled={busy} onClick={onClick} data-testid={`action-${id === 'forceUpdate' ? 'force-update' : id}`}>
      {label}
    </Button>
  );

  return (
    <>
      <div className="flex flex-wrap gap-2" role="toolbar" aria-label="Cluster actions">
        {button('forceUpdate', 'Force update agent', () => setAsk('forceUpdate'))}
        {r.paused ? button('unpause', 'Unpause', () => void act({ op: 'unpause' })) : button('pause', 'Pause', () => void act({ op: 'pause' }))}
        {button('labels', 'Edit labels', () => setAsk('labels'))}
        {button('proxy', 'Agent proxy', () => setAsk('proxy'))}
        {button('move', 'Move', () => setAsk('move'))}
        {button('delete', 'Delete', () => setAsk('delete'), true)}
      </div>
      {notice && (
        <Notice ok={notice.ok} onDismiss={() => setNotice(undefined)}>
          {notice.text}
        </Notice>
      )}
      {ask === 'forceUpdate' && <ForceUpdateDialog names={[r.name]} onClose={close} onConfirm={() => act({ op: 'forceUpdate' })} />}
      {ask === 'delete' && <DeleteClustersDialog names={[r.name]} onClose={close} onConfirm={() => act({ op: 'delete' })} />}
      {ask === 'labels' && (
        <EditLabelsDialog
          name={r.name}
          labels={r.labels}
          reserved={d.reservedLabels}
          onClose={close}
          onSave={async (labels) => {
            await putLabels(workspace, r.name, { resourceVersion: r.resourceVersion ?? '', labels });
            setNotice({ ok: true, text: 'Labels saved.' });
            await Promise.all((['clusters', 'clustergroups'] as const).map((k) => qc.invalidateQueries({ queryKey: queryKeys.listAll(k) })));
            await qc.invalidateQueries({ queryKey: queryKeys.detail('clusters', workspace, r.name) });
          }}
        />
      )}
      {ask === 'proxy' && (
        <ProxyDialog
          title={`Agent proxy for ${r.name}`}
          initial={proxyOf(d.agent.envVars.map((e) => ({ name: e.name, value: e.value })))}
          onClose={close}
          onSave={async (v) => {
            const [res] = await run({ op: 'proxy', ...v }, [r], () => undefined);
            if (res?.status === 'error') throw new Error(res.message);
            setNotice({ ok: true, text: 'Proxy settings saved; Fleet redeploys the agent with them.' });
          }}
        />
      )}
      {ask === 'move' && <MoveDialog probe={r} names={[r.name]} from={workspace} workspaces={workspaces} onClose={close} onMove={(to) => void act({ op: 'move', to })} />}
    </>
  );
}
