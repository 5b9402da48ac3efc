// The Bundles a GitRepo produced (one per path), each with its state and how many clusters have it ready.
import Link from 'next/link';
import type { GitRepoDetail } from '@/lib/fleet/rows/gitrepo-detail';
import { pageUrl } from '@/lib/http/urls';
import { DetailSection } from '@/components/detail/detail-section';
import { StateBadge } from '@/components/state-badge';
import { EmptyPanel } from '@/components/ui/panels';
import { SimpleTable, Td } from '@/components/ui/simple-table';

export function GitRepoBundles({
  workspace, bundles, commitRead, emptyText,
}: {
  workspace: string;
  bundles: GitRepoDetail['bundles'];
  commitRead: boolean;
  /** Replaces the GitRepo wording of the empty state (a HelmOp's Bundle comes from its chart, not a repository read). */
  emptyText?: string;
}) {
  return (
    <DetailSection title="Bundles" count={bundles.length} testId="bundles-section">
      {bundles.length === 0 ? (
        <EmptyPanel compact title={emptyText ?? `No Bundles yet. Fleet creates them after it has read the repository${commitRead ? '' : ' (no commit has been read so far)'}.`} />
      ) : (
        <SimpleTable head={['State', 'Bundle', 'Clusters ready', 'Message']}>
          {bundles.map((b) => (
            <tr key={b.name} className="border-t border-border" data-testid="bundle-row" data-name={b.name}>
              <Td>
                <StateBadge state={b.state} />
              </Td>
              <Td className="font-mono text-xs">
                <Link href={pageUrl.bundle(workspace, b.name)} className="text-accent hover:underline">
                  {b.name}
                </Link>
              </Td>
              <Td className="tabular-nums">
                {b.ready}/{b.desiredReady}
              </Td>
              <Td className="whitespace-pre-wrap break-words text-xs">{b.message ?? ''}</Td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </DetailSection>
  );
}
