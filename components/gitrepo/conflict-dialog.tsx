'use client';
// Shown when saving an edit answers 409: someone changed the GitRepo after the form was opened.
// Nothing was written. The person can compare the stored object with theirs, reload (dropping
// their edits), or keep editing (e.g. to copy values out first). Never a silent overwrite.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { comparableYaml, fetchGitRepoDetail } from './gitrepo-api';

/** Line-level marks: lines of `a` not in `b` (cheap, order-insensitive; enough to spot the changed fields). */
function unmatched(a: string[], b: string[]): Set<number> {
  const pool = new Map<string, number>();
  for (const l of b) pool.set(l, (pool.get(l) ?? 0) + 1);
  const out = new Set<number>();
  a.forEach((l, i) => {
    const n = pool.get(l) ?? 0;
    if (n > 0) pool.set(l, n - 1);
    else out.add(i);
  });
  return out;
}

function Side({ title, text, other, testId }: { title: string; text: string; other: string; testId: string }) {
  const lines = text.split('\n');
  const marks = unmatched(lines, other.split('\n'));
  return (
    <figure className="min-w-0 flex-1 overflow-hidden rounded-lg border border-border">
      <figcaption className="border-b border-border bg-surface-2 px-3 py-1.5 text-xs font-semibold">{title}</figcaption>
      <pre className="max-h-[50vh] overflow-auto p-2 font-mono text-xs leading-5" data-testid={testId}>
        {lines.map((l, i) => (
          <div key={i} className={marks.has(i) ? 'bg-amber-300/40 dark:bg-amber-500/25' : undefined}>
            {l || ' '}
          </div>
        ))}
      </pre>
    </figure>
  );
}

export function ConflictDialog({
  workspace, name, mine, onReload, onClose, kind = 'GitRepo', load = async () => (await fetchGitRepoDetail(workspace, name)).object,
}: {
  workspace: string;
  name: string;
  mine: string;
  onReload: () => void;
  onClose: () => void;
  /** The kind edited (GitRepo or HelmOp) and how to read it as stored now. */
  kind?: string;
  load?: () => Promise<Record<string, unknown>>;
}) {
  const [theirs, setTheirs] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const compare = async () => {
    setLoading(true);
    setError('');
    try {
      setTheirs(comparableYaml(await load()));
    } catch (e) {
      setError(e instanceof ApiFetchError && e.status === 404 ? `${kind} ${name} was deleted meanwhile.` : e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Dialog
      title={`Someone else changed this ${kind}`}
      onClose={onClose}
      size={theirs ? 'xl' : 'md'}
      testId="conflict-dialog"
      footer={
        <>
          <Button onClick={onClose}>Keep editing</Button>
          {!theirs && (
            <Button busy={loading} onClick={() => void compare()} data-testid="conflict-compare">
              Compare
            </Button>
          )}
          <Button variant="primary" onClick={onReload} data-testid="conflict-reload">
            Reload (discard my changes)
          </Button>
        </>
      }
    >
      <p>
        <span className="font-mono">{name}</span> was changed after you opened this form, so your changes were <strong>not saved</strong> — nothing was
        overwritten. Compare the stored version with yours, then reload and apply your change again.
      </p>
      {error && <p role="alert" className="mt-2 text-danger">{error}</p>}
      {theirs && (
        <div className="mt-3 flex flex-col gap-3 lg:flex-row">
          <Side title="Stored now (theirs)" text={theirs} other={mine} testId="conflict-theirs" />
          <Side title="Your version (not saved)" text={mine} other={theirs} testId="conflict-mine" />
        </div>
      )}
    </Dialog>
  );
}
