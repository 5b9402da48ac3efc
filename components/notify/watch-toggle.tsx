'use client';
// "Watch" on a GitRepo, HelmOp or Bundle page: opt in to a browser notification when it turns to an error state or
// finishes a rollout (components/notify/watch-notifier.tsx shows them). Read-only: anyone who can see the object can
// watch it. The browser's permission is asked on the first opt-in only, from the click.
//   <WatchToggle kind="helmops" namespace={workspace} name={name} />
import { useState } from 'react';
import { WATCH_KIND_WORDS, isWatched, type WatchKind } from '@/lib/notify/watch-list';
import { buttonClass } from '@/components/ui/button';
import { BellIcon } from './bell-icon';
import { useWatchList } from './use-watch-list';
import { DENIED_MESSAGE, DISMISSED_MESSAGE, requestPermission, UNSUPPORTED_MESSAGE, usePermission } from './use-permission';

export function WatchToggle({ kind, namespace, name }: { kind: WatchKind; namespace: string; name: string }) {
  const { list, watch, unwatch } = useWatchList();
  const permission = usePermission();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const entry = { kind, namespace, name };
  const on = isWatched(list, entry);
  const what = `${WATCH_KIND_WORDS[kind]} ${name}`;

  const toggle = async () => {
    setProblem(undefined);
    if (on) {
      unwatch(entry);
      return;
    }
    setBusy(true);
    const p = permission === 'granted' ? 'granted' : await requestPermission();
    setBusy(false);
    if (p === 'unsupported') return setProblem(UNSUPPORTED_MESSAGE);
    if (p === 'default') return setProblem(DISMISSED_MESSAGE);
    if (p !== 'granted') return setProblem(DENIED_MESSAGE);
    setProblem(watch(entry));
  };

  // Watched, but the permission was withdrawn since: say why nothing will come.
  const blocked = on && permission !== 'granted' ? (permission === 'unsupported' ? UNSUPPORTED_MESSAGE : DENIED_MESSAGE) : undefined;
  const message = problem ?? blocked;
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        className={buttonClass(on ? 'primary' : 'secondary')}
        aria-pressed={on}
        disabled={busy}
        onClick={() => void toggle()}
        data-testid="watch-toggle"
        title={on ? `Stop notifications about ${what}` : `Notify me in this browser when ${what} turns to an error state or finishes rolling out`}
      >
        <BellIcon filled={on} />
        {on ? 'Watching' : 'Watch'}
      </button>
      {message && (
        <span role="alert" className="max-w-xs text-right text-xs text-danger" data-testid="watch-problem">
          {message}
        </span>
      )}
    </span>
  );
}
