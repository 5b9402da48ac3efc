'use client';
// Actions on the selected GitRepos (keys "namespace/name", possibly from several pages), each
// reported per item. Pause/unpause run at once; force update and delete ask first.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { BulkResults, BulkToolbar, runBulk, type BulkItemResult } from '@/components/ui/bulk-results';
import { downloadText } from '@/components/download-text';
import { fetchGitRepoDetail, objectYaml } from './gitrepo-api';
import { DeleteGitRepoDialog, ForceUpdateDialog } from './gitrepo-dialogs';
import { OP_WORDS, useGitRepoOps, type GitRepoOp, type GitRepoRef } from './use-gitrepo-actions';

function refs(keys: ReadonlySet<string>, loaded: ReadonlyMap<string, Pick<GitRepoRef, 'uid' | 'generation'>>): GitRepoRef[] {
  return [...keys].map((k) => {
    const i = k.indexOf('/');
    return { namespace: k.slice(0, i), name: k.slice(i + 1), ...loaded.get(k) };
  });
}

export function BulkBar({
  selected, loaded, showNamespace, onClear, onDeselect,
}: {
  selected: ReadonlySet<string>;
  /** uid and generation of each selected row as it was shown when selected. */
  loaded: ReadonlyMap<string, Pick<GitRepoRef, 'uid' | 'generation'>>;
  showNamespace: boolean;
  onClear: () => void;
  /** Drops these "namespace/name" keys from the selection (deleted ones). */
  onDeselect: (keys: string[]) => void;
}) {
  const run = useGitRepoOps();
  const [ask, setAsk] = useState<'forceUpdate' | 'delete' | undefined>();
  const [report, setReport] = useState<{ title: string; results: BulkItemResult[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const items = refs(selected, loaded);
  const names = items.map((r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name));

  const go = async (op: GitRepoOp) => {
    setBusy(true);
    try {
      const results = await run(op, items, (results) => setReport({ title: OP_WORDS[op].done, results }), showNamespace);
      // Deleted ones are gone: drop them from the selection, keep the failures selected for a retry.
      if (op === 'delete') onDeselect(items.filter((_, i) => results[i]?.status === 'ok').map((r) => `${r.namespace}/${r.name}`));
      return results;
    } finally {
      setBusy(false);
    }
  };

  // One multi-document YAML file of the selected GitRepos (as stored, without status); per-item results say which could not be read.
  const download = async () => {
    setBusy(true);
    const docs = new Map<number, string>();
    try {
      const results = await runBulk(
        items.map((r, i) => ({ ...r, i })),
        (r) => (showNamespace ? `${r.namespace}/${r.name}` : r.name),
        async (r) => {
          docs.set(r.i, objectYaml((await fetchGitRepoDetail(r.namespace, r.name)).object));
          return 'Included';
        },
        (results) => setReport({ title: 'Download YAML', results }),
      );
      const text = [...docs.entries()].sort(([a], [b]) => a - b).map(([, d]) => d).join('---\n');
      if (results.some((r) => r.status === 'ok')) downloadText(`gitrepos-${items.length}.yaml`, text);
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
        <Button size="sm" disabled={busy} onClick={() => void download()} data-testid="bulk-download">
          Download YAML
        </Button>
        <Button size="sm" variant="danger" disabled={busy} onClick={() => setAsk('delete')} data-testid="bulk-delete">
          Delete
        </Button>
        </BulkToolbar>
      )}
      {report && <BulkResults title={report.title} results={report.results} onDismiss={() => setReport(undefined)} />}
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
