// The objects a person chose to be notified about, as kept in the browser's localStorage (nothing is stored on the
// server). One list per signed-in identity ("context"); each entry names its workspace. Pure: the browser hook
// (components/notify/use-watch-list.ts) reads and writes the string, this module parses and edits it.
import { z } from 'zod';
import { isDns1123Label, isDns1123Subdomain } from '@/lib/fleet/names';

/** Kinds a person can watch: those with a state (lib/fleet/object-state.ts) and a rollout count. */
export const WATCH_KINDS = ['gitrepos', 'helmops', 'bundles'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

/** In words, for buttons and notifications. */
export const WATCH_KIND_WORDS: Record<WatchKind, string> = { gitrepos: 'GitRepo', helmops: 'HelmOp', bundles: 'Bundle' };

/** Bounds what one tab follows (each entry is one small request per change of that object). */
export const MAX_WATCHED = 50;

export const WatchEntrySchema = z.object({ kind: z.enum(WATCH_KINDS), namespace: z.string().refine(isDns1123Label), name: z.string().refine(isDns1123Subdomain) });
export type WatchEntry = z.infer<typeof WatchEntrySchema>;

export const watchKey = (e: WatchEntry): string => `${e.kind}/${e.namespace}/${e.name}`;

const PREFIX = 'fleet-dashboard:watch:v1:';
/** The localStorage key of one identity's list. */
export const storageKey = (context: string): string => `${PREFIX}${context}`;

/** The list kept under a key; anything unreadable (edited by hand, an older format) counts as empty entries skipped. */
export function parseWatchList(raw: string | null | undefined): WatchEntry[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const seen = new Set<string>();
  const out: WatchEntry[] = [];
  for (const item of data) {
    const e = WatchEntrySchema.safeParse(item);
    if (!e.success || seen.has(watchKey(e.data))) continue;
    seen.add(watchKey(e.data));
    out.push(e.data);
    if (out.length === MAX_WATCHED) break;
  }
  return out;
}

export const serializeWatchList = (list: readonly WatchEntry[]): string => JSON.stringify(list.map(({ kind, namespace, name }) => ({ kind, namespace, name })));

export const isWatched = (list: readonly WatchEntry[], e: WatchEntry): boolean => list.some((x) => watchKey(x) === watchKey(e));

export type AddResult = { ok: true; list: WatchEntry[] } | { ok: false; error: string };

export function addWatch(list: readonly WatchEntry[], e: WatchEntry): AddResult {
  if (isWatched(list, e)) return { ok: true, list: [...list] };
  if (list.length >= MAX_WATCHED) return { ok: false, error: `You already watch ${MAX_WATCHED} objects, the most one browser follows. Unwatch one first.` };
  return { ok: true, list: [...list, e] };
}

export const removeWatch = (list: readonly WatchEntry[], e: WatchEntry): WatchEntry[] => list.filter((x) => watchKey(x) !== watchKey(e));
