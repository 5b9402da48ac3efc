'use client';
// Actions on the selected GitRepos or HelmOps (keys "namespace/name", possibly from several pages), each reported per
// item. Pause/unpause run at once; force update and delete ask first (the kind's dialogs); the kind may offer a
// download of the selection as one YAML file.
import { useState, type ComponentType } from 'react';
import { Button } from '@/components/ui/button';
import { BulkResults, BulkToolbar, runBulk, type BulkItemResult } from '@/components/ui/bulk-results';
import { downloadText } from '@/components/download-text';
import type { ObjectRef } from './use-object-ops';

export type BulkOp = 'pause' | 'unpause' | 'forceUpdate' | 'delete';
type DialogProps = { names: string[]; onConfirm: () => Promise<void>; onClose: () => void };

/** The selected keys as references, with what each was when selected. */
export function selectedRefs(keys: ReadonlySet<string>, loaded: ReadonlyMap<string, Pick<ObjectRef, 'uid' | 'generation'>>): ObjectRef[] {
  return [...keys].map((k) => {
    const i = k.indexOf('/');
    return { namespace: k.slice(0, i), name: k.slice(i + 1), ...loaded.get(k) };
  });
}

export function ObjectBulkBar({
  selected, loaded, showNamespace, onClear, onDeselect, run, doneTitle, ForceUpdateDialog, DeleteDialog, download,
}: {
  selected: ReadonlySet<string>;
  /** uid and generation of each selected row as it was shown when selected. */
  loaded: ReadonlyMap<string, Pick<ObjectRef, 'uid' | 'generation'>>;
  showNamespace: boolean;
  onClear: () => void;
  /** Drops these "namespace/name" keys from the selection (deleted ones). */
  onDeselect: (keys: string[]) => void;
  run: (op: BulkOp, items: ObjectRef[], onProgress: (r: BulkItemResult[]) => void, showNamespace: boolean) => Promise<BulkItemResult[]>;
  doneTitle: (op: BulkOp) => string;
  ForceUpdateDialog: ComponentType<DialogProps>;
  DeleteDialog: ComponentType<DialogProps>;
  /** Download YAML: one object's YAML, and the file's name for `n` objects. */
  download?: { yamlOf: (r: ObjectRef) => Promise<string>; fileName: (n: number) => string };
}) {
  const [ask, setAsk] = useState<'forceUpdate' | 'delete' | undefined>();
  const [report, setReport] = useState<{ title: string; results: BulkItemResult[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const items = selectedRefs(selected, loaded);
  const label = (r: ObjectRef) => (showNamespace ? `${r.namespace}/${r.name}` : r.name);
  const names = items.map(label);

  const go = async (op: BulkOp) => {
    setBusy(true);
    try {
      const results = await run(op, items, (results) => setReport({ title: doneTitle(op), results }), showNamespace);
      // Deleted ones are gone: drop them from the selection, keep the failures selected for a retry.
      if (op === 'delete') onDeselect(items.filter((_, i) => results[i]?.status === 'ok').map((r) => `${r.namespace}/${r.name}`));
    } finally {
      setBusy(false);
    }
  };
  const confirmThen = (op: BulkOp) => async () => {
    setAsk(undefined);
    await go(op);
  };

  // One multi-document YAML file of the selection (as stored, without status); per-item results say which could not be read.
  const downloadAll = async (d: NonNullable<typeof download>) => {
    setBusy(true);
    const docs = new Map<number, string>();
    try {
      const results = await runBulk(
        items.map((r, i) => ({ ...r, i })),
        label,
        async (r) => {
          docs.set(r.i, await d.yamlOf(r));
          return 'Included';
        },
        (results) => setReport({ title: 'Download YAML', results }),
      );
      const text = [...docs.entries()].sort(([a], [b]) => a - b).map(([, doc]) => doc).join('---\n');
      if (results.some((r) => r.status === 'ok')) downloadText(d.fileName(items.length), text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-2 empty:hidden">
      {selected.size > 0 && (
        <BulkToolbar count={selected.size} onClear={onClear}>
          <Button size="sm" disabled={busy} onClick={() => void go('pause')} data-testid="bulk-pause">
            Pause
          </Button>
          <Button size="sm" disabled={busy} onClick={() => void go('unpause')} data-testid="bulk-unpause">
            Unpause
          </Button>
          <Button size="sm" disabled={busy} onClick={() => setAsk('forceUpdate')} data-testid="bulk-force-update">
            Force update
          </Button>
          {download && (
            <Button size="sm" disabled={busy} onClick={() => void downloadAll(download)} data-testid="bulk-download">
              Download YAML
            </Button>
          )}
          <Button size="sm" variant="danger" disabled={busy} onClick={() => setAsk('delete')} data-testid="bulk-delete">
            Delete
          </Button>
        </BulkToolbar>
      )}
      {report && <BulkResults title={report.title} results={report.results} onDismiss={() => setReport(undefined)} />}
      {ask === 'forceUpdate' && <ForceUpdateDialog names={names} onClose={() => setAsk(undefined)} onConfirm={confirmThen('forceUpdate')} />}
      {ask === 'delete' && <DeleteDialog names={names} onClose={() => setAsk(undefined)} onConfirm={confirmThen('delete')} />}
    </div>
  );
}
