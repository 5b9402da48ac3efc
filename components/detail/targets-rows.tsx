// The summary rows a GitRepo and a HelmOp share: where they deploy (targets in words) and how many targeted clusters
// are ready.
import type { ReactNode } from 'react';
import { describeTargets } from '@/lib/fleet/targets';

export function targetsRows(targets: Parameters<typeof describeTargets>[0], status?: { readyClusters?: number | null; desiredReadyClusters?: number | null }): [string, ReactNode][] {
  return [
    [
      'Targets',
      <ul key="t" className="list-inside list-disc" data-testid="targets-words">
        {describeTargets(targets).map((t, i) => (
          <li key={i}>{t}</li>
        ))}
      </ul>,
    ],
    ['Clusters ready', `${status?.readyClusters ?? 0} of ${status?.desiredReadyClusters ?? 0}`],
  ];
}
