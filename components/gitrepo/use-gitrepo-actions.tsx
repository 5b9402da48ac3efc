'use client';
// GitRepo actions shared by the list (bulk) and the detail page (single): pause, unpause, force
// update, delete. Each runs per item, reports per item, and refreshes the affected queries.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '@/lib/http/query-keys';
import type { GitRepoAction } from '@/lib/fleet/rows/gitrepo-detail';
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
}

export function useGitRepoOps() {
  const qc = useQueryClient();
  return useCallback(
    async (op: GitRepoOp, items: GitRepoRef[], onProgress: (r: BulkItemResult[]) => void, showNamespace = false): Promise<BulkItemResult[]> => {
      const results = await runBulk(
        items,
        (r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name),
        (r) => (op === 'delete' ? deleteGitRepo(r.namespace, r.name) : runGitRepoAction(r.namespace, r.name, op)),
        onProgress,
      );
      const namespaces = new Set(items.map((i) => i.namespace));
      await Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.listAll('gitrepos') }),
        ...[...namespaces].map((ns) => qc.invalidateQueries({ queryKey: queryKeys.detailAll('gitrepos', ns) })),
      ]);
      return results;
    },
    [qc],
  );
}
