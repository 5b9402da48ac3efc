// The Bundles table: name, GitRepo, state, ready x/y, targets, rollout settings. Sorting is the server's.
import Link from 'next/link';
import type { BundleRow } from '@/lib/fleet/rows/bundle-row';
import { SortHeader } from '@/components/list/sort-header';
import { StateBadge } from '@/components/state-badge';
import { pageUrl } from '@/lib/http/urls';

export type BundleSort = 'name' | 'state' | 'ready' | 'gitrepo' | 'namespace' | 'created';

export function BundleTable({
  rows, sort, dir, onSort, showWorkspace,
}: { rows: BundleRow[]; sort: BundleSort; dir: 'asc' | 'desc'; onSort: (k: BundleSort, d: 'asc' | 'desc') => void; showWorkspace: boolean }) {
  const h = { sort, dir, onSort };
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[52rem] text-sm" data-testid="bundle-table">
        <thead className="bg-surface-2 text-muted">
          <tr>
            <SortHeader k="name" label="Name" {...h} />
            {showWorkspace && <SortHeader k="namespace" label="Workspace" {...h} />}
            <SortHeader k="gitrepo" label="Git Repo" {...h} />
            <SortHeader k="state" label="State" {...h} />
            <SortHeader k="ready" label="Ready" {...h} />
            <th scope="col" className="px-3 py-2 text-left font-medium">Targets</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Rollout</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.namespace}/${r.name}`} className="border-t border-border align-top hover:bg-surface-2/50" data-testid="bundle-row" data-state={r.state}>
              <td className="max-w-xs px-3 py-2">
                <Link href={pageUrl.bundle(r.namespace, r.name)} className="break-words font-medium text-accent hover:underline" data-testid="bundle-name">
                  {r.name}
                </Link>
                {r.paused && <span className="ml-2 text-xs text-muted">paused</span>}
                {r.message && <p className="mt-0.5 line-clamp-2 break-words text-xs text-muted" title={r.message}>{r.message}</p>}
              </td>
              {showWorkspace && <td className="px-3 py-2 font-mono text-xs">{r.namespace}</td>}
              <td className="px-3 py-2">
                {r.gitrepo ? (
                  <Link href={pageUrl.gitrepo(r.namespace, r.gitrepo)} className="hover:underline">
                    {r.gitrepo}
                  </Link>
                ) : r.helmop ? (
                  <span className="text-muted">HelmOp {r.helmop}</span>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
              <td className="px-3 py-2">
                <StateBadge state={r.state} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums" data-testid="bundle-ready">
                {r.readyClusters}/{r.desiredReadyClusters}
              </td>
              <td className="max-w-[16rem] px-3 py-2 text-xs">{r.targets.length ? r.targets.join('; ') : <span className="text-muted">none</span>}</td>
              <td className="max-w-[14rem] px-3 py-2 text-xs">{r.rollout || <span className="text-muted">Fleet defaults</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
