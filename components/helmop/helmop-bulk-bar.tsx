'use client';
// Actions on the selected HelmOps (keys "namespace/name", possibly from several pages), each reported per item.
// Pause/unpause run at once; force update and delete ask first.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { BulkResults, BulkToolbar, type BulkItemResult } from '@/components/ui/bulk-results';
import { DeleteHelmOpDialog, ForceUpdateHelmOpDialog } from './helmop-dialogs';
import { HELMOP_OP_WORDS, useHelmOpOps, type HelmOpRef } from './use-helmop-actions';

type BulkOp = 'pause' | 'unpause' | 'forceUpdate' | 'delete';

export function HelmOpBulkBar({
  selected, loaded, showNamespace, onClear, onDeselect,
}: {
  selected: ReadonlySet<string>;
  loaded: ReadonlyMap<string, Pick<HelmOpRef, 'uid' | 'generation'>>;
  showNamespace: boolean;
  onClear: () => void;
  onDeselect: (keys: string[]) => void;
}) {
  const run = useHelmOpOps();
  const [ask, setAsk] = useState<'forceUpdate' | 'delete' | undefined>();
  const [report, setReport] = useState<{ title: string; results: BulkItemResult[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const items: HelmOpRef[] = [...selected].map((k) => {
    const i = k.indexOf('/');
    return { namespace: k.slice(0, i), name: k.slice(i + 1), ...loaded.get(k) };
  });
  const names = items.map((r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name));

  const go = async (op: BulkOp) => {
    setBusy(true);
    try {
      const results = await run({ action: op }, items, (results) => setReport({ title: HELMOP_OP_WORDS[op].done, results }), showNamespace);
      // Deleted ones are gone: drop them from the selection, keep the failures selected for a retry.
      if (op === 'delete') onDeselect(items.filter((_, i) => results[i]?.status === 'ok').map((r) => `${r.namespace}/${r.name}`));
    } finally {
      setBusy(false);
    }
  };
  const confirmThen = (op: BulkOp) => async () => {
    setAsk(undefined);
    await go(op);
  };

  return (
    <div className="space-y-2 empty:hidden">
      {selected.size > 0 && (
        <BulkToolbar count={selected.size} onClear={onClear}>
          <Button size="sm" disabled={busy} onClick={() => void go('pause')} data-testid="bulk-pause">
            Pause
          </Button>
          <Button size="sm" disabled={busy} onClick={() => void go('unpause')} data-testid="bulk-unpause">
            Unpause
          </Button>
          <Button size="sm" disabled={busy} onClick={() => setAsk('forceUpdate')} data-testid="bulk-force-update">
            Force update
          </Button>
          <Button size="sm" variant="danger" disabled={busy} onClick={() => setAsk('delete')} data-testid="bulk-delete">
            Delete
          </Button>
        </BulkToolbar>
      )}
      {report && <BulkResults title={report.title} results={report.results} onDismiss={() => setReport(undefined)} />}
      {ask === 'forceUpdate' && <ForceUpdateHelmOpDialog names={names} onClose={() => setAsk(undefined)} onConfirm={confirmThen('forceUpdate')} />}
      {ask === 'delete' && <DeleteHelmOpDialog names={names} onClose={() => setAsk(undefined)} onConfirm={confirmThen('delete')} />}
    </div>
  );
}
