'use client';
// Loads the Policy once (no polling: the form keeps what the person typed) and opens the form.
import { useQuery } from '@tanstack/react-query';
import type { PolicyForm as FormValues } from '@/lib/fleet/forms/policy-form';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { fetchPolicy } from './policy-api';
import { PolicyForm } from './policy-form';

export function PolicyEditView({ workspace, name }: { workspace: string; name: string }) {
  const q = useQuery({ queryKey: ['edit-policy', workspace, name], queryFn: () => fetchPolicy(workspace, name), staleTime: Infinity, refetchOnWindowFocus: false });
  if (q.isError) return <ErrorPanel error={q.error} what={`Policy ${name}`} workspace={workspace} onRetry={() => void q.refetch()} />;
  if (!q.data) return <LoadingRows label="Loading…" rows={3} />;
  return <PolicyForm workspace={workspace} existing={{ form: q.data.form as FormValues, resourceVersion: q.data.row.resourceVersion ?? '' }} />;
}
