'use client';
// Cluster actions shared by the list (bulk) and the detail page (single). Each item runs on its own,
// is reported on its own, and the affected queries are refreshed afterwards.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '@/lib/http/query-keys';
import type { ClusterRow } from '@/lib/fleet/rows/cluster-row';
import { runBulk, type BulkItemResult } from '@/components/ui/bulk-results';
import { ACTION_WORDS, clusterAction, deleteCluster, moveCluster, putLabels, putProxy } from './cluster-api';

export type ClusterOp =
  | { op: 'forceUpdate' | 'pause' | 'unpause' | 'delete' }
  | { op: 'setLabel'; key: string; value: string }
  | { op: 'removeLabel'; key: string }
  | { op: 'proxy'; httpProxy: string; httpsProxy: string; noProxy: string }
  | { op: 'move'; to: string };

export const OP_TITLE: Record<ClusterOp['op'], string> = {
  forceUpdate: 'Force agent update',
  pause: 'Pause',
  unpause: 'Unpause',
  delete: 'Delete',
  setLabel: 'Set label',
  removeLabel: 'Remove label',
  proxy: 'Agent proxy',
  move: 'Move to workspace',
};

/** What a bulk action needs of each cluster: its name, and for edits its labels and resourceVersion. */
export type ClusterRef = Pick<ClusterRow, 'namespace' | 'name'> & Partial<Pick<ClusterRow, 'labels' | 'resourceVersion' | 'uid'>>;

async function runOne(c: ClusterRef, o: ClusterOp): Promise<string | undefined> {
  switch (o.op) {
    case 'forceUpdate':
    case 'pause':
    case 'unpause': {
      const r = await clusterAction(c.namespace, c.name, o.op);
      return ACTION_WORDS[o.op].done(r);
    }
    case 'delete':
      await deleteCluster(c.namespace, c.name, c.uid);
      return 'deleted';
    case 'setLabel':
    case 'removeLabel': {
      if (!c.resourceVersion || !c.labels) throw new Error('Reload the list: this cluster was selected before its labels were known.');
      const next = { ...c.labels };
      if (o.op === 'setLabel') next[o.key] = o.value;
      else if (!(o.key in next)) return `had no label ${o.key}`;
      else delete next[o.key];
      await putLabels(c.namespace, c.name, { resourceVersion: c.resourceVersion, labels: Object.entries(next).map(([key, value]) => ({ key, value })) });
      return o.op === 'setLabel' ? `${o.key}=${o.value}` : `${o.key} removed`;
    }
    case 'proxy':
      if (!c.resourceVersion) throw new Error('Reload the list: this cluster was selected before its version was known.');
      await putProxy(c.namespace, c.name, { resourceVersion: c.resourceVersion, httpProxy: o.httpProxy, httpsProxy: o.httpsProxy, noProxy: o.noProxy });
      return 'proxy variables saved; Fleet redeploys the agent';
    case 'move':
      await moveCluster(c.namespace, c.name, o.to);
      return `moving to ${o.to}`;
  }
}

export function useClusterOps() {
  const qc = useQueryClient();
  return useCallback(
    async (o: ClusterOp, items: ClusterRef[], onProgress: (r: BulkItemResult[]) => void, showNamespace = false): Promise<BulkItemResult[]> => {
      const results = await runBulk(items, (c) => (showNamespace ? `${c.namespace}/${c.name}` : c.name), (c) => runOne(c, o), onProgress);
      await Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.listAll('clusters') }),
        qc.invalidateQueries({ queryKey: queryKeys.listAll('clustergroups') }),
        qc.invalidateQueries({ queryKey: queryKeys.detailAll('clusters') }),
      ]);
      return results;
    },
    [qc],
  );
}
