'use client';
// Actions on the selected HelmOps (components/list/object-bulk-bar.tsx).
import { useCallback } from 'react';
import { ObjectBulkBar, type BulkOp } from '@/components/list/object-bulk-bar';
import type { ObjectRef } from '@/components/list/use-object-ops';
import type { BulkItemResult } from '@/components/ui/bulk-results';
import { DeleteHelmOpDialog, ForceUpdateHelmOpDialog } from './helmop-dialogs';
import { HELMOP_OP_WORDS, useHelmOpOps } from './use-helmop-actions';

const doneTitle = (op: BulkOp) => HELMOP_OP_WORDS[op].done;

export function HelmOpBulkBar(props: {
  selected: ReadonlySet<string>;
  loaded: ReadonlyMap<string, Pick<ObjectRef, 'uid' | 'generation'>>;
  showNamespace: boolean;
  onClear: () => void;
  onDeselect: (keys: string[]) => void;
}) {
  const runOp = useHelmOpOps();
  const run = useCallback(
    (op: BulkOp, items: ObjectRef[], onProgress: (r: BulkItemResult[]) => void, showNamespace: boolean) => runOp({ action: op }, items, onProgress, showNamespace),
    [runOp],
  );
  return <ObjectBulkBar {...props} run={run} doneTitle={doneTitle} ForceUpdateDialog={ForceUpdateHelmOpDialog} DeleteDialog={DeleteHelmOpDialog} />;
}
