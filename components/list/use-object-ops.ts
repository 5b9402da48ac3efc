'use client';
// Actions on GitRepos or HelmOps shared by the lists (bulk) and the detail pages (single): each runs per item,
// reports per item, and refreshes the kind's list and detail queries. The kind says how one item's action runs.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { runBulk, type BulkItemResult } from '@/components/ui/bulk-results';

export interface ObjectRef {
  namespace: string;
  name: string;
  /** As loaded, for deletes (the API server refuses to delete another object of that name, or a changed one). */
  uid?: string;
  generation?: number;
}

/** Deleting what someone else already deleted reached the goal: say so instead of failing. */
export async function deleteOrGone(del: (ns: string, name: string, loaded: { uid?: string; generation?: number }) => Promise<string>, r: ObjectRef): Promise<string> {
  try {
    return await del(r.namespace, r.name, { uid: r.uid, generation: r.generation });
  } catch (e) {
    if (e instanceof ApiFetchError && e.status === 404) return 'Already deleted (by someone else)';
    throw e;
  }
}

export function useObjectOps<Op>(resource: 'gitrepos' | 'helmops', runOne: (r: ObjectRef, op: Op) => Promise<string>) {
  const qc = useQueryClient();
  return useCallback(
    async (op: Op, items: ObjectRef[], onProgress: (r: BulkItemResult[]) => void, showNamespace = false): Promise<BulkItemResult[]> => {
      const results = await runBulk(items, (r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name), (r) => runOne(r, op), onProgress);
      // Refresh in the background: the results are known now and are shown at once.
      const namespaces = new Set(items.map((i) => i.namespace));
      void Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.listAll(resource) }),
        ...[...namespaces].map((ns) => qc.invalidateQueries({ queryKey: queryKeys.detailAll(resource, ns) })),
      ]);
      return results;
    },
    [qc, resource, runOne],
  );
}
