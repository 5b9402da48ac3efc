// What one tab's stream subscribes to, from what its mounted pages asked for (useLiveKinds), and which react-query
// keys a change message invalidates. Pure, so it is unit-tested.
import { DETECTOR_KINDS } from '@/lib/fleet/troubleshooting/types';
import { queryKeys, type QueryKind } from '@/lib/http/query-keys';
import { apiPath } from '@/lib/http/api-path';
import { apiUrl } from '@/lib/http/urls';

export interface LiveRequest {
  kinds: readonly QueryKind[];
  workspace: string;
}

/** Union of kinds; one workspace when all agree, else `_all` (the server filters by RBAC either way). */
export function mergeRequests(reqs: Iterable<LiveRequest>): LiveRequest | undefined {
  const kinds = new Set<QueryKind>();
  const workspaces = new Set<string>();
  for (const r of reqs) {
    for (const k of r.kinds) kinds.add(k);
    workspaces.add(r.workspace);
  }
  if (!kinds.size) return undefined;
  return { kinds: [...kinds].sort(), workspace: workspaces.size === 1 ? [...workspaces][0]! : '_all' };
}

export function eventsUrl(r: LiveRequest, since?: string): string {
  return apiPath(apiUrl.events({ kinds: r.kinds.join(','), workspace: r.workspace, since }));
}

export interface ChangeBatch {
  /** A kind of the server's watch cache (the stream only speaks of those). */
  kind: QueryKind;
  workspace: string;
  names: string[];
}

const APPLICATION_KINDS: readonly QueryKind[] = ['gitrepos', 'helmops'];

// A change to any kind the detectors read re-runs the findings of its workspace.
/** Findings cost a pass over the whole workspace: refetch them at most every few seconds, lists twice a second. */
export const throttleMsFor = (key: readonly string[]): number => (key[0] === 'troubleshooting' ? 5_000 : 500);

/** Key prefixes to invalidate for one change: its workspace's and `_all`'s lists and counts, and each object's detail. */
export function keysForChange(b: ChangeBatch): (readonly string[])[] {
  const keys: (readonly string[])[] = [
    queryKeys.listAll(b.kind, b.workspace),
    queryKeys.listAll(b.kind, '_all'),
    queryKeys.counts(b.kind, b.workspace),
    queryKeys.counts(b.kind, '_all'),
  ];
  if ((DETECTOR_KINDS as readonly string[]).includes(b.kind)) keys.push(queryKeys.troubleshootingAll(b.workspace), queryKeys.troubleshootingAll('_all'));
  for (const n of b.names) {
    const i = n.indexOf('/');
    keys.push(i < 0 ? queryKeys.detail(b.kind, '', n) : queryKeys.detail(b.kind, n.slice(0, i), n.slice(i + 1)));
  }
  // The applications view lists GitRepos and HelmOps together.
  if (APPLICATION_KINDS.includes(b.kind)) keys.push(queryKeys.applicationsAll(b.workspace), queryKeys.applicationsAll('_all'));
  return keys;
}

/** After `refetch` (the server lost track): everything of these kinds. */
export function keysForRefetch(kinds: readonly QueryKind[]): (readonly string[])[] {
  const keys: (readonly string[])[] = kinds.flatMap((k) => [queryKeys.listAll(k), queryKeys.detailAll(k), queryKeys.countsAll(k)]);
  if (kinds.some((k) => (DETECTOR_KINDS as readonly string[]).includes(k))) keys.push(queryKeys.troubleshootingAll());
  if (kinds.some((k) => APPLICATION_KINDS.includes(k))) keys.push(queryKeys.applicationsAll());
  return keys;
}
