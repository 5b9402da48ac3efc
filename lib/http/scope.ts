// Whole-workspace reads for the overview, matrix and troubleshooting routes: every cached object of some kinds in the
// workspaces this person may list. Entry arrays are built only when a caller asks for a kind (`entries(kind)`), and
// memoised per kind, workspace set and store version: the troubleshooting route answers from its incremental
// findings and reads only GitRepos (for their Secrets), so a change among ~100,000 BundleDeployments no longer
// costs a copy of all of them on its next request; a memoised heavy answer (lib/http/heavy.ts) reads none at all.
import type { Person } from '@/lib/auth/current';
import { getCache, type CacheKind } from '@/lib/cache';
import type { Entry } from '@/lib/cache/store';
import { HttpError } from './http-error';
import { readyCache, workspacesToRead } from './read';

const memo = new Map<string, { version: number; entries: Entry[] }>();

/** Entries of `kind` in the given workspaces ('all' = every workspace). */
export function entriesIn(kind: CacheKind, workspaces: 'all' | readonly string[]): Entry[] {
  const store = getCache().store(kind);
  const key = `${kind}\u0000${workspaces === 'all' ? '*' : [...workspaces].sort().join(',')}`;
  const hit = memo.get(key);
  if (hit && hit.version === store.version) return hit.entries;
  const set = workspaces === 'all' ? undefined : new Set(workspaces);
  const entries: Entry[] = [];
  if (!set || set.size > 0) for (const e of store.all()) if (!set || set.has(e.workspace)) entries.push(e);
  if (memo.size > 200) memo.clear();
  memo.set(key, { version: store.version, entries });
  return entries;
}

export type ScopeWorkspaces = Partial<Record<CacheKind, 'all' | string[]>>;

export interface Scoped {
  workspaces: ScopeWorkspaces;
  /** Kinds the person may not list here (their sections are shown as not allowed). */
  forbidden: CacheKind[];
  /** Entries of one kind the person may see: built on the first call (then kept for this request); [] when forbidden. */
  entries: (kind: CacheKind) => Entry[];
}

/** `entries` of a Scoped: nothing is read until a kind is asked for. */
export function lazyEntries(workspaces: ScopeWorkspaces, build: (kind: CacheKind, ws: 'all' | readonly string[]) => Entry[] = entriesIn): Scoped['entries'] {
  const built = new Map<CacheKind, Entry[]>();
  return (kind) => {
    let e = built.get(kind);
    if (!e) {
      const ws = workspaces[kind];
      e = ws === undefined ? [] : build(kind, ws);
      built.set(kind, e);
    }
    return e;
  };
}

/**
 * What of `kinds` the person may see in `workspace` (or `_all`). A kind the person may not list in an explicit
 * workspace is reported in `forbidden` with no entries; when no kind at all is allowed the answer is 403.
 */
export async function scoped(person: Person, workspace: string, kinds: readonly CacheKind[]): Promise<Scoped> {
  await readyCache(kinds); // at most READY_TIMEOUT_MS, then 503 in words, like every read
  const workspaces: ScopeWorkspaces = {};
  const forbidden: CacheKind[] = [];
  for (const kind of kinds) {
    try {
      workspaces[kind] = await workspacesToRead(person, kind, workspace);
    } catch (e) {
      if (e instanceof HttpError && e.status === 403) forbidden.push(kind);
      else throw e;
    }
  }
  if (forbidden.length === kinds.length) throw new HttpError(403, `You are not allowed to list Fleet objects in workspace ${workspace}.`);
  return { workspaces, forbidden, entries: lazyEntries(workspaces) };
}
