// Whole-workspace reads for the overview, matrix and troubleshooting: every cached object of some kinds in the
// workspaces this person may list. Results are memoised per kind, workspace set and store version, so a page that
// polls (or many people looking) costs one pass per change, not per request.
import type { Person } from '@/lib/auth/current';
import { getCache, type CacheKind } from '@/lib/cache';
import type { Entry } from '@/lib/cache/store';
import { HttpError } from '@/lib/http/http-error';
import { readyCache, workspacesToRead } from '@/lib/http/read';

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

export interface Scoped {
  workspaces: Partial<Record<CacheKind, 'all' | string[]>>;
  entries: Partial<Record<CacheKind, Entry[]>>;
  /** Kinds the person may not list here (their sections are shown as not allowed). */
  forbidden: CacheKind[];
}

/**
 * Everything of `kinds` the person may see in `workspace` (or `_all`). A kind the person may not list in an explicit
 * workspace is reported in `forbidden` with no entries; when no kind at all is allowed the answer is 403.
 */
export async function scoped(person: Person, workspace: string, kinds: readonly CacheKind[]): Promise<Scoped> {
  await readyCache(kinds); // at most READY_TIMEOUT_MS, then 503 in words, like every read
  const out: Scoped = { workspaces: {}, entries: {}, forbidden: [] };
  for (const kind of kinds) {
    try {
      const ws = await workspacesToRead(person, kind, workspace);
      out.workspaces[kind] = ws;
      out.entries[kind] = entriesIn(kind, ws);
    } catch (e) {
      if (e instanceof HttpError && e.status === 403) {
        out.forbidden.push(kind);
        out.entries[kind] = [];
      } else throw e;
    }
  }
  if (out.forbidden.length === kinds.length) throw new HttpError(403, `You are not allowed to list Fleet objects in workspace ${workspace}.`);
  return out;
}
