'use client';
// Actions on the selected GitRepos (keys "namespace/name", possibly from several pages), each
// reported per item. Pause/unpause run at once; force update and delete ask first.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { BulkResults, type BulkItemResult } from '@/components/ui/bulk-results';
import { DeleteGitRepoDialog, ForceUpdateDialog } from './gitrepo-dialogs';
import { OP_WORDS, useGitRepoOps, type GitRepoOp, type GitRepoRef } from './use-gitrepo-actions';

function refs(keys: ReadonlySet<string>): GitRepoRef[] {
  return [...keys].map((k) => {
    const i = k.indexOf('/');
    return { namespace: k.slice(0, i), name: k.slice(i + 1) };
  });
}

export function BulkBar({ selected, showNamespace, onClear }: { selected: ReadonlySet<string>; showNamespace: boolean; onClear: () => void }) {
  const run = useGitRepoOps();
  const [ask, setAsk] = useState<'forceUpdate' | 'delete' | undefined>();
  const [report, setReport] = useState<{ op: GitRepoOp; results: BulkItemResult[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const items = refs(selected);
  const names = items.map((r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name));

  const go = async (op: GitRepoOp) => {
    setBusy(true);
    try {
      const results = await run(op, items, (results) => setReport({ op, results }), showNamespace);
      // Deleted ones are gone: drop them from the selection, keep the failures selected for a retry.
      if (op === 'delete' && results.every((r) => r.status === 'ok')) onClear();
      return results;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-2 empty:hidden">
      {selected.size > 0 && (
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-accent/40 bg-accent/5 px-3 py-2 text-sm" role="toolbar" aria-label="Bulk actions" data-testid="bulk-bar">
        <span className="font-medium">{selected.size} selected</span>
        <Button size="sm" disabled={busy} onClick={() => void go('pause')} data-testid="bulk-pause">
          Pause
        </Button>
        <Button size="sm" disabled={busy} onClick={() => void go('unpause')} data-testid="bulk-unpause">
          Unpause
        </Button>
        <Button size="sm" disabled={busy} onClick={() => setAsk('forceUpdate')} data-testid="bulk-force-update">
          Force update
        </Button>
        <Button size="sm" variant="danger" disabled={busy} onClick={() => setAsk('delete')} data-testid="bulk-delete">
          Delete
        </Button>
        <Button size="sm" variant="ghost" onClick={onClear} className="ml-auto">
          Clear selection
        </Button>
      </div>
      )}
      {report && <BulkResults title={OP_WORDS[report.op].done} results={report.results} onDismiss={() => setReport(undefined)} />}
      {ask === 'forceUpdate' && (
        <ForceUpdateDialog
          names={names}
          onClose={() => setAsk(undefined)}
          onConfirm={async () => {
            setAsk(undefined);
            await go('forceUpdate');
          }}
        />
      )}
      {ask === 'delete' && (
        <DeleteGitRepoDialog
          names={names}
          onClose={() => setAsk(undefined)}
          onConfirm={async () => {
            setAsk(undefined);
            await go('delete');
          }}
        />
      )}
    </div>
  );
}
