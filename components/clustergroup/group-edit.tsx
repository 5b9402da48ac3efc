'use client';
// Loads the group once (no live refetch: the form keeps what the person typed) and opens the form.
import { useQuery } from '@tanstack/react-query';
import type { LabelSelector } from '@/lib/fleet/selector';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { fetchGroup } from './clustergroup-api';
import { GroupForm } from './group-form';
import { queryKeys } from '@/lib/http/query-keys';

export function GroupEditView({ workspace, name }: { workspace: string; name: string }) {
  const q = useQuery({ queryKey: queryKeys.edit('clustergroups', workspace, name), queryFn: () => fetchGroup(workspace, name), staleTime: Infinity, refetchOnWindowFocus: false });
  if (q.isError) return <ErrorPanel error={q.error} what={`cluster group ${name}`} workspace={workspace} onRetry={() => void q.refetch()} />;
  if (!q.data) return <LoadingRows label="Loading…" rows={3} />;
  const d = q.data;
  return (
    <GroupForm
      workspace={workspace}
      existing={{ name, selector: d.selectorObject as LabelSelector | null, resourceVersion: d.row.resourceVersion }}
    />
  );
}
