'use client';
// Live updates for the whole tab.
//
// USAGE (any client page/view that shows cached data):
//   import { useLiveKinds } from '@/components/live/live-updates';
//   useLiveKinds(['gitrepos'], workspace);            // workspace: a namespace or '_all'
//   useLiveKinds(['bundles', 'bundledeployments'], workspace);
// Then read data with react-query keys from lib/http/query-keys.ts (list/detail/counts): a change message
// invalidates exactly those key prefixes, so the page refetches without reload. Kinds: lib/cache/kinds.ts
// CACHE_KINDS keys (gitrepos, helmops, bundles, bundledeployments, clusters, clustergroups,
// clusterregistrationtokens, gitreporestrictions, namespaces). Pass a stable array or literal; it is compared by value.
//
// How: every mounted useLiveKinds registers what it shows; <LiveUpdates> merges them (subscription.ts) and keeps ONE
// EventSource to /api/events. Resume is routine: the browser resends Last-Event-ID on its own reconnects, and our own
// reconnects (after the server answered an error, or the page's kinds changed) pass `since`. A server that lost the
// events answers `refetch`, and the tab refetches what it shows.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { KeyThrottle } from './key-throttle';
import type { QueryKind } from '@/lib/http/query-keys';
import { eventsUrl, keysForChange, keysForRefetch, mergeRequests, throttleMsFor, type ChangeBatch, type LiveRequest } from './subscription';

export type LiveStatus =
  | { state: 'idle' }
  | { state: 'connecting' }
  | { state: 'live' }
  /** Our stream to the dashboard server dropped; retrying. */
  | { state: 'reconnecting'; reason: string }
  /** The dashboard server has lost the Kubernetes API server (down or not answering); showing the last known state. */
  | { state: 'upstream'; reason: string }
  /** The server refused the stream (e.g. 403): no retry until the page's kinds change. */
  | { state: 'off'; reason: string };

type Register = (r: LiveRequest) => () => void;

const RegisterContext = createContext<Register | null>(null);
const StatusContext = createContext<LiveStatus>({ state: 'idle' });

const BACKOFF_MAX_MS = 15_000;

export function useLiveKinds(kinds: readonly QueryKind[], workspace: string): void {
  const register = useContext(RegisterContext);
  const kindsKey = kinds.join(',');
  useEffect(() => {
    if (!register || !kindsKey) return;
    return register({ kinds: kindsKey.split(',') as QueryKind[], workspace });
  }, [register, kindsKey, workspace]);
}

export function useLiveStatus(): LiveStatus {
  return useContext(StatusContext);
}

