// Confirms deleting one or more Cluster entries from Fleet (typing the name, or the count, to confirm).
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { NameList, plural } from './dialog-parts';

export function DeleteClustersDialog({ names, onConfirm, onClose }: { names: string[]; onConfirm: () => Promise<void>; onClose: () => void }) {
  const single = names.length === 1 ? names[0] : undefined;
  return (
    <ConfirmDialog
      title={`Delete ${single ? `cluster ${single}` : plural(names.length, 'cluster')}?`}
      confirmLabel="Delete"
      typeToConfirm={single ?? `delete ${names.length} clusters`}
      onConfirm={onConfirm}
      onClose={onClose}
      testId="delete-cluster-dialog"
    >
      <p>
        Removes the Cluster {single ? 'entry' : 'entries'} from Fleet: Fleet deletes {single ? 'its' : 'their'} cluster namespace and every BundleDeployment in it,
        so nothing more is deployed there. The downstream cluster and its workloads are not touched; its agent keeps running until you uninstall it, and
        registers again if it still holds valid credentials.
      </p>
      <NameList names={names} />
    </ConfirmDialog>
  );
}
