'use client';
// HelmOp actions shared by the list (bulk) and the detail page (single): pause, unpause, force update, delete, and
// pin/unpin the chart version. Each runs per item, reports per item, and refreshes the affected queries.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { HelmOpAction } from '@/lib/fleet/rows/helmop-detail';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { runBulk, type BulkItemResult } from '@/components/ui/bulk-results';
import { deleteHelmOp, runHelmOpAction } from './helmop-api';

export type HelmOpOp = HelmOpAction | { action: 'delete' };
export type HelmOpOpName = HelmOpOp['action'];

export const HELMOP_OP_WORDS: Record<HelmOpOpName, { label: string; done: string }> = {
  pause: { label: 'Pause', done: 'Paused' },
  unpause: { label: 'Unpause', done: 'Unpaused' },
  forceUpdate: { label: 'Force update', done: 'Force update' },
  pin: { label: 'Pin version', done: 'Pinned' },
  unpin: { label: 'Unpin version', done: 'Unpinned' },
  delete: { label: 'Delete', done: 'Delete' },
};

export interface HelmOpRef {
  namespace: string;
  name: string;
  /** As loaded, for deletes (see deleteHelmOp). */
  uid?: string;
  generation?: number;
}

async function deleteOrGone(r: HelmOpRef): Promise<string> {
  try {
    return await deleteHelmOp(r.namespace, r.name, { uid: r.uid, generation: r.generation });
  } catch (e) {
    if (e instanceof ApiFetchError && e.status === 404) return 'Already deleted (by someone else)';
    throw e;
  }
}

export function useHelmOpOps() {
  const qc = useQueryClient();
  return useCallback(
    async (op: HelmOpOp, items: HelmOpRef[], onProgress: (r: BulkItemResult[]) => void, showNamespace = false): Promise<BulkItemResult[]> => {
      const results = await runBulk(
        items,
        (r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name),
        (r) => (op.action === 'delete' ? deleteOrGone(r) : runHelmOpAction(r.namespace, r.name, op)),
        onProgress,
      );
      const namespaces = new Set(items.map((i) => i.namespace));
      void Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.listAll('helmops') }),
        ...[...namespaces].map((ns) => qc.invalidateQueries({ queryKey: queryKeys.detailAll('helmops', ns) })),
      ]);
      return results;
    },
    [qc],
  );
}
