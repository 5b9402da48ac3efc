'use client';
// Confirmations for HelmOp actions that cost something: Delete (typed; explains keepResources and the release),
// Force update (explains the redeploy) and Pin/Unpin of the chart version. One HelmOp or a selection.
import { useState } from 'react';
import { isExactVersion, versionError } from '@/lib/helm/version';
import type { HelmOpVersionInfo } from '@/lib/fleet/rows/helmop-detail';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DeleteObjectDialog, ForceUpdateObjectDialog, type DeleteDialogProps } from '@/components/ui/object-dialogs';
import { Field, inputClass } from '@/components/ui/field';

export function DeleteHelmOpDialog({ names, keepResources, onConfirm, onClose }: DeleteDialogProps) {
  const one = names.length === 1;
  return (
    <DeleteObjectDialog kind="HelmOp" names={names} onConfirm={onConfirm} onClose={onClose}>
      <p>Fleet deletes the HelmOp{one ? '' : 's'}, the Bundle made from {one ? 'it' : 'them'} and the Helm release on every targeted cluster.</p>
      <p
        className={`rounded-md border p-2 ${keepResources === false ? 'border-danger/40 bg-danger/10' : 'border-border bg-surface-2'}`}
        data-testid="keep-resources-note"
      >
        {keepResources === true && <><strong>Resources are kept:</strong> keepResources is set, so what the chart installed stays on the clusters (no longer managed by Fleet).</>}
        {keepResources === false && <><strong>Resources are removed:</strong> the chart&apos;s release is uninstalled from the clusters. To keep them, edit the HelmOp and turn on “Keep resources” first.</>}
        {keepResources === undefined && <>What they installed is <strong>uninstalled</strong> from the clusters, except for HelmOps with keepResources set.</>}
      </p>
      <p className="text-muted">Repository credentials Secrets created by this dashboard for {one ? 'it' : 'them'} are deleted with {one ? 'it' : 'them'}.</p>
    </DeleteObjectDialog>
  );
}

export function ForceUpdateHelmOpDialog({ names, onConfirm, onClose }: { names: string[]; onConfirm: () => Promise<void>; onClose: () => void }) {
  return (
    <ForceUpdateObjectDialog kind="HelmOp" names={names} onConfirm={onConfirm} onClose={onClose}>
      <p>
        Fleet re-deploys the chart on every targeted cluster even if nothing changed (it bumps <span className="font-mono">forceSyncGeneration</span>). Use it
        when a release is stuck or its resources were modified.
      </p>
    </ForceUpdateObjectDialog>
  );
}

/** Pin to an exact chart version (the resolved one offered first) or go back to a range. */
export function PinVersionDialog({
  name, version, onPin, onClose,
}: {
  name: string;
  version: HelmOpVersionInfo;
  onPin: (v: string) => Promise<void>;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState(version.resolved ?? '');
  const problem = typed.trim() === '' ? 'Enter the exact version to pin to' : !isExactVersion(typed) ? (versionError(typed) ?? 'Pick an exact version (e.g. 1.2.3), not a range') : undefined;
  return (
    <ConfirmDialog
      title={`Pin ${name} to one chart version?`}
      confirmLabel="Pin version"
      variant="primary"
      onConfirm={async () => {
        if (problem) throw new Error(problem);
        await onPin(typed.trim());
      }}
      onClose={onClose}
      testId="pin-dialog"
    >
      <p>
        The HelmOp then deploys exactly this version and Fleet stops looking for newer ones. Unpin returns to{' '}
        {version.asked && !version.pinned ? <span className="font-mono">{version.asked}</span> : 'the range it followed'}.
      </p>
      <Field label="Chart version" error={typed === '' ? undefined : problem} hint={version.resolved ? `Fleet resolved and deploys ${version.resolved}.` : 'Fleet has not resolved a version yet.'}>
        <input className={`${inputClass} font-mono`} value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="pin-version" />
      </Field>
    </ConfirmDialog>
  );
}