export function LiveUpdates({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const [requests, setRequests] = useState<ReadonlyMap<number, LiveRequest>>(new Map());
  const nextId = useRef(0);
  const register = useCallback<Register>((r) => {
    const id = nextId.current++;
    setRequests((prev) => new Map(prev).set(id, r));
    return () =>
      setRequests((prev) => {
        const next = new Map(prev);
        next.delete(id);
        return next;
      });
  }, []);

  const merged = useMemo(() => mergeRequests(requests.values()), [requests]);
  const mergedKey = merged ? `${merged.kinds.join(',')}@${merged.workspace}` : '';
  // Status of the stream for one mergedKey; a new key starts as "connecting" without a state update in the effect.
  const [keyed, setKeyed] = useState<{ key: string; status: LiveStatus }>({ key: '', status: { state: 'idle' } });
  const status: LiveStatus = !mergedKey ? { state: 'idle' } : keyed.key === mergedKey ? keyed.status : { state: 'connecting' };
  /** Last event id seen; survives stream changes so a new stream resumes where the old one stopped. */
  const lastId = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!mergedKey) return;
    const setStatus = (st: LiveStatus) => setKeyed({ key: mergedKey, status: st });
    const [kindsPart, workspace] = mergedKey.split('@') as [string, string];
    const req: LiveRequest = { kinds: kindsPart.split(',') as QueryKind[], workspace };
    const throttles = new Map<number, KeyThrottle>();
    const invalidate = (keys: (readonly string[])[]) => {
      for (const key of keys) {
        const ms = throttleMsFor(key);
        const throttle = throttles.get(ms) ?? throttles.set(ms, new KeyThrottle(ms)).get(ms)!;
        throttle.run(JSON.stringify(key), () => void qc.invalidateQueries({ queryKey: key }));
      }
    };
    let es: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let probe: AbortController | undefined;
    let attempt = 0;
    let upstreamDown: string | undefined;
    let disposed = false;
    const track = (e: MessageEvent) => {
      if (e.lastEventId) lastId.current = e.lastEventId;
    };
    const parse = (e: MessageEvent): unknown => {
      try {
        return JSON.parse(String(e.data));
      } catch {
        return undefined;
      }
    };
    const showLive = () => setStatus(upstreamDown ? { state: 'upstream', reason: upstreamDown } : { state: 'live' });

    const retryLater = (reason: string) => {
      setStatus({ state: 'reconnecting', reason });
      const delay = Math.min(BACKOFF_MAX_MS, 1000 * 2 ** attempt++) * (0.8 + Math.random() * 0.4);
      timer = setTimeout(open, delay);
    };

    // EventSource hides why it gave up; one plain fetch tells a refusal (4xx: stop) from an outage (retry).
    const diagnose = async () => {
      probe = new AbortController();
      try {
        const res = await fetch(eventsUrl(req), { signal: probe.signal, headers: { accept: 'text/event-stream' } });
        if (res.ok) {
          probe.abort();
          retryLater('The live stream dropped.');
          return;
        }
        let reason = `The server answered ${res.status}.`;
        try {
          const body = (await res.json()) as { error?: string };
          if (body.error) reason = body.error;
        } catch {
          // not JSON: keep the status line
        }
        if (disposed) return;
        if (res.status >= 400 && res.status < 500) setStatus({ state: 'off', reason });
        else retryLater(reason);
      } catch {
        if (!disposed) retryLater('The dashboard server cannot be reached; it may be restarting.');
      }
    };

    function open() {
      if (disposed) return;
      const src = new EventSource(eventsUrl(req, lastId.current));
      es = src;
      src.addEventListener('open', () => {
        attempt = 0;
        showLive();
      });
      src.addEventListener('ready', (e) => track(e));
      src.addEventListener('change', (e) => {
        track(e);
        const batches = parse(e);
        if (!Array.isArray(batches)) return;
        for (const b of batches as ChangeBatch[]) invalidate(keysForChange(b));
      });
      src.addEventListener('refetch', (e) => {
        track(e);
        invalidate(keysForRefetch(req.kinds));
      });
      src.addEventListener('upstream', (e) => {
        const d = parse(e) as { ok?: boolean; message?: string } | undefined;
        upstreamDown = d?.ok === false ? (d.message ?? 'The dashboard lost its connection to the Kubernetes API server.') : undefined;
        showLive();
      });
      // The server ended the stream for good (signed out, session over, access withdrawn): do not reconnect.
      src.addEventListener('ended', (e) => {
        const d = parse(e) as { message?: string } | undefined;
        src.close();
        setStatus({ state: 'off', reason: d?.message ?? 'The live stream has ended.' });
      });
      src.onerror = () => {
        if (disposed) return;
        if (src.readyState === EventSource.CLOSED) {
          src.close();
          void diagnose();
        } else {
          // The browser reconnects by itself (with Last-Event-ID).
          setStatus({ state: 'reconnecting', reason: 'The live stream dropped; reconnecting.' });
        }
      };
    }

    // A sleeping laptop or a dropped Wi-Fi can leave a dead connection open for minutes: follow the browser's own
    // online/offline signal, and resume (since) the moment it is back.
    const restart = () => {
      es?.close();
      probe?.abort();
      if (timer) clearTimeout(timer);
    };
    const onOffline = () => {
      restart();
      setStatus({ state: 'reconnecting', reason: 'This browser is offline; waiting for the network.' });
    };
    const onOnline = () => {
      restart();
      attempt = 0;
      open();
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);

    open();
    return () => {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      disposed = true;
      es?.close();
      probe?.abort();
      if (timer) clearTimeout(timer);
      for (const t of throttles.values()) t.clear();
    };
  }, [mergedKey, qc]);

  return (
    <RegisterContext.Provider value={register}>
      <StatusContext.Provider value={status}>{children}</StatusContext.Provider>
    </RegisterContext.Provider>
  );
}

const LABEL: Record<LiveStatus['state'], string> = {
  idle: '',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  upstream: 'API server lost',
  off: 'Not live',
};
const DOT: Record<LiveStatus['state'], string> = {
  idle: '',
  connecting: 'bg-muted',
  live: 'bg-green-600',
  reconnecting: 'bg-amber-500 animate-pulse',
  upstream: 'bg-red-600 animate-pulse',
  off: 'bg-muted',
};

/** The top bar's "Live" / "Reconnecting…" pill; nothing while no page asks for live data. */
export function LiveIndicator() {
  const s = useLiveStatus();
  if (s.state === 'idle') return null;
  const reason = 'reason' in s ? s.reason : s.state === 'live' ? 'This page updates as Fleet changes.' : 'Opening the live stream…';
  return (
    <span
      data-testid="live-indicator"
      data-state={s.state}
      role="status"
      title={reason}
      className="inline-flex items-center gap-1.5 rounded-full border border-border px-2 py-0.5 text-xs text-muted"
    >
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[s.state]}`} />
      {LABEL[s.state]}
      <span className="sr-only">: {reason}</span>
    </span>
  );
}
