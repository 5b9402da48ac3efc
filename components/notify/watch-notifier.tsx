'use client';
// Shows a browser notification when a watched object turns to an error state or finishes a rollout. Driven by the
// tab's live stream: it subscribes to the watched kinds of each watched workspace (useLiveKinds), so a change of a
// watched object invalidates its `watched` query (keyed under the object's detail key) and the fresh state goes
// through lib/notify/transitions.ts, which decides, de-duplicates and rate-limits. Runs only while the browser
// allows notifications; nothing about the list reaches the server beyond reading each object's state.
import { useQueries } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef } from 'react';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { apiUrl, pageUrl } from '@/lib/http/urls';
import { emptyMemory, forget, step, type Notice } from '@/lib/notify/transitions';
import { watchKey, type WatchEntry, type WatchKind } from '@/lib/notify/watch-list';
import { snapshotOf, WatchedStateSchema } from '@/lib/notify/watched-state';
import { useLiveKinds } from '@/components/live/live-updates';
import { useWatchList } from './use-watch-list';
import { usePermission } from './use-permission';

/** The page of a watched object, where the dashboard has one (HelmOp pages register in lib/http/urls.ts). */
export function watchedPage(e: WatchEntry): string | undefined {
  if (e.kind === 'gitrepos') return pageUrl.gitrepo(e.namespace, e.name);
  if (e.kind === 'bundles') return pageUrl.bundle(e.namespace, e.name);
  return pageUrl.object('HelmOp', e.namespace, e.name);
}

/** The query of one watched object's state, shared by the notifier and the Watching menu. */
export function watchedQuery(e: WatchEntry, enabled = true) {
  return {
    queryKey: queryKeys.watched(e.kind, e.namespace, e.name),
    queryFn: () => apiFetch(apiUrl.watched(e.namespace, e.kind, e.name), { schema: WatchedStateSchema }),
    enabled,
  };
}

function LiveFor({ kinds, workspace }: { kinds: readonly WatchKind[]; workspace: string }) {
  useLiveKinds(kinds, workspace);
  return null;
}

function show(n: Notice, href: string | undefined, go: (href: string) => void): void {
  try {
    const shown = new window.Notification(n.title, { body: n.body, tag: n.tag });
    shown.onclick = () => {
      window.focus();
      if (href) go(href);
      shown.close();
    };
  } catch {
    // Some browsers (Chrome on Android) only show notifications from a service worker: nothing to do here.
  }
}

export function WatchNotifier() {
  const { list } = useWatchList();
  const permission = usePermission();
  const router = useRouter();
  const active = permission === 'granted' && list.length > 0;
  const results = useQueries({ queries: list.map((e) => watchedQuery(e, active)) });

  // Kinds per workspace, as stable strings (useLiveKinds compares by value).
  const live = useMemo(() => {
    const by = new Map<string, Set<WatchKind>>();
    for (const e of list) by.set(e.namespace, (by.get(e.namespace) ?? new Set()).add(e.kind));
    return [...by].map(([workspace, kinds]) => ({ workspace, kinds: [...kinds].sort() }));
  }, [list]);

  const memory = useRef(emptyMemory());
  useEffect(() => {
    memory.current = forget(memory.current, new Set(list.map(watchKey)));
    list.forEach((e, i) => {
      const data = results[i]?.data;
      if (!active || !data) return;
      const r = step(memory.current, e, snapshotOf(data), Date.now());
      memory.current = r.memory;
      if (r.notice) show(r.notice, watchedPage(e), (href) => router.push(href));
    });
  }, [list, results, active, router]);

  if (!active) return null;
  return (
    <>
      {live.map((l) => (
        <LiveFor key={l.workspace} kinds={l.kinds} workspace={l.workspace} />
      ))}
    </>
  );
}
