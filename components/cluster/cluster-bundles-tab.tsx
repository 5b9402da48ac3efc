// The BundleDeployments on one cluster, worst first, with the GitRepo each comes from and Fleet's message.
import Link from 'next/link';
import type { ClusterDetail } from '@/lib/fleet/rows/cluster-row';
import { pageUrl } from '@/lib/http/urls';
import { StateBadge } from '@/components/state-badge';
import { WindowBadge } from '@/components/schedule/window-badge';

export function ClusterBundlesTab({ d, workspace }: { d: ClusterDetail; workspace: string }) {
  const bds = d.bundleDeployments;
  if (!bds.total) return <p className="text-sm text-muted">Nothing is deployed to this cluster: no GitRepo targets it yet.</p>;
  return (
    <div className="space-y-2">
      {bds.total > bds.items.length && (
        <p className="text-sm text-muted">
          Showing the {bds.items.length} worst of {bds.total} BundleDeployments.
        </p>
      )}
      <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
        <table className="w-full min-w-[48rem] text-sm" data-testid="bd-table">
          <thead className="border-b border-border bg-surface-2 text-left text-muted">
            <tr>
              <th className="px-3 py-2 font-medium">State</th>
              <th className="px-3 py-2 font-medium">Bundle</th>
              <th className="px-3 py-2 font-medium">GitRepo</th>
              <th className="px-3 py-2 font-medium">Message</th>
            </tr>
          </thead>
          <tbody>
            {bds.items.map((b) => (
              <tr key={b.name} className="border-b border-border last:border-0 align-top" data-testid="bd-row">
                <td className="px-3 py-2">
                  <StateBadge state={b.state} />
                  {b.offSchedule && (
                    <div className="mt-1">
                      <WindowBadge state="waiting" />
                    </div>
                  )}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{b.bundle ?? b.name}</td>
                <td className="px-3 py-2">
                  {b.gitrepo ? (
                    <Link className="text-accent hover:underline" href={pageUrl.gitrepo(workspace, b.gitrepo)}>
                      {b.gitrepo}
                    </Link>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </td>
                <td className="max-w-2xl whitespace-pre-wrap break-words px-3 py-2 text-xs">{b.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
