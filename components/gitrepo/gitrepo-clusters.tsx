'use client';
// The clusters a GitRepo deploys to, worst first, with their first problem; thousands of clusters show a page at a time.
import Link from 'next/link';
import { useState } from 'react';
import type { GitRepoDetail } from '@/lib/fleet/rows/gitrepo-detail';
import { pageUrl } from '@/lib/http/urls';
import { DetailSection } from '@/components/detail/detail-section';
import { StateBadge } from '@/components/state-badge';
import { EmptyPanel } from '@/components/ui/panels';
import { SimpleTable, Td } from '@/components/ui/simple-table';

const CLUSTER_PAGE = 50;

export function GitRepoClusters({ clusters, kind = 'GitRepo' }: { clusters: GitRepoDetail['clusters']; kind?: 'GitRepo' | 'HelmOp' }) {
  const [limit, setLimit] = useState(CLUSTER_PAGE);
  return (
    <DetailSection title="Clusters" count={clusters.length} testId="clusters-section">
      {clusters.length === 0 ? (
        <EmptyPanel compact title={`No cluster has a deployment of this ${kind}.`} />
      ) : (
        <SimpleTable head={['State', 'Cluster', 'Bundles ready', 'First problem']}>
          {clusters.slice(0, limit).map((c) => (
            <tr key={`${c.namespace}/${c.name}`} className="border-t border-border" data-testid="cluster-row" data-name={c.name}>
              <Td>
                <StateBadge state={c.state} />
              </Td>
              <Td className="font-mono text-xs">
                <Link href={pageUrl.cluster(c.namespace, c.name)} className="text-accent hover:underline">
                  {c.name}
                </Link>
              </Td>
              <Td className="tabular-nums">
                {c.readyBundles}/{c.bundles}
              </Td>
              <Td className="whitespace-pre-wrap break-words text-xs">{c.message ?? ''}</Td>
            </tr>
          ))}
        </SimpleTable>
      )}
      {clusters.length > limit && (
        <button type="button" className="text-sm text-accent underline" onClick={() => setLimit((n) => n + CLUSTER_PAGE)}>
          Show {Math.min(CLUSTER_PAGE, clusters.length - limit)} more of {clusters.length - limit} (worst first)
        </button>
      )}
    </DetailSection>
  );
}
