'use client';
// The toolbar of a GitRepo's or HelmOp's page: edit (form or YAML), clone, pause/unpause, force update, what the kind
// adds (pinning), download, delete; then a note for people who may only look, and the last action's outcome (a
// refusal in the API server's words). The kind runs the actions and owns its dialogs.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button, buttonClass } from '@/components/ui/button';

export function ObjectActions({
  kind, plural, workspace, hrefs, paused, busy, readOnly, result, onPause, onForceUpdate, onDownload, onDelete, children,
}: {
  kind: 'GitRepo' | 'HelmOp';
  /** The kind in a sentence ("GitRepos"). */
  plural: string;
  workspace: string;
  hrefs: { edit: string; editYaml: string; clone: string };
  paused: boolean;
  /** The action running now. */
  busy?: string;
  readOnly: boolean;
  result?: { ok: boolean; text: string };
  onPause: () => void;
  onForceUpdate: () => void;
  onDownload: () => void;
  onDelete: () => void;
  /** The kind's own buttons, before Download. */
  children?: ReactNode;
}) {
  return (
    <>
      <div className="flex flex-wrap gap-2" role="toolbar" aria-label={`${kind} actions`}>
        <Link href={hrefs.edit} className={buttonClass('primary')} data-testid="action-edit">
          Edit
        </Link>
        <Link href={hrefs.editYaml} className={buttonClass()} data-testid="action-edit-yaml">
          Edit YAML
        </Link>
        <Link href={hrefs.clone} className={buttonClass()} data-testid="action-clone">
          Clone
        </Link>
        <Button busy={busy === 'pause' || busy === 'unpause'} onClick={onPause} data-testid="action-pause">
          {paused ? 'Unpause' : 'Pause'}
        </Button>
        <Button busy={busy === 'forceUpdate'} onClick={onForceUpdate} data-testid="action-force-update">
          Force update
        </Button>
        {children}
        <Button onClick={onDownload} data-testid="action-download">
          Download YAML
        </Button>
        <Button variant="danger" onClick={onDelete} data-testid="action-delete">
          Delete
        </Button>
      </div>
      {readOnly && (
        <p className="rounded-md border border-border bg-surface-2 p-2 text-sm" data-testid="read-only-note">
          You can view {plural} in workspace {workspace} but not change them; actions will be refused by the Kubernetes API server.
        </p>
      )}
      {result && (
        <p
          role={result.ok ? 'status' : 'alert'}
          className={`rounded-md border p-2 text-sm ${result.ok ? 'border-green-600/40 bg-green-500/10' : 'border-danger/40 bg-danger/10'}`}
          data-testid="action-result"
          data-ok={result.ok}
        >
          {result.text}
        </p>
      )}
    </>
  );
}
