// A cluster at a glance: bundles ready, agent contact and generation, Kubernetes version, OS, its namespace.
import type { ClusterDetail } from '@/lib/fleet/rows/cluster-row';
import { SummaryList } from '@/components/detail/summary-list';
import { AgentCell } from './agent-cell';

export function ClusterSummary({ d }: { d: ClusterDetail }) {
  const r = d.row;
  return (
    <SummaryList
      variant="tiles"
      testId="cluster-summary"
      items={[
        {
          label: 'Bundles ready',
          value: (
            <span className="tabular-nums">
              {r.readyBundles}/{r.desiredBundles}
            </span>
          ),
        },
        { label: 'Agent last seen', value: <AgentCell row={r} /> },
        {
          label: 'Agent generation',
          value: (
            <span data-testid="redeploy-generation">
              requested {r.redeployAgentGeneration}, deployed {r.agentDeployedGeneration ?? '—'}
            </span>
          ),
        },
        { label: 'Kubernetes', value: r.k8sVersion ?? <span className="text-muted">unknown</span> },
        { label: 'OS', value: r.windows ? <span className="font-medium text-sky-700 dark:text-sky-300">⊞ Windows</span> : (r.os ?? <span className="text-muted">unknown</span>) },
        {
          label: 'Cluster namespace',
          value: d.agent.clusterNamespace ? <span className="font-mono text-xs">{d.agent.clusterNamespace}</span> : <span className="text-muted">not assigned yet</span>,
        },
      ]}
    />
  );
}
