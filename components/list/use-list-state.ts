'use client';
// The state of a list page (filter, state, sort, page and a page's extra parameters) lives in the URL, so every view
// can be shared and the back button works. This hook reads it and changes it; the page passes `params` to its query.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { ListQuery, listQuerySchema } from '@/lib/fleet/rows/list';
import { FIRST_PAGE, readListUrl, writeListUrl, type Extras } from './list-url';

export type ListChange<K extends string, X extends string> = Partial<ListQuery<K>> & Partial<Extras<X>>;

export function useListState<K extends string, X extends string = never>(opts: {
  schema: ReturnType<typeof listQuerySchema<K>>;
  defaultSort: NoInfer<K>;
  extras?: readonly X[];
}) {
  const { schema, defaultSort } = opts;
  const extraKeys = useMemo(() => opts.extras ?? [], [opts.extras]);
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const { parsed, extras } = useMemo(() => readListUrl(new URLSearchParams(search.toString()), schema, defaultSort, extraKeys), [search, schema, defaultSort, extraKeys]);
  const query = parsed.ok ? parsed.value : undefined;
  const params = useMemo(() => (query ? writeListUrl(query, extras, defaultSort).toString() : ''), [query, extras, defaultSort]);

  /** Go to another state of the list; `replace` for typing in a filter (no history entry per keystroke). */
  const navigate = useCallback(
    (next: ListChange<K, X>, replace = false) => {
      const merged = { ...(query ?? { ...FIRST_PAGE, sort: defaultSort }), ...next };
      const nextExtras = Object.fromEntries(extraKeys.map((x) => [x, (next as Partial<Extras<X>>)[x] ?? extras[x]])) as Extras<X>;
      const qs = writeListUrl(merged, nextExtras, defaultSort).toString();
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [query, extras, extraKeys, defaultSort, pathname, router],
  );
  const onQuery = useCallback((q: string) => navigate({ q, page: 1 } as ListChange<K, X>, true), [navigate]);
  const clearFilters = useCallback(
    () => navigate({ q: '', state: undefined, page: 1, ...Object.fromEntries(extraKeys.map((x) => [x, ''])) } as ListChange<K, X>),
    [navigate, extraKeys],
  );
  const filtered = !!query && (query.q !== '' || query.state !== undefined || extraKeys.some((x) => extras[x] !== ''));

  return {
    /** The URL's list query, or undefined when it cannot be read (`error` says why). */
    query,
    error: parsed.ok ? undefined : parsed.error,
    extras,
    /** The query string to send to the list's API route. */
    params,
    sort: query?.sort ?? defaultSort,
    dir: query?.dir ?? 'asc',
    filtered,
    pathname,
    navigate,
    onQuery,
    clearFilters,
    onSort: useCallback((sort: K, dir: 'asc' | 'desc') => navigate({ sort, dir, page: 1 } as ListChange<K, X>), [navigate]),
    onPage: useCallback((page: number) => navigate({ page } as ListChange<K, X>), [navigate]),
  };
}
