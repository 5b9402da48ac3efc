// Counts per state as one stacked bar plus a legend, worst state first. Each legend entry can link to the list
// filtered by that state; the numbers are text, so the chart never relies on colour alone.
import Link from 'next/link';
import { OBJECT_STATES_WORST_FIRST, type ObjectState } from '@/lib/fleet/object-state';
import { stateLabel } from '@/components/state-badge';
import { STATE_FILL } from './state-colours';

export function StateBar({
  counts, total, hrefFor, label, testId, legend = true,
}: { counts: Record<ObjectState, number>; total: number; hrefFor?: (s: ObjectState) => string; label: string; testId?: string; legend?: boolean }) {
  const present = OBJECT_STATES_WORST_FIRST.filter((s) => counts[s] > 0);
  return (
    <div data-testid={testId}>
      <div role="img" aria-label={`${label}: ${present.map((s) => `${counts[s]} ${stateLabel(s)}`).join(', ') || 'none'}`} className="flex h-3 w-full overflow-hidden rounded-full bg-surface-2">
        {total > 0 && present.map((s) => <span key={s} className={`${STATE_FILL[s]} h-full`} style={{ width: `${(counts[s] / total) * 100}%`, minWidth: '3px' }} />)}
      </div>
      {legend && (
        <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs">
          {present.map((s) => {
            const body = (
              <>
                <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-sm ${STATE_FILL[s]}`} />
                <span className="text-muted">{stateLabel(s)}</span>
                <span className="font-semibold tabular-nums" data-testid={testId ? `${testId}-${s}` : undefined}>
                  {counts[s]}
                </span>
              </>
            );
            return (
              <li key={s}>
                {hrefFor ? (
                  <Link href={hrefFor(s)} className="inline-flex items-center gap-1 rounded hover:underline">
                    {body}
                  </Link>
                ) : (
                  <span className="inline-flex items-center gap-1">{body}</span>
                )}
              </li>
            );
          })}
          {present.length === 0 && <li className="text-muted">None</li>}
        </ul>
      )}
    </div>
  );
}
