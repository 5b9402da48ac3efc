'use client';
// The workspaces the person can see (the switcher's list, same query key so both share one fetch).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { apiUrl } from '@/lib/http/urls';

const WorkspacesSchema = z.object({ items: z.array(z.object({ name: z.string(), canList: z.boolean() })) });

export function useWorkspaceNames(): string[] {
  const { data } = useQuery({
    queryKey: queryKeys.workspaces(),
    queryFn: () => apiFetch(apiUrl.workspaces(), { schema: WorkspacesSchema }),
    staleTime: 60_000,
  });
  return (data?.items ?? []).map((w) => w.name);
}
