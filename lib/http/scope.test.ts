import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CacheKind } from '@/lib/cache';
import type { Entry } from '@/lib/cache/store';
import { HttpError } from './http-error';

// A cache of a few entries per kind that counts every pass over a kind's store, and a person who may list
// everything except what `denied` names.
const passes = new Map<string, number>();
const versions = new Map<string, number>();
const entry = (workspace: string, name: string) => ({ workspace, obj: { metadata: { name, namespace: workspace } } }) as unknown as Entry;
const data: Record<string, Entry[]> = {
  gitrepos: [entry('fleet-default', 'web'), entry('fleet-local', 'local')],
  bundledeployments: [entry('fleet-default', 'bd-1'), entry('fleet-default', 'bd-2'), entry('fleet-local', 'bd-3')],
  clusters: [entry('fleet-default', 'c-1')],
};
let denied = new Set<string>();
vi.mock('@/lib/cache', () => ({
  getCache: () => ({
    store: (kind: string) => ({
      version: versions.get(kind) ?? 0,
      *all() {
        passes.set(kind, (passes.get(kind) ?? 0) + 1);
        yield* data[kind] ?? [];
      },
    }),
  }),
}));
vi.mock('./read', () => ({
  readyCache: async () => undefined,
  workspacesToRead: async (_p: unknown, kind: string, ws: string) => {
    if (denied.has(kind)) throw new HttpError(403, `not allowed to list ${kind}`);
    return ws === '_all' ? 'all' : [ws];
  },
}));

const { scoped, lazyEntries } = await import('./scope');
const person = {} as Parameters<typeof scoped>[0];
const KINDS: CacheKind[] = ['gitrepos', 'bundledeployments', 'clusters'];

beforeEach(() => {
  passes.clear();
  denied = new Set();
  // A new store version per test: the cross-request memo (per version) must not hide a pass.
  for (const k of KINDS) versions.set(k, (versions.get(k) ?? 0) + 1);
});

describe('scoped', () => {
  it('reads no store until a kind is asked for', async () => {
    const s = await scoped(person, 'fleet-default', KINDS);
    expect(Object.fromEntries(passes)).toEqual({});
    expect(s.workspaces).toEqual({ gitrepos: ['fleet-default'], bundledeployments: ['fleet-default'], clusters: ['fleet-default'] });
  });

  it('builds only the kind asked for, once per request, filtered to the workspaces the person may see', async () => {
    const s = await scoped(person, 'fleet-default', KINDS);
    expect(s.entries('gitrepos').map((e) => e.obj.metadata.name)).toEqual(['web']);
    s.entries('gitrepos');
    expect(Object.fromEntries(passes)).toEqual({ gitrepos: 1 });
    const all = await scoped(person, '_all', KINDS);
    expect(all.entries('bundledeployments')).toHaveLength(3);
  });

  it('a forbidden kind has no entries and costs no pass; all forbidden is 403', async () => {
    denied = new Set(['clusters']);
    const s = await scoped(person, 'fleet-default', KINDS);
    expect(s.forbidden).toEqual(['clusters']);
    expect(s.entries('clusters')).toEqual([]);
    expect(passes.get('clusters')).toBeUndefined();
    denied = new Set(KINDS);
    await expect(scoped(person, 'fleet-default', KINDS)).rejects.toMatchObject({ status: 403 });
  });

  it('lazyEntries answers [] for a kind not in scope without building it', () => {
    const build = vi.fn(() => [] as Entry[]);
    const entries = lazyEntries({ gitrepos: 'all' }, build);
    expect(entries('clusters')).toEqual([]);
    expect(build).not.toHaveBeenCalled();
    entries('gitrepos');
    entries('gitrepos');
    expect(build).toHaveBeenCalledTimes(1);
  });
});
