'use client';
// Text filter (debounced) and state filter for a list; values live in the URL, owned by the page.
import { useEffect, useEffectEvent, useState } from 'react';
import { BUNDLE_STATES_WORST_FIRST } from '@/lib/fleet/state';
import type { ObjectState } from '@/lib/fleet/object-state';
import { stateLabel } from '@/components/state-badge';

/** `states`: the states this kind can be in (the badge's), worst first; BundleStates by default. */
export function ListToolbar({
  q, state, onQuery, onState, placeholder, states = BUNDLE_STATES_WORST_FIRST,
}: {
  q: string;
  state: ObjectState | undefined;
  onQuery: (q: string) => void;
  onState: (s: ObjectState | undefined) => void;
  placeholder: string;
  states?: readonly ObjectState[];
}) {
  const [text, setText] = useState(q);
  // Follow the URL when it changes from outside (back button, "clear filters"): adjust during render.
  const [seenQ, setSeenQ] = useState(q);
  if (q !== seenQ) {
    setSeenQ(q);
    setText(q);
  }
  // The debounce restarts only when the text (or the URL's q) changes: pages pass a new onQuery on every render,
  // and a live refetch re-renders them, which must not push the filter back while the person types.
  const submit = useEffectEvent((value: string) => onQuery(value));
  useEffect(() => {
    if (text === q) return;
    const t = setTimeout(() => submit(text), 300);
    return () => clearTimeout(t);
  }, [text, q]);

  return (
    <div role="search" className="flex flex-wrap items-end gap-3">
      <label className="flex min-w-[14rem] flex-1 flex-col gap-1 text-sm sm:max-w-sm">
        <span className="text-muted">Filter</span>
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onQuery(text);
          }}
          placeholder={placeholder}
          maxLength={200}
          className="rounded-md border border-border bg-surface px-3 py-1.5"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="text-muted">State</span>
        <select
          value={state ?? ''}
          onChange={(e) => onState((e.target.value || undefined) as ObjectState | undefined)}
          className="rounded-md border border-border bg-surface px-2 py-1.5"
        >
          <option value="">All states</option>
          {states.map((s) => (
            <option key={s} value={s}>
              {stateLabel(s)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
