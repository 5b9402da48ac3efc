'use client';
// Loads the Schedule once (no polling: the form keeps what the person typed) and opens the form.
import { useQuery } from '@tanstack/react-query';
import type { ScheduleForm as FormValues } from '@/lib/fleet/forms/schedule-form';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { fetchSchedule } from './schedule-api';
import { ScheduleForm } from './schedule-form';

export function ScheduleEditView({ workspace, name }: { workspace: string; name: string }) {
  const q = useQuery({ queryKey: ['edit-schedule', workspace, name], queryFn: () => fetchSchedule(workspace, name), staleTime: Infinity, refetchOnWindowFocus: false });
  if (q.isError) return <ErrorPanel error={q.error} what={`Schedule ${name}`} workspace={workspace} onRetry={() => void q.refetch()} />;
  if (!q.data) return <LoadingRows label="Loading…" rows={3} />;
  return <ScheduleForm workspace={workspace} existing={{ form: q.data.form as FormValues, resourceVersion: q.data.row.resourceVersion ?? '' }} />;
}
