// Reads for API routes: from the shared watch cache, narrowed to what the person's RBAC lets them list.
// - readList: one page. An explicit workspace the person may not list → 403 in words; under `_all` such workspaces
//   are silently left out, so nobody learns what another team's workspace holds.
// - readOne: one object from the cache; 404 (same words) whether it is absent or not allowed.
// - readCounts: objects per state for an overview.
// - allIn: every object of a kind in one workspace (for counts and matching; the route checks access first).
// Every read waits for the cache's first list of its kind at most READY_TIMEOUT_MS, then answers 503 in words.
// Detail views that need fields the cache trims (e.g. a BundleDeployment's status.resources) read that one object
// from the API server as the person: forIdentity(person.identity).get(...).
import type { Person } from '@/lib/auth/current';
import type { ListPage, ListQuery } from '@/lib/fleet/rows/list';
import type { ObjectState } from '@/lib/fleet/object-state';
import { accessChecker, type AccessChecker } from '@/lib/cache/authz';
import { workspaceOf, type IndexName } from '@/lib/cache/derive';
import { getCache, QueryError, type CacheKind, type FleetCache } from '@/lib/cache';
import type { KubeObject } from '@/lib/cache/types';
import { compileSelector, type LabelSelector } from '@/lib/fleet/selector';
import { HttpError } from './http-error';
import { ALL_WORKSPACES, isWorkspaceParam } from './route';

export type { KubeObject };

/** Plural words for messages, as they read inside a sentence ("not allowed to list cluster groups in …"). */
export const KIND_WORDS: Record<CacheKind, string> = {
  gitrepos: 'GitRepos',
  helmops: 'HelmOps',
  bundles: 'Bundles',
  bundledeployments: 'BundleDeployments',
  clusters: 'clusters',
  clustergroups: 'cluster groups',
  clusterregistrationtokens: 'cluster registration tokens',
  gitreporestrictions: 'GitRepo restrictions',
  namespaces: 'namespaces',
};
const SINGULAR: Record<CacheKind, string> = {
  gitrepos: 'GitRepo',
  helmops: 'HelmOp',
  bundles: 'Bundle',
  bundledeployments: 'BundleDeployment',
  clusters: 'Cluster',
  clustergroups: 'Cluster Group',
  clusterregistrationtokens: 'Cluster Registration Token',
  gitreporestrictions: 'GitRepo Restriction',
  namespaces: 'Namespace',
};

export interface ReadOptions {
  /** Index filters, "namespace/name" values: { gitrepo }, { bundle }, { cluster }, { helmop }, { clusterNamespace }. */
  filter?: Partial<Record<IndexName, string>>;
  /** Extra predicate on the stored object (e.g. a compiled label selector, see labelsWhere). */
  where?: (o: KubeObject) => boolean;
}

/** How long a request waits for the cache's first list of a kind before answering 503. */
export const READY_TIMEOUT_MS = 20_000;

/** The cache once `kind` has been listed; 503 in words ("still loading …") after `timeoutMs`. */
export async function readyCache(kind: CacheKind, timeoutMs = READY_TIMEOUT_MS): Promise<FleetCache> {
  const cache = getCache();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
  const r = await Promise.race([cache.ready([kind]).then(() => 'ok' as const), timeout]);
  clearTimeout(timer);
  if (r === 'timeout') {
    const err = cache.status().kinds[kind]?.lastError;
    throw new HttpError(
      503,
      `The dashboard is still loading ${KIND_WORDS[kind]} from the Kubernetes API server${err ? ` (last error: ${err})` : ''}. Try again in a moment.`,
    );
  }
  return cache;
}

/** A person, or anything with their identity (routes that only hold the identity), or a ready access checker. */
export type Who = Pick<Person, 'identity'> | AccessChecker;

function checkerFor(person: Who): AccessChecker {
  return 'canList' in person ? person : accessChecker(person.identity);
}

/** May this person list `kind` in `workspace`? (BundleDeployments: via the workspace's Bundles, see authz.ts.) */
export async function mayList(person: Who, kind: CacheKind, workspace: string): Promise<boolean> {
  const c = checkerFor(person);
  if (await c.canList(kind, '*')) return true;
  if (kind === 'namespaces') return false; // cluster-scoped: no per-namespace grant lists them
  return c.canList(kind === 'bundledeployments' ? 'bundles' : kind, workspace);
}

