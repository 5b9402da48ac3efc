'use client';
// The watch list of the signed-in identity, in this browser's localStorage (lib/notify/watch-list.ts): every tab and
// component sees the same list, and a change in one tab reaches the others through the `storage` event.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { addWatch, parseWatchList, removeWatch, serializeWatchList, storageKey, type WatchEntry } from '@/lib/notify/watch-list';

/** Whose list: the identity the dashboard acts as (set by the workspace layout). */
export const WatchContext = createContext<string | null>(null);

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  window.addEventListener('storage', cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('storage', cb);
  };
}

function read(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? '';
  } catch {
    return ''; // storage disabled: nothing watched
  }
}

export interface WatchList {
  list: WatchEntry[];
  /** Adds; answers an error in words when it cannot (bound reached, storage refused). */
  watch: (e: WatchEntry) => string | undefined;
  unwatch: (e: WatchEntry) => void;
}

export function useWatchList(): WatchList {
  const context = useContext(WatchContext) ?? '';
  const key = storageKey(context);
  const raw = useSyncExternalStore(subscribe, () => read(key), () => '');
  const list = useMemo(() => parseWatchList(raw), [raw]);
  const save = useCallback(
    (next: WatchEntry[]): string | undefined => {
      try {
        window.localStorage.setItem(key, serializeWatchList(next));
      } catch {
        return 'This browser refused to store the watch list (private window or storage full).';
      }
      notify();
      return undefined;
    },
    [key],
  );
  const watch = useCallback(
    (e: WatchEntry) => {
      const r = addWatch(parseWatchList(read(key)), e);
      return r.ok ? save(r.list) : r.error;
    },
    [key, save],
  );
  const unwatch = useCallback((e: WatchEntry) => void save(removeWatch(parseWatchList(read(key)), e)), [key, save]);
  return { list, watch, unwatch };
}
