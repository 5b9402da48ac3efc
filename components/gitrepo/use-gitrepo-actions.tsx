'use client';
// GitRepo actions shared by the list (bulk) and the detail page (single): pause, unpause, force
// update, delete. Each runs per item, reports per item, and refreshes the affected queries.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '@/lib/http/query-keys';
import type { GitRepoAction } from '@/lib/fleet/rows/gitrepo-detail';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { runBulk, type BulkItemResult } from '@/components/ui/bulk-results';
import { deleteGitRepo, runGitRepoAction } from './gitrepo-api';

export type GitRepoOp = GitRepoAction | 'delete';

export const OP_WORDS: Record<GitRepoOp, { label: string; done: string }> = {
  pause: { label: 'Pause', done: 'Paused' },
  unpause: { label: 'Unpause', done: 'Unpaused' },
  forceUpdate: { label: 'Force update', done: 'Force update' },
  delete: { label: 'Delete', done: 'Delete' },
};

export interface GitRepoRef {
  namespace: string;
  name: string;
  /** As loaded, for deletes (see deleteGitRepo). */
  uid?: string;
  generation?: number;
}

/** Deleting what someone else already deleted reached the goal: say so instead of failing. */
async function deleteOrGone(r: GitRepoRef): Promise<string> {
  try {
    return await deleteGitRepo(r.namespace, r.name, { uid: r.uid, generation: r.generation });
  } catch (e) {
    if (e instanceof ApiFetchError && e.status === 404) return 'Already deleted (by someone else)';
    throw e;
  }
}

export function useGitRepoOps() {
  const qc = useQueryClient();
  return useCallback(
    async (op: GitRepoOp, items: GitRepoRef[], onProgress: (r: BulkItemResult[]) => void, showNamespace = false): Promise<BulkItemResult[]> => {
      const results = await runBulk(
        items,
        (r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name),
        (r) => (op === 'delete' ? deleteOrGone(r) : runGitRepoAction(r.namespace, r.name, op)),
        onProgress,
      );
      // Refresh in the background: the results are known now and are shown at once.
      const namespaces = new Set(items.map((i) => i.namespace));
      void Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.listAll('gitrepos') }),
        ...[...namespaces].map((ns) => qc.invalidateQueries({ queryKey: queryKeys.detailAll('gitrepos', ns) })),
      ]);
      return results;
    },
    [qc],
  );
}
