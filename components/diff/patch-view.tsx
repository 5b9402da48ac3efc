// Diff of one drifted resource as Fleet reports it: per field, the cluster's live value (−, not reported by Fleet
// beyond "differs") against what Git wants (+). Missing resources are all "+", extra ones all "−".
import type { ModifiedRow } from '@/lib/fleet/rows/bundledeployment-row';
import { parsePatch } from './patch-lines';

const OP_WORDS: Record<ModifiedRow['op'], string> = {
  created: 'missing in the cluster: Fleet will create it',
  deleted: 'not in Git: Fleet will delete it',
  patched: 'changed in the cluster: Fleet will patch it back',
  notOwned: 'exists but is not owned by this bundle',
};

export function opWords(op: ModifiedRow['op']): string {
  return OP_WORDS[op];
}

export function PatchView({ m }: { m: ModifiedRow }) {
  const head = (
    <div className="flex flex-wrap items-baseline gap-2 border-b border-border bg-surface-2 px-3 py-1.5 text-xs">
      <span className="font-mono font-semibold">{m.resource}</span>
      <span className="text-muted">{OP_WORDS[m.op]}</span>
    </div>
  );
  const line = (sign: '+' | '−' | ' ', text: string, key: string) => (
    <div
      key={key}
      className={`whitespace-pre-wrap break-all px-3 font-mono text-xs ${
        sign === '+' ? 'bg-green-50 text-green-900 dark:bg-green-500/10 dark:text-green-200' : sign === '−' ? 'bg-red-50 text-red-900 dark:bg-red-500/10 dark:text-red-200' : ''
      }`}
    >
      <span aria-hidden="true" className="mr-2 select-none opacity-60">
        {sign}
      </span>
      <span className="sr-only">{sign === '+' ? 'desired: ' : sign === '−' ? 'live: ' : ''}</span>
      {text}
    </div>
  );
  let body;
  if (m.op === 'created') body = line('+', `${m.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name} (whole resource, as in Git)`, 'c');
  else if (m.op === 'deleted') body = line('−', `${m.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name} (whole resource, not in Git)`, 'd');
  else if (m.op === 'notOwned') body = line(' ', 'Another owner (another bundle or a manual install) holds this resource; Fleet will not change it. Remove the other owner or set helm.takeOwnership.', 'n');
  else if (!m.patch) body = line(' ', 'Fleet did not report which fields differ.', 'e');
  else {
    const p = parsePatch(m.patch);
    body = p.ok ? (
      p.lines.map((l, i) =>
        l.op === 'remove'
          ? [line('−', `${l.path}: present in the cluster`, `${i}a`), line('+', `${l.path}: (removed)`, `${i}b`)]
          : [line('−', `${l.path}: differs in the cluster`, `${i}a`), line('+', `${l.path}: ${l.desired}`, `${i}b`)],
      )
    ) : (
      <>
        {line(' ', p.error, 'err')}
        {line(' ', p.raw, 'raw')}
      </>
    );
  }
  return (
    <figure className="overflow-hidden rounded-md border border-border" data-testid="patch-view" data-op={m.op}>
      {head}
      <div className="py-1">{body}</div>
      {m.patch && (
        <details className="border-t border-border px-3 py-1 text-xs">
          <summary className="cursor-pointer text-muted">Patch as Fleet reports it</summary>
          <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-all font-mono">{m.patch}</pre>
        </details>
      )}
    </figure>
  );
}
