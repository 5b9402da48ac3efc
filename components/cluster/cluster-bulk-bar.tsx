'use client';
// Actions on the selected clusters (possibly from several pages): each runs per cluster and the
// results (with progress) are listed per cluster. Destructive or agent-restarting ones ask first.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { BulkResults, BulkToolbar, type BulkItemResult } from '@/components/ui/bulk-results';
import { useWorkspaceNames } from '@/components/workspace/use-workspaces';
import { BulkLabelDialog } from './dialogs/bulk-label-dialog';
import { DeleteClustersDialog } from './dialogs/delete-clusters-dialog';
import { ForceUpdateDialog } from './dialogs/force-update-dialog';
import { MoveDialog } from './dialogs/move-dialog';
import { ProxyDialog } from './dialogs/proxy-dialog';
import { OP_TITLE, useClusterOps, type ClusterOp, type ClusterRef } from './use-cluster-ops';

type Ask = 'forceUpdate' | 'delete' | 'labels' | 'proxy' | 'move';

export function ClusterBulkBar({ selected, showNamespace, workspace, onClear }: { selected: ClusterRef[]; showNamespace: boolean; workspace: string; onClear: () => void }) {
  const run = useClusterOps();
  const workspaces = useWorkspaceNames();
  const [ask, setAsk] = useState<Ask | undefined>();
  const [report, setReport] = useState<{ title: string; results: BulkItemResult[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const names = selected.map((r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name));

  const go = async (o: ClusterOp) => {
    setAsk(undefined);
    setBusy(true);
    const title = o.op === 'setLabel' ? `Set label ${o.key}=${o.value}` : o.op === 'removeLabel' ? `Remove label ${o.key}` : OP_TITLE[o.op];
    try {
      const results = await run(o, selected, (results) => setReport({ title, results }), showNamespace);
      if (o.op === 'delete' && results.every((r) => r.status === 'ok')) onClear();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-2 empty:hidden">
      {selected.length > 0 && (
        <BulkToolbar count={selected.length} onClear={onClear}>
          <Button size="sm" disabled={busy} onClick={() => setAsk('forceUpdate')} data-testid="bulk-force-update">
            Force update agent
          </Button>
          <Button size="sm" disabled={busy} onClick={() => void go({ op: 'pause' })} data-testid="bulk-pause">
            Pause
          </Button>
          <Button size="sm" disabled={busy} onClick={() => void go({ op: 'unpause' })} data-testid="bulk-unpause">
            Unpause
          </Button>
          <Button size="sm" disabled={busy} onClick={() => setAsk('labels')} data-testid="bulk-labels">
            Edit labels
          </Button>
          <Button size="sm" disabled={busy} onClick={() => setAsk('proxy')} data-testid="bulk-proxy">
            Agent proxy
          </Button>
          <Button size="sm" disabled={busy} onClick={() => setAsk('move')} data-testid="bulk-move">
            Move
          </Button>
          <Button size="sm" variant="danger" disabled={busy} onClick={() => setAsk('delete')} data-testid="bulk-delete">
            Delete
          </Button>
        </BulkToolbar>
      )}
      {report && <BulkResults title={report.title} results={report.results} onDismiss={() => setReport(undefined)} />}
      {ask === 'forceUpdate' && <ForceUpdateDialog names={names} onClose={() => setAsk(undefined)} onConfirm={() => go({ op: 'forceUpdate' })} />}
      {ask === 'delete' && <DeleteClustersDialog names={names} onClose={() => setAsk(undefined)} onConfirm={() => go({ op: 'delete' })} />}
      {ask === 'labels' && (
        <BulkLabelDialog
          count={selected.length}
          onClose={() => setAsk(undefined)}
          onApply={(l) => void go(l.mode === 'set' ? { op: 'setLabel', key: l.key, value: l.value } : { op: 'removeLabel', key: l.key })}
        />
      )}
      {ask === 'proxy' && (
        <ProxyDialog
          title={`Agent proxy for ${selected.length} clusters`}
          bulk
          initial={{ httpProxy: '', httpsProxy: '', noProxy: '' }}
          onClose={() => setAsk(undefined)}
          onSave={async (v) => {
            void go({ op: 'proxy', ...v });
          }}
        />
      )}
      {ask === 'move' && selected[0] && (
        <MoveDialog
          probe={selected[0]}
          names={names}
          from={workspace}
          workspaces={workspaces}
          onClose={() => setAsk(undefined)}
          onMove={(to) => void go({ op: 'move', to })}
        />
      )}
    </div>
  );
}
