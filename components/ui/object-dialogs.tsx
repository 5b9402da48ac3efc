'use client';
// The frame of the Delete (typed) and Force update confirmations for one GitRepo or HelmOp or a selection of them:
// title, button, the selected names; the kind says what the action does to its deployments.
import type { ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { NameList } from './name-list';

/** What a kind's Delete dialog gets, for one object or a selection. */
export type DeleteDialogProps = {
  names: string[];
  /** Known for a single object (its spec.keepResources); undefined for a selection. */
  keepResources?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
};

type Props = { kind: 'GitRepo' | 'HelmOp'; names: string[]; onConfirm: () => Promise<void>; onClose: () => void; children: ReactNode };

export function DeleteObjectDialog({ kind, names, onConfirm, onClose, children }: Props) {
  const one = names.length === 1;
  return (
    <ConfirmDialog
      title={one ? `Delete ${kind} ${names[0]}?` : `Delete ${names.length} ${kind}s?`}
      confirmLabel={one ? `Delete ${kind}` : `Delete ${names.length} ${kind}s`}
      typeToConfirm={one ? (names[0] as string) : `delete ${names.length}`}
      onConfirm={onConfirm}
      onClose={onClose}
      testId="delete-dialog"
    >
      {!one && <NameList names={names} />}
      {children}
    </ConfirmDialog>
  );
}

export function ForceUpdateObjectDialog({ kind, names, onConfirm, onClose, children }: Props) {
  const one = names.length === 1;
  return (
    <ConfirmDialog
      title={one ? `Force update ${names[0]}?` : `Force update ${names.length} ${kind}s?`}
      confirmLabel="Force update"
      variant="primary"
      onConfirm={onConfirm}
      onClose={onClose}
      testId="force-update-dialog"
    >
      {!one && <NameList names={names} />}
      {children}
    </ConfirmDialog>
  );
}
