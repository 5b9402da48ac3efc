'use client';
// Which clusters a selector matches right now, asked of the server (same matcher as the groups' counts)
// as the person types: "Matches N of M clusters" and the first names.
import Link from 'next/link';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '@/lib/http/query-keys';
import { fetchClusters } from '@/components/cluster/cluster-api';
import { StateBadge } from '@/components/state-badge';
import { pageUrl } from '@/lib/http/urls';

const SHOWN = 20;

export function MatchPreview({ workspace, selector, valid, total }: { workspace: string; selector: string; valid: boolean; total?: number }) {
  // Debounced so a burst of keystrokes asks once.
  const [asked, setAsked] = useState(selector);
  useEffect(() => {
    if (!valid) return;
    const t = setTimeout(() => setAsked(selector), 250);
    return () => clearTimeout(t);
  }, [selector, valid]);
  const params = new URLSearchParams({ pageSize: String(SHOWN) });
  if (asked) params.set('selector', asked);
  const q = useQuery({
    queryKey: queryKeys.list('clusters', workspace, params.toString()),
    queryFn: () => fetchClusters(workspace, params.toString()),
    placeholderData: keepPreviousData,
  });
  const settled = valid && asked === selector && !q.isPlaceholderData;
  const n = q.data?.total;
  return (
    <aside aria-labelledby="preview-title" className="space-y-2 rounded-lg border border-border bg-surface p-4 text-sm" data-testid="match-preview" data-settled={settled ? 'true' : 'false'}>
      <h2 id="preview-title" className="font-semibold">
        Matching clusters
      </h2>
      {!valid ? (
        <p className="text-muted">Fix the selector to see which clusters it matches.</p>
      ) : q.isError ? (
        <p role="alert" className="text-danger">{q.error.message}</p>
      ) : n === undefined ? (
        <p aria-busy="true" className="text-muted">Counting…</p>
      ) : (
        <>
          <p role="status" aria-live="polite" data-testid="preview-count" data-count={n}>
            {n === 0 ? 'Matches no existing clusters' : total !== undefined && n === total ? `Matches all ${n} existing clusters` : `Matches ${n}${total !== undefined ? ` of ${total}` : ''} existing clusters`}
            {!settled && <span className="ml-1 text-xs text-muted">(updating…)</span>}
          </p>
          <ul className="space-y-1" data-testid="preview-names">
            {q.data?.items.map((c) => (
              <li key={c.name} className="flex items-center justify-between gap-2">
                <Link href={pageUrl.cluster(workspace, c.name)} className="truncate font-mono text-xs text-accent hover:underline">
                  {c.name}
                </Link>
                <StateBadge state={c.state} />
              </li>
            ))}
          </ul>
          {n > SHOWN && <p className="text-xs text-muted">…and {n - SHOWN} more</p>}
        </>
      )}
    </aside>
  );
}
