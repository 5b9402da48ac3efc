// A cluster's labels (what targeting matches), the labels Fleet and Rancher own, and its annotations.
import type { ClusterDetail } from '@/lib/fleet/rows/cluster-row';
import { LabelChips } from '@/components/selector/label-chips';

function KV({ map, empty, testId }: { map: Record<string, string>; empty: string; testId: string }) {
  const e = Object.entries(map).sort(([a], [b]) => a.localeCompare(b));
  if (!e.length) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <dl className="divide-y divide-border rounded-lg border border-border bg-surface text-sm" data-testid={testId}>
      {e.map(([k, v]) => (
        <div key={k} className="grid grid-cols-1 gap-1 px-3 py-1.5 sm:grid-cols-[minmax(12rem,1fr)_2fr]">
          <dt className="break-all font-mono text-xs text-muted">{k}</dt>
          <dd className="break-all font-mono text-xs">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ClusterLabelsTab({ d }: { d: ClusterDetail }) {
  return (
    <div className="space-y-4">
      <div>
        <h2 className="mb-2 text-sm font-semibold">Labels (used for targeting)</h2>
        <LabelChips labels={d.row.labels} max={100} testId="cluster-labels" />
      </div>
      <div>
        <h2 className="mb-2 text-sm font-semibold">Labels owned by Fleet / Rancher</h2>
        <KV map={d.reservedLabels} empty="None." testId="reserved-labels" />
      </div>
      <div>
        <h2 className="mb-2 text-sm font-semibold">Annotations</h2>
        <KV map={d.annotations} empty="None." testId="annotations" />
      </div>
    </div>
  );
}
