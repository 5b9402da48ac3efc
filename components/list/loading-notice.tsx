'use client';
// Shown while the server's cache is still loading a kind after a (re)start: the list answers from what has arrived,
// says how much that is, and refetches every 2 s until the count is complete.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

export interface Loading {
  loaded: number;
  total: number | null;
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function LoadingNotice({ loading }: { loading: Loading }) {
  const client = useQueryClient();
  useEffect(() => {
    const t = setInterval(() => void client.invalidateQueries({ type: 'active' }), 2_000);
    return () => clearInterval(t);
  }, [client]);
  return (
    <p role="status" data-testid="cache-loading" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-muted">
      Loading from the Kubernetes API server: {fmt(loading.loaded)}
      {loading.total !== null ? ` of ${fmt(loading.total)}` : ''} so far. This list is incomplete until loading finishes; it
      fills in by itself.
    </p>
  );
}
