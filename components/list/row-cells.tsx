// Cells the GitRepo, HelmOp and Applications tables share: the selection checkboxes (keys "namespace/name"), the name
// with its state message, and "ready x/y"; and the leading columns of the selectable GitRepo and HelmOp lists.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ObjectState } from '@/lib/fleet/object-state';
import { SortHeader } from './sort-header';
import { CopyButton } from '@/components/copy-button';
import { StateBadge } from '@/components/state-badge';

/** The header checkbox: selects or unselects every row on this page; indeterminate when some are selected. */
export function SelectAllHeader({ keys, selected, onSelect }: { keys: string[]; selected: ReadonlySet<string>; onSelect: (keys: string[], on: boolean) => void }) {
  const allOn = keys.length > 0 && keys.every((k) => selected.has(k));
  const someOn = !allOn && keys.some((k) => selected.has(k));
  return (
    <th scope="col" className="w-8 px-3 py-2">
      <input
        type="checkbox"
        aria-label={allOn ? 'Unselect all rows on this page' : 'Select all rows on this page'}
        checked={allOn}
        ref={(el) => {
          if (el) el.indeterminate = someOn;
        }}
        onChange={(e) => onSelect(keys, e.target.checked)}
        data-testid="select-all"
      />
    </th>
  );
}

export function SelectCell({ name, rowKey, on, onSelect }: { name: string; rowKey: string; on: boolean; onSelect: (keys: string[], on: boolean) => void }) {
  return (
    <td className="px-3 py-2 align-top">
      <input type="checkbox" aria-label={`Select ${name}`} checked={on} onChange={(e) => onSelect([rowKey], e.target.checked)} data-testid="select-row" />
    </td>
  );
}

/** The name linking to the detail page (with a copy button unless `copy` is false), Paused, and the state's message. */
export function NameCell({
  name, href, testId, paused, pausedTitle, message, copy = true,
}: {
  name: string;
  href: string;
  testId: string;
  paused?: boolean;
  pausedTitle: string;
  message?: string;
  copy?: boolean;
}) {
  return (
    <td className="px-3 py-2 align-top">
      <div className={`flex items-center gap-1 ${copy ? '' : 'flex-wrap'}`}>
        <Link href={href} className="whitespace-nowrap font-medium text-accent hover:underline" data-testid={testId}>
          {name}
        </Link>
        {copy && <CopyButton value={name} label={`name ${name}`} />}
        {paused && <StateBadge state="Paused" title={pausedTitle} />}
      </div>
      {message && (
        <p className="mt-0.5 line-clamp-2 max-w-[16rem] text-xs text-muted" title={message}>
          {message}
        </p>
      )}
    </td>
  );
}

/** "ready x/y": muted when nothing is targeted, bold while not every targeted cluster is ready. */
export function ReadyCell({ ready, desired }: { ready: number; desired: number }) {
  const allReady = desired > 0 && ready === desired;
  return (
    <td className="px-3 py-2 align-top tabular-nums">
      <span className={desired === 0 ? 'text-muted' : allReady ? '' : 'font-semibold'} title={desired === 0 ? 'No clusters targeted (yet)' : `${ready} of ${desired} clusters ready`}>
        {ready}/{desired}
      </span>
    </td>
  );
}

type Sort<K extends string> = { sort: K; dir: 'asc' | 'desc'; onSort: (k: K, d: 'asc' | 'desc') => void };
type Selection = { selected: ReadonlySet<string>; onSelect: (keys: string[], on: boolean) => void };

