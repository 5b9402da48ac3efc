'use client';
// Confirmations for GitRepo actions that cost something: Delete (typed, explains keepResources)
// and Force update (explains the re-clone). Work for one GitRepo or a selection.
import { DeleteObjectDialog, ForceUpdateObjectDialog, type DeleteDialogProps } from '@/components/ui/object-dialogs';

export function DeleteGitRepoDialog({ names, keepResources, onConfirm, onClose }: DeleteDialogProps) {
  const one = names.length === 1;
  return (
    <DeleteObjectDialog kind="GitRepo" names={names} onConfirm={onConfirm} onClose={onClose}>
      <p>Fleet deletes the GitRepo{one ? '' : 's'}, the Bundles made from {one ? 'it' : 'them'} and their deployments on every targeted cluster.</p>
      {keepResources === true && (
        <p className="rounded-md border border-border bg-surface-2 p-2" data-testid="keep-resources-note">
          <strong>Resources are kept:</strong> this GitRepo has <span className="font-mono">keepResources</span> set, so what it deployed stays on the clusters
          (no longer managed by Fleet).
        </p>
      )}
      {keepResources === false && (
        <p className="rounded-md border border-danger/40 bg-danger/10 p-2" data-testid="keep-resources-note">
          <strong>Resources are removed:</strong> everything this GitRepo deployed is deleted from the clusters. To keep them, edit the GitRepo and turn on
          “Keep resources” first.
        </p>
      )}
      {keepResources === undefined && (
        <p className="rounded-md border border-border bg-surface-2 p-2" data-testid="keep-resources-note">
          Everything they deployed is <strong>removed</strong> from the clusters, except for GitRepos with <span className="font-mono">keepResources</span> set:
          their resources stay in place (no longer managed by Fleet).
        </p>
      )}
      <p className="text-muted">Credentials Secrets created by this dashboard for {one ? 'it' : 'them'} are deleted with {one ? 'it' : 'them'}.</p>
    </DeleteObjectDialog>
  );
}

export function ForceUpdateDialog({ names, onConfirm, onClose }: { names: string[]; onConfirm: () => Promise<void>; onClose: () => void }) {
  return (
    <ForceUpdateObjectDialog kind="GitRepo" names={names} onConfirm={onConfirm} onClose={onClose}>
      <p>
        Fleet clones the repository again and re-deploys every Bundle, even if nothing changed (it bumps <span className="font-mono">forceSyncGeneration</span>).
        This can take a while on many clusters. Use it when a deployment is stuck or resources were modified.
      </p>
    </ForceUpdateObjectDialog>
  );
}
