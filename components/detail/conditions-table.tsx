// Conditions of a Fleet object: type, status, reason, message and when it last changed.
import { RelativeTime } from '@/components/relative-time';

export interface ConditionRow {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
}

export function ConditionsTable({ conditions }: { conditions: ConditionRow[] }) {
  if (conditions.length === 0) return <p className="text-sm text-muted">No conditions reported yet.</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm">
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
              <td className={`px-3 py-2 ${c.status === 'False' ? 'font-semibold text-danger' : ''}`}>{c.status}</td>
              <td className="px-3 py-2">{c.reason ?? '—'}</td>
              <td className="max-w-xl whitespace-pre-wrap break-words px-3 py-2">{c.message ?? '—'}</td>
              <td className="whitespace-nowrap px-3 py-2">{c.lastUpdateTime ? <RelativeTime iso={c.lastUpdateTime} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
