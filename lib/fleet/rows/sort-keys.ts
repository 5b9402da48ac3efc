// Sort keys of every list, defined once. The list query schema (client and route) accepts exactly these, and the
// server's watch cache (lib/cache/derive.ts) must give each one a sort value — its types refuse a key without one.
// To add a sort key: add it here, then its value in lib/cache/derive.ts. The first key is the default sort.
import { listQuerySchema } from './list';

export const LIST_SORT_KEYS = {
  gitrepos: ['name', 'state', 'ready', 'repo', 'lastUpdate', 'namespace', 'created', 'commit'],
  helmops: ['name', 'state', 'ready', 'chart', 'namespace', 'created'],
  bundles: ['name', 'state', 'ready', 'gitrepo', 'namespace', 'created'],
  bundledeployments: ['name', 'state', 'cluster', 'bundle', 'gitrepo', 'namespace', 'created'],
  clusters: ['name', 'state', 'ready', 'lastSeen', 'bundles', 'namespace', 'created'],
  clustergroups: ['name', 'state', 'clusters', 'ready', 'namespace', 'created'],
  clusterregistrationtokens: ['name', 'namespace', 'created'],
  gitreporestrictions: ['name', 'namespace', 'created'],
  namespaces: ['name', 'created'],
} as const satisfies Record<string, readonly ['name', ...string[]]>;

export type ListKind = keyof typeof LIST_SORT_KEYS;
export type SortKeyOf<K extends ListKind> = (typeof LIST_SORT_KEYS)[K][number];
export const LIST_KINDS = Object.keys(LIST_SORT_KEYS) as ListKind[];

export function isListKind(s: string): s is ListKind {
  return Object.hasOwn(LIST_SORT_KEYS, s);
}

export function sortKeysOf<K extends ListKind>(kind: K): readonly SortKeyOf<K>[] {
  return LIST_SORT_KEYS[kind];
}

export function isSortKey<K extends ListKind>(kind: K, key: string): key is SortKeyOf<K> {
  return (LIST_SORT_KEYS[kind] as readonly string[]).includes(key);
}

const schemas = new Map<ListKind, ReturnType<typeof listQuerySchema<string>>>();

/** THE list query schema of a kind (page, pageSize, sort, dir, q, state), memoised. Default sort: name. */
export function listQuerySchemaFor<K extends ListKind>(kind: K): ReturnType<typeof listQuerySchema<SortKeyOf<K>>> {
  let s = schemas.get(kind);
  if (!s) schemas.set(kind, (s = listQuerySchema(LIST_SORT_KEYS[kind] as unknown as [string, ...string[]], 'name')));
  return s as unknown as ReturnType<typeof listQuerySchema<SortKeyOf<K>>>;
}