/**
 * Workspaces of `kind` the person may read for this URL segment: 'all', or a list; 403 for a forbidden explicit one.
 * THE forbidden message of every list route (it names the person, so a shared screenshot says who lacked access).
 */
export async function workspacesToRead(person: Who, kind: CacheKind, workspace: string): Promise<'all' | string[]> {
  if (!isWorkspaceParam(workspace)) throw new HttpError(400, `"${workspace.slice(0, 80)}" is not a valid workspace name.`);
  if (workspace === ALL_WORKSPACES) return getCache().allowedWorkspaces(checkerFor(person), kind);
  if (!(await mayList(person, kind, workspace))) {
    const who = 'identity' in person ? ` (${person.identity.username})` : '';
    throw new HttpError(
      403,
      `You${who} are not allowed to list ${KIND_WORDS[kind]} in workspace ${workspace}. Your Kubernetes RBAC does not grant it; ask a cluster administrator, or pick a workspace you have access to.`,
    );
  }
  return [workspace];
}

/** One page of cached objects of `kind` in `workspace` (or `_all`) as this person may see them. */
export async function readList(person: Person, kind: CacheKind, workspace: string, q: ListQuery, opts: ReadOptions = {}): Promise<ListPage<KubeObject>> {
  const cache = await readyCache(kind);
  const workspaces = await workspacesToRead(person, kind, workspace);
  try {
    return cache.query(kind, { ...q, workspaces, filter: opts.filter, where: opts.where });
  } catch (e) {
    if (e instanceof QueryError) throw new HttpError(400, e.message);
    throw e;
  }
}

/** readList mapped to rows; objects the mapper rejects (returns undefined) are dropped from the page. */
export async function readRows<R>(
  person: Person,
  kind: CacheKind,
  workspace: string,
  q: ListQuery,
  toRow: (o: KubeObject) => R | undefined,
  opts: ReadOptions = {},
): Promise<ListPage<R>> {
  const page = await readList(person, kind, workspace, q, opts);
  const items: R[] = [];
  for (const o of page.items) {
    const r = toRow(o);
    if (r !== undefined) items.push(r);
  }
  return { ...page, items };
}

/** One cached object; 404 in words when it does not exist or the person may not see it (no difference shown). */
export async function readOne(person: Person, kind: CacheKind, namespace: string | undefined, name: string): Promise<KubeObject> {
  const cache = await readyCache(kind);
  const obj = cache.get(kind, namespace, name);
  const where = namespace ? `${namespace}/${name}` : name;
  const notFound = new HttpError(404, `${SINGULAR[kind]} ${where} does not exist, or you are not allowed to see it.`);
  if (!obj) {
    // Same answer either way; still ask, so timing does not tell them apart for the common case.
    if (namespace) await mayList(person, kind, namespace).catch(() => false);
    throw notFound;
  }
  if (!(await mayList(person, kind, workspaceOf(kind, obj)))) throw notFound;
  return obj;
}

/** Objects per state in `workspace` (or `_all`) the person may see. */
export async function readCounts(person: Person, kind: CacheKind, workspace: string): Promise<Record<ObjectState, number>> {
  const cache = await readyCache(kind);
  return cache.countsByState(kind, await workspacesToRead(person, kind, workspace));
}

/** Every cached object of `kind` in one workspace (no paging: for counts and matching, not for lists). */
export async function allIn(kind: CacheKind, workspace: string) {
  const store = (await readyCache(kind)).store(kind);
  const out = [];
  for (const key of store.indexes.get('workspace', workspace)) {
    const e = store.get(key);
    if (e) out.push(e);
  }
  return out;
}

/** A label selector as a predicate on stored objects, for ReadOptions.where. */
export function labelsWhere(sel: LabelSelector | undefined): ReadOptions['where'] {
  if (!sel) return undefined;
  const m = compileSelector(sel);
  return (o) => m(o.metadata.labels);
}
