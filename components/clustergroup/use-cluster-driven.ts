'use client';
// Group member counts are computed from clusters, but live updates invalidate by kind: this keeps a tiny
// clusters query of the workspace mounted (its total is shown as "of M clusters") and, whenever it is
// refetched because clusters changed, refreshes the given group queries too.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { queryKeys } from '@/lib/http/query-keys';
import { fetchClusters } from '@/components/cluster/cluster-api';

export function useClusterDriven(workspace: string, dependentKeys: (readonly unknown[])[]): number | undefined {
  const qc = useQueryClient();
  const probe = useQuery({
    queryKey: queryKeys.list('clusters', workspace, 'pageSize=1'),
    queryFn: () => fetchClusters(workspace, 'pageSize=1'),
  });
  const seen = useRef(0);
  const keys = JSON.stringify(dependentKeys);
  useEffect(() => {
    if (!probe.dataUpdatedAt) return;
    const first = seen.current === 0;
    seen.current = probe.dataUpdatedAt;
    if (first) return;
    for (const k of JSON.parse(keys) as unknown[][]) void qc.invalidateQueries({ queryKey: k });
  }, [probe.dataUpdatedAt, qc, keys]);
  return probe.data?.total;
}
