// Pure pieces of the live-update stream (GET /api/events): its query parameters and how a feed batch becomes the
// small messages a browser tab needs. No object bodies go out: the tab invalidates and refetches one page.
import { CACHE_KIND_NAMES, isCacheKind, objectKey, type CacheKind } from './kinds';
import { paramKeyProblem } from '@/lib/http/params';
import type { FeedEvent } from './feed';
import type { Parsed } from '@/lib/parsed';

export const ALL = '_all';
const NAMESPACE_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const EVENT_ID_RE = /^[0-9a-z]{1,16}-\d{1,15}$/;

export interface EventsQuery {
  kinds: CacheKind[];
  /** A workspace name or `_all`. */
  workspace: string;
  /** Resume point when the browser has no Last-Event-ID (a new EventSource after the page's kinds changed). */
  since?: string;
}


export function parseEventsQuery(params: URLSearchParams, lastEventIdHeader?: string | null): Parsed<EventsQuery> {
  const known = ['kinds', 'workspace', 'since'];
  const keyProblem = paramKeyProblem(params, known);
  if (keyProblem) return { ok: false, error: keyProblem };
  const rawKinds = (params.get('kinds') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!rawKinds.length) return { ok: false, error: `kinds is required: a comma-separated list of ${CACHE_KIND_NAMES.join(', ')}` };
  const bad = rawKinds.find((k) => !isCacheKind(k));
  if (bad !== undefined) return { ok: false, error: `unknown kind "${bad.slice(0, 40)}"; expected some of ${CACHE_KIND_NAMES.join(', ')}` };
  const workspace = params.get('workspace') || ALL;
  if (workspace !== ALL && !(workspace.length <= 63 && NAMESPACE_RE.test(workspace))) {
    return { ok: false, error: `"${workspace.slice(0, 80)}" is not a valid workspace name` };
  }
  const since = lastEventIdHeader || params.get('since') || undefined;
  if (since !== undefined && !EVENT_ID_RE.test(since)) return { ok: false, error: 'since (or Last-Event-ID) is not an event id of this server' };
  return { ok: true, value: { kinds: [...new Set(rawKinds as CacheKind[])], workspace, since } };
}

/** One SSE message body entry: objects of one kind in one workspace that changed ("namespace/name" each). */
export interface LiveBatch {
  kind: CacheKind;
  workspace: string;
  names: string[];
}

/** Max names per entry: past this the tab refetches its page anyway, so the list of names carries no news. */
export const MAX_NAMES = 200;

/**
 * Groups feed events by kind and workspace, keeping only the kinds asked for and, when `workspace` is not `_all`,
 * that workspace. RBAC filtering happens after (per group), so it costs one check per group, not per object.
 */
export function groupEvents(events: readonly FeedEvent[], kinds: ReadonlySet<CacheKind>, workspace: string): LiveBatch[] {
  const groups = new Map<string, LiveBatch>();
  for (const e of events) {
    if (!kinds.has(e.kind)) continue;
    if (workspace !== ALL && e.workspace !== workspace) continue;
    const id = `${e.kind}\u0000${e.workspace}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { kind: e.kind, workspace: e.workspace, names: [] }));
    if (g.names.length < MAX_NAMES) g.names.push(objectKey(e.namespace || undefined, e.name));
  }
  return [...groups.values()];
}

/** SSE wire format: optional id, event name, one data line (JSON has no raw newlines). */
export function sseMessage(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