/** The first headers of a selectable GitRepo or HelmOp list: select all, state, name, workspace (under `_all`), ready. */
export function OwnerLeadingHeaders<K extends string>({ keys, showWorkspace, sort, selected, onSelect }: { keys: string[]; showWorkspace: boolean; sort: Sort<K | 'state' | 'name' | 'ready'> } & Selection) {
  return (
    <>
      <SelectAllHeader keys={keys} selected={selected} onSelect={onSelect} />
      <SortHeader k="state" label="State" {...sort} />
      <SortHeader k="name" label="Name" {...sort} />
      {showWorkspace && <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">Workspace</th>}
      <SortHeader k="ready" label="Clusters ready" {...sort} />
    </>
  );
}

type OwnerRow = { namespace: string; name: string; state: ObjectState; message?: string; paused?: boolean; readyClusters: number; desiredReadyClusters: number };

/** A selectable row, its first cells matching OwnerLeadingHeaders; the kind's own cells follow as children. */
export function OwnerRowStart({
  r, rowKey, on, onSelect, href, testId, pausedTitle, showWorkspace, children,
}: {
  r: OwnerRow;
  rowKey: string;
  on: boolean;
  onSelect: Selection['onSelect'];
  href: string;
  /** The row's test id; its name link's is `<testId>-name` without the "-row" ("gitrepo-row" → "gitrepo-name"). */
  testId: string;
  pausedTitle: string;
  showWorkspace: boolean;
  children: ReactNode;
}) {
  return (
    <tr className={`border-b border-border last:border-b-0 ${on ? 'bg-accent/5' : 'hover:bg-surface-2/60'}`} data-testid={testId} data-name={r.name} aria-selected={on}>
      <SelectCell name={r.name} rowKey={rowKey} on={on} onSelect={onSelect} />
      <td className="px-3 py-2 align-top">
        <StateBadge state={r.state} title={r.message} />
      </td>
      <NameCell name={r.name} href={href} testId={testId.replace(/-row$/, '-name')} paused={r.paused} pausedTitle={pausedTitle} message={r.message} />
      {showWorkspace && <td className="px-3 py-2 align-top font-mono text-xs">{r.namespace}</td>}
      <ReadyCell ready={r.readyClusters} desired={r.desiredReadyClusters} />
      {children}
    </tr>
  );
}

/** What a GitRepo or HelmOp table gets from its list view. */
export type OwnerTableProps<R, K extends string> = {
  rows: R[];
  sort: K;
  dir: 'asc' | 'desc';
  onSort: (k: K, d: 'asc' | 'desc') => void;
  showWorkspace: boolean;
} & Selection;

/**
 * A selectable GitRepo or HelmOp list: the leading columns (OwnerLeadingHeaders, OwnerRowStart), then the kind's own
 * headers and cells.
 */
export function OwnerTable<R extends OwnerRow, K extends string>({
  rows, keyOf, sort, dir, onSort, showWorkspace, selected, onSelect, caption, headers, cells, href, testId, pausedTitle,
}: {
  rows: R[];
  keyOf: (r: R) => string;
  sort: K | 'state' | 'name' | 'ready';
  dir: 'asc' | 'desc';
  onSort: (k: K | 'state' | 'name' | 'ready', d: 'asc' | 'desc') => void;
  showWorkspace: boolean;
  /** What the rows are, for the screen reader's caption ("Git repositories"). */
  caption: string;
  /** The kind's headers after "Clusters ready". */
  headers: ReactNode;
  /** The kind's cells after "ready x/y". */
  cells: (r: R) => ReactNode;
  href: (r: R) => string;
  testId: string;
  pausedTitle: string;
} & Selection) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[56rem] border-collapse text-sm">
        <caption className="sr-only">
          {caption}, sorted by {sort} {dir === 'asc' ? 'ascending' : 'descending'}
        </caption>
        <thead className="border-b border-border bg-surface-2 text-muted">
          <tr>
            <OwnerLeadingHeaders keys={rows.map(keyOf)} showWorkspace={showWorkspace} sort={{ sort, dir, onSort }} selected={selected} onSelect={onSelect} />
            {headers}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <OwnerRowStart
              key={keyOf(r)}
              r={r}
              rowKey={keyOf(r)}
              on={selected.has(keyOf(r))}
              onSelect={onSelect}
              href={href(r)}
              testId={testId}
              pausedTitle={pausedTitle}
              showWorkspace={showWorkspace}
            >
              {cells(r)}
            </OwnerRowStart>
          ))}
        </tbody>
      </table>
    </div>
  );
}
