// The applications table: GitRepos and HelmOps in one list (presentational: rows in, sort out). Names link to each
// kind's own detail page; a pinned row says to what.
import type { ApplicationRow, ApplicationSortKey } from '@/lib/fleet/rows/application-row';
import { pageUrl } from '@/lib/http/urls';
import { RelativeTime } from '@/components/relative-time';
import { StateBadge } from '@/components/state-badge';
import { SortHeader } from '@/components/list/sort-header';
import { NameCell, ReadyCell } from '@/components/list/row-cells';
import { PinnedBadge } from '@/components/gitrepo/pinned-badge';

const detailUrl = (r: ApplicationRow) => (r.kind === 'GitRepo' ? pageUrl.gitrepo(r.namespace, r.name) : pageUrl.helmop(r.namespace, r.name));
const sourceDisplay = (s: string) => s.replace(/^https?:\/\//, '').replace(/\.git$/, '');

export function ApplicationTable({
  rows, sort, dir, onSort, showWorkspace,
}: {
  rows: ApplicationRow[];
  sort: ApplicationSortKey;
  dir: 'asc' | 'desc';
  onSort: (k: ApplicationSortKey, d: 'asc' | 'desc') => void;
  showWorkspace: boolean;
}) {
  const h = { sort, dir, onSort };
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[52rem] border-collapse text-sm">
        <caption className="sr-only">GitRepos and HelmOps, sorted by {sort} {dir === 'asc' ? 'ascending' : 'descending'}</caption>
        <thead className="border-b border-border bg-surface-2 text-muted">
          <tr>
            <SortHeader k="state" label="State" {...h} />
            <SortHeader k="name" label="Name" {...h} />
            <SortHeader k="kind" label="Kind" {...h} />
            {showWorkspace && <SortHeader k="namespace" label="Workspace" {...h} />}
            <SortHeader k="ready" label="Clusters ready" {...h} />
            <SortHeader k="source" label="Source" {...h} />
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">
              Follows / deployed
            </th>
            <SortHeader k="lastUpdate" label="Last change" {...h} />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            return (
              <tr key={`${r.kind}/${r.namespace}/${r.name}`} className="border-b border-border last:border-b-0 hover:bg-surface-2/60" data-testid="application-row" data-kind={r.kind} data-name={r.name}>
                <td className="px-3 py-2 align-top">
                  <StateBadge state={r.state} title={r.message} />
                </td>
                <NameCell name={r.name} href={detailUrl(r)} testId="application-name" paused={r.paused} pausedTitle="Paused: changes are not rolled out" message={r.message} copy={false} />
                <td className="whitespace-nowrap px-3 py-2 align-top" data-testid="application-kind">
                  {r.kind}
                </td>
                {showWorkspace && <td className="px-3 py-2 align-top font-mono text-xs">{r.namespace}</td>}
                <ReadyCell ready={r.readyClusters} desired={r.desiredReadyClusters} />
                <td className="max-w-[14rem] px-3 py-2 align-top">
                  <span className="block truncate" title={r.source}>
                    {sourceDisplay(r.source)}
                  </span>
                </td>
                <td className="px-3 py-2 align-top">
                  {r.pinned && r.ref ? (
                    <PinnedBadge to={r.ref} title={r.kind === 'GitRepo' ? `Pinned to commit ${r.ref}` : `Pinned to chart version ${r.ref}`} />
                  ) : (
                    <span className="font-mono text-xs">{r.ref ?? <span className="font-sans text-muted">{r.kind === 'GitRepo' ? 'default branch' : 'latest'}</span>}</span>
                  )}
                  {r.current && (
                    <span className="mt-0.5 block text-xs text-muted" title={r.current}>
                      {r.kind === 'GitRepo' ? 'commit' : 'version'} <code className="font-mono">{r.kind === 'GitRepo' ? r.current.slice(0, 7) : r.current}</code>
                    </span>
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
