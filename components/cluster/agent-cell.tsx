// Agent contact for a cluster: last check-in (relative), a stale/never marker, and whether a forced
// agent update is still pending (spec.redeployAgentGeneration ahead of status.agentDeployedGeneration).
import { RelativeTime } from '@/components/relative-time';
import type { ClusterRow } from '@/lib/fleet/rows/cluster-row';

export function AgentCell({ row }: { row: ClusterRow }) {
  const pending = row.agentDeployedGeneration !== undefined && row.agentDeployedGeneration < row.redeployAgentGeneration;
  return (
    <div className="space-y-0.5 text-xs">
      {row.agent === 'never' ? (
        <span className="font-medium text-orange-700 dark:text-orange-300" title="The agent has never checked in (Fleet shows WaitCheckIn)">
          never checked in
        </span>
      ) : (
        <div className="flex flex-wrap items-center gap-1">
          <RelativeTime iso={row.lastSeen} />
          {row.agent === 'stale' && (
            <span className="rounded bg-orange-100 px-1 font-medium text-orange-800 dark:bg-orange-500/15 dark:text-orange-300" title="No check-in for over 30 minutes (agents check in every 15 minutes)" data-testid="agent-stale">
              stale
            </span>
          )}
        </div>
      )}
      <div className="text-muted" title="Fleet does not record the agent's version on the Cluster; this is the agent deployment generation (spec.redeployAgentGeneration / status.agentDeployedGeneration)" data-testid="agent-generation">
        agent gen {row.agentDeployedGeneration ?? '—'}
      </div>
      {pending && (
        <div className="text-muted" title="Force update requested; the agent has not been redeployed yet">
          redeploy pending (gen {row.agentDeployedGeneration} → {row.redeployAgentGeneration})
        </div>
      )}
    </div>
  );
}
