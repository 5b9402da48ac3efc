'use client';
// Troubleshooting findings of a workspace, or of one object (its detail page's hints): one query per (workspace,
// object), refetched live whenever a kind the detectors read changes.
import { useQuery } from '@tanstack/react-query';
import { DETECTOR_KINDS } from '@/lib/fleet/troubleshooting/types';
import { TroubleshootingSchema } from '@/lib/fleet/troubleshooting/schema';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys, type FindingKind } from '@/lib/http/query-keys';
import { apiUrl } from '@/lib/http/urls';
import { useLiveKinds } from '@/components/live/live-updates';

export function useFindings(workspace: string, object?: { kind: FindingKind; name: string }, opts: { refetchInterval?: number } = {}) {
  useLiveKinds(DETECTOR_KINDS, workspace);
  return useQuery({
    queryKey: queryKeys.troubleshooting(workspace, object),
    queryFn: () => apiFetch(apiUrl.troubleshooting(workspace, object), { schema: TroubleshootingSchema }),
    refetchInterval: opts.refetchInterval,
  });
}
