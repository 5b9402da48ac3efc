// Cells the GitRepo, HelmOp and Applications tables share: the selection checkboxes (keys "namespace/name"), the name
// with its state message, and "ready x/y".
import Link from 'next/link';
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
