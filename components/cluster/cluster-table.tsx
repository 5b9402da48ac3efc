// The Clusters table: presentational, with row selection for bulk actions.
import Link from 'next/link';
import type { ClusterRow, ClusterSortKey } from '@/lib/fleet/rows/cluster-row';
import { SortHeader } from '@/components/list/sort-header';
import { StateBadge } from '@/components/state-badge';
import { LabelChips } from '@/components/selector/label-chips';
import { AgentCell } from './agent-cell';
import { pageUrl } from '@/lib/http/urls';

export const rowKey = (r: { namespace: string; name: string }) => `${r.namespace}/${r.name}`;

export function ClusterTable({
  rows, sort, dir, onSort, showWorkspace, selected, onSelect, selectable = true,
}: {
  /** false: no checkboxes (e.g. a group's members). */
  selectable?: boolean;
  rows: ClusterRow[];
  sort: ClusterSortKey;
  dir: 'asc' | 'desc';
  onSort: (k: ClusterSortKey, d: 'asc' | 'desc') => void;
  showWorkspace: boolean;
  selected: ReadonlySet<string>;
  onSelect: (keys: string[], on: boolean) => void;
}) {
  const h = { sort, dir, onSort };
  const all = rows.length > 0 && rows.every((r) => selected.has(rowKey(r)));
  const th = 'whitespace-nowrap px-3 py-2 text-left font-medium';
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[64rem] border-collapse text-sm">
        <caption className="sr-only">Clusters, sorted by {sort} {dir === 'asc' ? 'ascending' : 'descending'}</caption>
        <thead className="border-b border-border bg-surface-2 text-muted">
          <tr>
            {selectable && <th scope="col" className="w-8 px-3 py-2">
              <input type="checkbox" aria-label="Select all clusters on this page" checked={all} onChange={(e) => onSelect(rows.map(rowKey), e.target.checked)} className="h-4 w-4" />
            </th>}
            <SortHeader k="state" label="State" {...h} />
            <SortHeader k="name" label="Name" {...h} />
            {showWorkspace && <SortHeader k="namespace" label="Workspace" {...h} />}
            <SortHeader k="ready" label="Bundles ready" {...h} />
            <SortHeader k="lastSeen" label="Agent last seen" {...h} />
            <th scope="col" className={th}>Kubernetes / OS</th>
            <th scope="col" className={th}>Labels</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const k = rowKey(r);
            const allReady = r.readyBundles === r.desiredBundles;
            return (
              <tr key={k} className="border-b border-border last:border-b-0 hover:bg-surface-2/60" data-testid="cluster-row" data-name={r.name}>
                {selectable && (
                  <td className="px-3 py-2 align-top">
                    <input type="checkbox" aria-label={`Select ${r.name}`} checked={selected.has(k)} onChange={(e) => onSelect([k], e.target.checked)} className="h-4 w-4" data-testid="cluster-select" />
                  </td>
                )}
                <td className="px-3 py-2 align-top">
                  <div className="flex flex-col items-start gap-1">
                    <StateBadge state={r.state} title={r.message} />
                    {r.displayState === 'WaitCheckIn' && <span className="text-xs text-muted">waiting for check-in</span>}
                    {r.paused && <StateBadge state="Paused" title="Paused: bundle updates are not rolled out to this cluster" />}
                  </div>
                </td>
                <td className="px-3 py-2 align-top">
                  <Link href={pageUrl.cluster(r.namespace, r.name)} className="font-medium text-accent hover:underline" data-testid="cluster-name">
                    {r.name}
                  </Link>
                  {r.displayName && <div className="text-xs text-muted" title="Display name (management.cattle.io/cluster-display-name)">{r.displayName}</div>}
                  {r.message && <p className="mt-0.5 line-clamp-2 max-w-sm text-xs text-muted" title={r.message}>{r.message}</p>}
                </td>
                {showWorkspace && <td className="px-3 py-2 align-top font-mono text-xs">{r.namespace}</td>}
                <td className="px-3 py-2 align-top tabular-nums">
                  <span className={r.desiredBundles === 0 ? 'text-muted' : allReady ? '' : 'font-semibold'} title={`${r.readyBundles} of ${r.desiredBundles} bundles ready`}>
                    {r.readyBundles}/{r.desiredBundles}
                  </span>
                </td>
                <td className="px-3 py-2 align-top">
                  <AgentCell row={r} />
                </td>
                <td className="px-3 py-2 align-top text-xs">
                  <div className="font-mono">{r.k8sVersion ?? <span className="text-muted">unknown</span>}</div>
                  {r.windows ? (
                    <span className="mt-0.5 inline-block rounded bg-sky-100 px-1 font-medium text-sky-800 dark:bg-sky-500/15 dark:text-sky-300" data-testid="windows-marker">
                      ⊞ Windows
                    </span>
                  ) : (
                    r.os && <span className="text-muted">{r.os}</span>
                  )}
                </td>
                <td className="px-3 py-2 align-top">
                  <LabelChips labels={r.labels} max={3} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
