// The HelmOps table: presentational, rows in, callbacks out. Selection keys are "namespace/name"; names link to the
// detail page. The version column shows what is asked (exact = pinned, a range, or latest) and what Fleet resolved;
// "deployed" once every targeted cluster is Ready with it.
import type { HelmOpRow, HelmOpSortKey } from '@/lib/fleet/rows/helmop-row';
import { RelativeTime } from '@/components/relative-time';
import { SortHeader } from '@/components/list/sort-header';
import { OwnerTable, type OwnerTableProps } from '@/components/list/row-cells';
import { pageUrl } from '@/lib/http/urls';

export const helmOpRowKey = (r: Pick<HelmOpRow, 'namespace' | 'name'>) => `${r.namespace}/${r.name}`;

const SOURCE_WORD: Record<HelmOpRow['sourceType'], string> = { repo: 'repo', oci: 'OCI', tarball: 'archive' };

function VersionCell({ r }: { r: HelmOpRow }) {
  const asked = r.sourceType === 'tarball' ? 'archive' : (r.versionAsked ?? 'latest');
  return (
    <div className="space-y-0.5" data-testid="version-cell">
      <div>
        <span className="text-muted">asked </span>
        <span className="font-mono text-xs">{asked}</span>
        {r.pinned && <span className="ml-1 rounded bg-accent/10 px-1 text-[0.65rem] font-semibold uppercase text-accent" data-testid="pinned-badge">pinned</span>}
      </div>
      <div className="text-xs">
        {r.versionDeployed ? (
          <span title="Resolved by Fleet and Ready on every targeted cluster">
            <span className="text-muted">deployed </span>
            <span className="font-mono">{r.versionDeployed}</span>
          </span>
        ) : r.versionResolved ? (
          <span title="Resolved by Fleet, not yet Ready everywhere">
            <span className="text-muted">resolved </span>
            <span className="font-mono">{r.versionResolved}</span>
          </span>
        ) : (
          <span className="text-muted">not resolved yet</span>
        )}
      </div>
    </div>
  );
}

export function HelmOpTable({
  sort, dir, onSort, ...rest
}: OwnerTableProps<HelmOpRow, HelmOpSortKey>) {
  const h = { sort, dir, onSort };
  return (
    <OwnerTable
      {...rest}
      {...h}
      keyOf={helmOpRowKey}
      caption="HelmOps"
      href={(r) => pageUrl.helmop(r.namespace, r.name)}
      testId="helmop-row"
      pausedTitle="Paused: chart changes are not rolled out"
      headers={
        <>
          <SortHeader k="chart" label="Chart source" {...h} />
          <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">Version</th>
          <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">Last change</th>
        </>
      }
      cells={(r) => (
        <>
          <td className="max-w-[18rem] px-3 py-2 align-top">
            <span className="font-medium">{r.chart}</span> <span className="text-xs text-muted">({SOURCE_WORD[r.sourceType]})</span>
            <span className="block truncate font-mono text-xs text-muted" title={r.source}>
              {r.source}
            </span>
          </td>
          <td className="px-3 py-2 align-top">
            <VersionCell r={r} />
          </td>
          <td className="whitespace-nowrap px-3 py-2 align-top">
            <RelativeTime iso={r.lastUpdate} />
          </td>
        </>
      )}
    />
  );
}
