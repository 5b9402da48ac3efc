// The Git Repos table: presentational, rows in, callbacks out. Rows can be selected for bulk
// actions (selection keys are "namespace/name"); names link to the detail page.
import type { GitRepoRow, GitRepoSortKey } from '@/lib/fleet/rows/gitrepo-row';
import { CopyButton } from '@/components/copy-button';
import { RelativeTime } from '@/components/relative-time';
import { SortHeader } from '@/components/list/sort-header';
import { OwnerTable, type OwnerTableProps } from '@/components/list/row-cells';
import { pageUrl } from '@/lib/http/urls';
import { PinnedBadge } from './pinned-badge';

export const rowKey = (r: Pick<GitRepoRow, 'namespace' | 'name'>) => `${r.namespace}/${r.name}`;

function repoDisplay(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^git@([^:]+):/, '$1/').replace(/\.git$/, '');
}

export function GitRepoTable({
  sort, dir, onSort, ...rest
}: OwnerTableProps<GitRepoRow, GitRepoSortKey>) {
  const h = { sort, dir, onSort };
  return (
    <OwnerTable
      {...rest}
      {...h}
      keyOf={rowKey}
      caption="Git repositories"
      href={(r) => pageUrl.gitrepo(r.namespace, r.name)}
      testId="gitrepo-row"
      pausedTitle="Paused: Git changes are not rolled out"
      headers={
        <>
          <SortHeader k="repo" label="Repository" {...h} />
          <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">Branch / revision</th>
          <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">Commit</th>
          <SortHeader k="lastUpdate" label="Last update" {...h} />
        </>
      }
      cells={(r) => (
        <>
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
        </>
      )}
    />
  );
}
