// Helpers shared by the cluster, cluster group, token and restriction routes: workspace access in
// words (403 says who may not do what where), the cache as the person, and label-selector params.
import { NextResponse } from 'next/server';
import { getCache, QueryError, type CacheKind } from '@/lib/cache';
import { compileSelector, parseSelector, type LabelSelector } from '@/lib/fleet/selector';
import { jsonError, ALL_WORKSPACES } from '@/lib/http/route';
import type { Identity } from '@/lib/k8s/identity';
import { HttpError } from '@/lib/http/http-error';
import { workspacesToRead } from '@/lib/http/read';

/** 403 in words when the person may not list `kind` in a (single) workspace; undefined when allowed. */
export async function forbiddenIn(identity: Identity, kind: CacheKind, workspace: string): Promise<NextResponse | undefined> {
  if (workspace === ALL_WORKSPACES) return undefined;
  try {
    await workspacesToRead({ identity }, kind, workspace); // the one message, lib/http/read.ts
    return undefined;
  } catch (e) {
    if (e instanceof HttpError) return jsonError(e.status, e.message);
    throw e;
  }
}

export const noStore = { headers: { 'cache-control': 'no-store' } };

/** Reads the `selector` param (kubectl string form): ok with a predicate, or a 400 with a field error. */
export function selectorParam(params: URLSearchParams): { ok: true; selector?: LabelSelector; text: string } | { ok: false; res: NextResponse } {
  const text = params.get('selector') ?? '';
  params.delete('selector');
  if (!text.trim()) return { ok: true, text: '' };
  if (text.length > 2000) return { ok: false, res: jsonError(400, 'selector is too long (at most 2000 characters)', [{ field: 'selector', message: 'At most 2000 characters' }]) };
  const r = parseSelector(text.trim());
  if (!r.ok) return { ok: false, res: jsonError(400, `selector: ${r.error}`, [{ field: 'selector', message: r.error }]) };
  return { ok: true, selector: r.selector, text };
}

export function labelsWhere(sel: LabelSelector | undefined) {
  if (!sel) return undefined;
  const m = compileSelector(sel);
  return (o: { metadata: { labels?: Record<string, string> } }) => m(o.metadata.labels);
}

/** Maps the cache's parameter errors to 400; anything else is rethrown. */
export function queryErrorResponse(e: unknown): NextResponse {
  if (e instanceof QueryError) return jsonError(400, e.message);
  throw e;
}

export const cache = getCache;

/** Every cached object of `kind` in one workspace (no paging: for counts and matching, not for lists). */
export async function allIn(kind: CacheKind, workspace: string) {
  const c = cache();
  await c.ready([kind]);
  const store = c.store(kind);
  const out = [];
  for (const key of store.indexes.get('workspace', workspace)) {
    const e = store.get(key);
    if (e) out.push(e);
  }
  return out;
}
