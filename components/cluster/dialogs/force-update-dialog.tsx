// Confirms a forced agent update of one or more clusters.
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { NameList, plural } from './dialog-parts';

export function ForceUpdateDialog({ names, onConfirm, onClose }: { names: string[]; onConfirm: () => Promise<void>; onClose: () => void }) {
  return (
    <ConfirmDialog title={`Force agent update on ${plural(names.length, 'cluster')}?`} confirmLabel="Force update" variant="primary" onConfirm={onConfirm} onClose={onClose} testId="force-update-dialog">
      <p>
        Increments <code className="font-mono">spec.redeployAgentGeneration</code>: Fleet redeploys the fleet-agent on each cluster (the recovery step after a
        backup restore, or when an agent is stuck). Bundles are not redeployed.
      </p>
      <NameList names={names} />
    </ConfirmDialog>
  );
}
