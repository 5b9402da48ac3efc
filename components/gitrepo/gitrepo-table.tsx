// The Git Repos table: presentational, rows in, callbacks out. Rows can be selected for bulk
// actions (selection keys are "namespace/name"); names link to the detail page.
import type { GitRepoRow, GitRepoSortKey } from '@/lib/fleet/rows/gitrepo-row';
import { CopyButton } from '@/components/copy-button';
import { RelativeTime } from '@/components/relative-time';
import { StateBadge } from '@/components/state-badge';
import { SortHeader } from '@/components/list/sort-header';
import { NameCell, ReadyCell, SelectAllHeader, SelectCell } from '@/components/list/row-cells';
import { pageUrl } from '@/lib/http/urls';
import { PinnedBadge } from './pinned-badge';

export const rowKey = (r: Pick<GitRepoRow, 'namespace' | 'name'>) => `${r.namespace}/${r.name}`;

function repoDisplay(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^git@([^:]+):/, '$1/').replace(/\.git$/, '');
}

export function GitRepoTable({
  rows, sort, dir, onSort, showWorkspace, selected, onSelect,
}: {
  rows: GitRepoRow[];
  sort: GitRepoSortKey;
  dir: 'asc' | 'desc';
  onSort: (k: GitRepoSortKey, d: 'asc' | 'desc') => void;
  showWorkspace: boolean;
  selected: ReadonlySet<string>;
  onSelect: (keys: string[], on: boolean) => void;
}) {
  const h = { sort, dir, onSort };
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[56rem] border-collapse text-sm">
        <caption className="sr-only">Git repositories, sorted by {sort} {dir === 'asc' ? 'ascending' : 'descending'}</caption>
        <thead className="border-b border-border bg-surface-2 text-muted">
          <tr>
            <SelectAllHeader keys={rows.map(rowKey)} selected={selected} onSelect={onSelect} />
            <SortHeader k="state" label="State" {...h} />
            <SortHeader k="name" label="Name" {...h} />
            {showWorkspace && <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">Workspace</th>}
            <SortHeader k="ready" label="Clusters ready" {...h} />
            <SortHeader k="repo" label="Repository" {...h} />
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">Branch / revision</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">Commit</th>
            <SortHeader k="lastUpdate" label="Last update" {...h} />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const on = selected.has(rowKey(r));
            return (
              <tr
                key={rowKey(r)}
                className={`border-b border-border last:border-b-0 ${on ? 'bg-accent/5' : 'hover:bg-surface-2/60'}`}
                data-testid="gitrepo-row"
                data-name={r.name}
                aria-selected={on}
              >
                <SelectCell name={r.name} rowKey={rowKey(r)} on={on} onSelect={onSelect} />
                <td className="px-3 py-2 align-top">
                  <StateBadge state={r.state} title={r.message} />
                </td>
                <NameCell name={r.name} href={pageUrl.gitrepo(r.namespace, r.name)} testId="gitrepo-name" paused={r.paused} pausedTitle="Paused: Git changes are not rolled out" message={r.message} />
                {showWorkspace && <td className="px-3 py-2 align-top font-mono text-xs">{r.namespace}</td>}
                <ReadyCell ready={r.readyClusters} desired={r.desiredReadyClusters} />
                <td className="max-w-[12rem] px-3 py-2 align-top">
                  <span className="block truncate" title={r.repo}>
                    {repoDisplay(r.repo)}
                  </span>
                </td>
                <td className="px-3 py-2 align-top">
                  {r.pinned && r.revision ? (
                    <PinnedBadge to={r.revision} title={`Pinned to commit ${r.revision}`} />
                  ) : r.revision ? (
                    <span title="Pinned revision">
                      <span className="text-muted">rev </span>
                      <span className="font-mono text-xs">{r.revision}</span>
                    </span>
                  ) : (
                    <span className="font-mono text-xs">{r.branch ?? <span className="text-muted">default</span>}</span>
                  )}
                </td>
                <td className="px-3 py-2 align-top">
                  {r.commit ? (
                    <span className="inline-flex items-center gap-1">
                      <code className="font-mono text-xs" title={r.commit}>{r.commit.slice(0, 7)}</code>
                      <CopyButton value={r.commit} label={`commit ${r.commit.slice(0, 7)}`} />
                    </span>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </td>
                <td className="whitespace-nowrap px-3 py-2 align-top">
                  <RelativeTime iso={r.lastUpdate} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
