'use client';
// The top bar's bell: how many objects this browser watches, and on opening, each with its current state, a link to
// its page and "Unwatch". Says so when the browser blocks notifications, since then nothing would arrive.
import Link from 'next/link';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { WATCH_KIND_WORDS, watchKey } from '@/lib/notify/watch-list';
import { StateBadge } from '@/components/state-badge';
import { buttonClass } from '@/components/ui/button';
import { BellIcon } from './bell-icon';
import { useWatchList, WatchContext } from './use-watch-list';
import { DENIED_MESSAGE, UNSUPPORTED_MESSAGE, usePermission } from './use-permission';
import { watchedPage, watchedQuery } from './watch-notifier';

/** `context`: whose list (the top bar sits outside the pages' WatchScope). */
export function WatchingMenu({ context }: { context: string }) {
  return (
    <WatchContext.Provider value={context}>
      <Menu />
    </WatchContext.Provider>
  );
}

function Menu() {
  const { list, unwatch } = useWatchList();
  const permission = usePermission();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const states = useQueries({ queries: list.map((e) => watchedQuery(e, open)) });

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const blocked = permission === 'denied' ? DENIED_MESSAGE : permission === 'unsupported' ? UNSUPPORTED_MESSAGE : undefined;
  return (
    <div ref={box} className="relative">
      <button
        type="button"
        className={buttonClass('ghost', 'sm')}
        aria-expanded={open}
        aria-controls="watching-panel"
        aria-label={`Watching: ${list.length} object${list.length === 1 ? '' : 's'}`}
        onClick={() => setOpen((o) => !o)}
        data-testid="watching-button"
      >
        <BellIcon filled={list.length > 0} />
        <span aria-hidden="true" data-testid="watching-count">
          {list.length}
        </span>
      </button>
      {open && (
        <div
          id="watching-panel"
          role="region"
          aria-label="Watching"
          data-testid="watching-panel"
          className="z-20 mt-1 rounded-lg max-sm:fixed max-sm:inset-x-2 sm:absolute sm:right-0 sm:w-96 border border-border bg-surface p-3 text-sm shadow-lg"
        >
          <h2 className="mb-2 font-semibold">Watching</h2>
          {blocked && list.length > 0 && (
            <p role="alert" className="mb-2 text-xs text-danger">
              {blocked}
            </p>
          )}
          {list.length === 0 ? (
            <p className="text-muted">Nothing yet. Press Watch on a GitRepo, HelmOp or Bundle page to be notified in this browser when it turns to an error state or finishes rolling out.</p>
          ) : (
            <ul className="divide-y divide-border">
              {list.map((e, i) => {
                const href = watchedPage(e);
                const s = states[i];
                return (
                  <li key={watchKey(e)} className="flex items-center gap-2 py-1.5" data-testid="watching-item" data-name={e.name} data-kind={e.kind}>
                    <span className="min-w-0 flex-1">
                      <span className="text-xs text-muted">{WATCH_KIND_WORDS[e.kind]} · </span>
                      {href ? (
                        <Link href={href} className="break-all font-mono text-accent hover:underline" onClick={() => setOpen(false)}>
                          {e.name}
                        </Link>
                      ) : (
                        <span className="break-all font-mono">{e.name}</span>
                      )}
                      <span className="block text-xs text-muted">{e.namespace}</span>
                    </span>
                    {s?.data ? <StateBadge state={s.data.state} title={s.data.message} /> : s?.isError ? <span className="text-xs text-muted" title={s.error.message}>not found</span> : null}
                    <button type="button" className={buttonClass('secondary', 'sm')} onClick={() => unwatch(e)} aria-label={`Unwatch ${WATCH_KIND_WORDS[e.kind]} ${e.name}`}>
                      Unwatch
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="mt-2 text-xs text-muted">Kept in this browser only.</p>
        </div>
      )}
    </div>
  );
}
