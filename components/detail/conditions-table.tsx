// Conditions of a Fleet object: type, status, reason, message and when it last changed.
import { RelativeTime } from '@/components/relative-time';

export interface ConditionRow {
  type: string;
  status: string;
  reason?: string | null;
  message?: string | null;
  lastUpdateTime?: string | null;
  lastTransitionTime?: string | null;
}

/** Most conditions are bad when False; kinds with kstatus conditions (Stalled, Reconciling) pass their own rule. */
const falseIsBad = (c: ConditionRow) => c.status === 'False';

export function ConditionsTable({ conditions, bad = falseIsBad, empty = 'No conditions reported yet.', testId }: { conditions: ConditionRow[]; bad?: (c: ConditionRow) => boolean; empty?: string; testId?: string }) {
  if (conditions.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Type</th>
            <th scope="col" className="px-3 py-2 font-medium">Status</th>
            <th scope="col" className="px-3 py-2 font-medium">Reason</th>
            <th scope="col" className="px-3 py-2 font-medium">Message</th>
            <th scope="col" className="px-3 py-2 font-medium">Updated</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((c) => (
            <tr key={c.type} className="border-t border-border align-top">
              <td className="px-3 py-2 font-medium">{c.type}</td>
              <td className={`px-3 py-2 ${bad(c) ? 'font-semibold text-danger' : ''}`}>{c.status}</td>
              <td className="px-3 py-2">{c.reason || '—'}</td>
              <td className="max-w-xl whitespace-pre-wrap break-words px-3 py-2">{c.message || '—'}</td>
              <td className="whitespace-nowrap px-3 py-2">{(c.lastUpdateTime ?? c.lastTransitionTime) ? <RelativeTime iso={(c.lastUpdateTime ?? c.lastTransitionTime)!} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
