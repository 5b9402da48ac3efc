'use client';
// Workspace picker in the top bar. Keeps the current section, drops list filters (they rarely apply
// to another workspace). Lists what GET /api/workspaces says the person can see.
import { useQuery } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { z } from 'zod';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { apiUrl, pageUrl } from '@/lib/http/urls';

const WorkspacesSchema = z.object({ items: z.array(z.object({ name: z.string(), canList: z.boolean() })) });

export function WorkspaceSwitcher({ workspace }: { workspace: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const { data, isError } = useQuery({
    queryKey: queryKeys.workspaces(),
    queryFn: () => apiFetch(apiUrl.workspaces(), { schema: WorkspacesSchema }),
    staleTime: 60_000,
  });
  const items = data?.items ?? [];
  const options = items.some((w) => w.name === workspace) || workspace === '_all' ? items : [{ name: workspace, canList: true }, ...items];
  const listable = items.filter((w) => w.canList).length;

  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-muted">Workspace</span>
      <select
        value={workspace}
        onChange={(e) => {
          const section = pathname.replace(/^\/w\/[^/]+/, '');
          router.push(`${pageUrl.workspace(e.target.value)}${section}`);
        }}
        className="max-w-[14rem] rounded-md border border-border bg-surface px-2 py-1 text-sm"
        data-testid="workspace-switcher"
        aria-describedby={isError ? 'ws-error' : undefined}
      >
        {listable > 1 && <option value="_all">All workspaces</option>}
        {options.map((w) => (
          <option key={w.name} value={w.name}>
            {w.name}
            {w.canList ? '' : ' (no access)'}
          </option>
        ))}
      </select>
      {isError && (
        <span id="ws-error" className="text-xs text-danger">
          could not load workspaces
        </span>
      )}
    </label>
  );
}
