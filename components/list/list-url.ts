// A list page's state as its URL holds it: the list contract (q, state, sort, dir, page, pageSize; parsed by the
// kind's schema) plus a page's own extra parameters (a label selector, a GitRepo), kept out of the contract's parse,
// which rejects unknown keys. Pure, so it is unit-tested; useListState binds it to the router.
import { DEFAULT_PAGE_SIZE, listQueryToParams, parseListQuery, type ListQuery, type listQuerySchema } from '@/lib/fleet/rows/list';
import type { Parsed } from '@/lib/parsed';

export type Extras<X extends string> = Record<X, string>;

export interface ListUrlState<K extends string, X extends string> {
  parsed: Parsed<ListQuery<K>>;
  extras: Extras<X>;
}

export function readListUrl<K extends string, X extends string>(
  search: URLSearchParams,
  schema: ReturnType<typeof listQuerySchema<K>>,
  defaultSort: K,
  extraKeys: readonly X[],
): ListUrlState<K, X> {
  const p = new URLSearchParams(search.toString());
  const extras = {} as Extras<X>;
  for (const x of extraKeys) {
    extras[x] = p.get(x) ?? '';
    p.delete(x);
  }
  const parsed = parseListQuery(schema, p);
  // A page may sort by default on another key than the kind's schema does (deployments of a bundle: by cluster).
  if (parsed.ok && !p.get('sort')) parsed.value.sort = defaultSort;
  return { parsed, extras };
}

/** The URL's query for a state: defaults left out so shared links stay short; extras after the list's own keys. */
export function writeListUrl<K extends string, X extends string>(q: Partial<ListQuery<K>>, extras: Partial<Extras<X>>, defaultSort: K): URLSearchParams {
  const p = listQueryToParams(q, { sort: defaultSort });
  for (const [k, v] of Object.entries(extras) as [string, string | undefined][]) if (v) p.set(k, v);
  return p;
}

/** What a list shows when its URL says nothing. */
export const FIRST_PAGE = { page: 1, pageSize: DEFAULT_PAGE_SIZE, dir: 'asc' as const, q: '' };
