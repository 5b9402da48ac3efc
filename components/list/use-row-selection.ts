'use client';
// Rows selected for bulk actions, kept across pages by key ("namespace/name"), with what each row was when selected
// (uid, generation): a bulk delete refuses to remove anything else. Rows on the page shown are what the person sees
// now (live updates, their own pause or force update), so theirs win.
import { useCallback, useMemo, useState } from 'react';

type Loaded = { uid?: string; generation?: number };
type Row = { uid?: string; generation?: number };

export function useRowSelection<R extends Row>(rows: R[] | undefined, keyOf: (r: R) => string) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Loaded>>(new Map());
  const onSelect = useCallback(
    (keys: string[], on: boolean) => {
      setSelected((prev) => {
        const next = new Set(prev);
        for (const k of keys) {
          if (on) next.add(k);
          else next.delete(k);
        }
        return next;
      });
      if (on) {
        const byKey = new Map((rows ?? []).map((r) => [keyOf(r), r]));
        setLoaded((prev) => {
          const next = new Map(prev);
          for (const k of keys) {
            const r = byKey.get(k);
            if (r) next.set(k, { uid: r.uid, generation: r.generation });
          }
          return next;
        });
      }
    },
    [rows, keyOf],
  );
  const loadedNow = useMemo(() => {
    const m = new Map(loaded);
    for (const r of rows ?? []) if (selected.has(keyOf(r))) m.set(keyOf(r), { uid: r.uid, generation: r.generation });
    return m;
  }, [loaded, rows, selected, keyOf]);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, onSelect, loaded: loadedNow, clear };
}
