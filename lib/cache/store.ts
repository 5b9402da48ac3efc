// In-memory store of one kind: projected objects keyed by "namespace/name", their derived data, indexes,
// per-workspace state counts, and lazily built sorted orders that are patched instead of re-sorted.
import { OBJECT_STATES, type ObjectState } from '@/lib/fleet/object-state';
import { derive, sortColumn, type Derived } from './derive';
import { Indexes } from './indexes';
import { objectKey, type CacheKind } from './kinds';
import { SortedView } from './sorted';
import type { KubeObject } from './types';

/** One stored object. Immutable: an update makes a new Entry, so sorted views can find the old position. */
export interface Entry extends Derived {
  key: string;
  obj: KubeObject;
}

export interface Change {
  kind: CacheKind;
  type: 'upsert' | 'delete';
  /** The Fleet workspace (for BundleDeployments: their bundle-namespace, not the cluster namespace they live in). */
  workspace: string;
  namespace: string;
  name: string;
  resourceVersion: string;
}

const STATE_INDEX = new Map<ObjectState, number>(OBJECT_STATES.map((s, i) => [s, i]));

export class KindStore {
  private readonly entries = new Map<string, Entry>();
  readonly indexes = new Indexes();
  /** workspace → count per state, indexed like OBJECT_STATES. */
  private readonly counts = new Map<string, number[]>();
  /** Sorted orders per sort column, optionally restricted to one state ("col" or "col:State"). */
  private readonly views = new Map<string, SortedView>();
  /** Bumped on every applied change; lets callers cache derived answers. */
  version = 0;
  /** Told of every applied change, synchronously (incremental answers such as troubleshooting findings). */
  private readonly listeners = new Set<(old: Entry | undefined, next: Entry | undefined) => void>();

  constructor(readonly kind: CacheKind) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  all(): IterableIterator<Entry> {
    return this.entries.values();
  }

  /** Applies an add/update; undefined when nothing changed (same resourceVersion, e.g. on relist). */
  upsert(obj: KubeObject): Change | undefined {
    const key = objectKey(obj.metadata.namespace, obj.metadata.name);
    const old = this.entries.get(key);
    const rv = obj.metadata.resourceVersion ?? '';
    if (old && rv && old.obj.metadata.resourceVersion === rv) return undefined;
    const d = derive(this.kind, obj);
    // Spelled out, not spread: a literal with every key keeps them in-object (see derive.ts).
    const next: Entry = { key, obj, workspace: d.workspace, state: d.state, index: d.index, text: d.text, sort: d.sort };
    this.entries.set(key, next);
    this.changed(key, old, next);
    return { kind: this.kind, type: 'upsert', workspace: next.workspace, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name, resourceVersion: rv };
  }

  remove(obj: KubeObject): Change | undefined {
    const key = objectKey(obj.metadata.namespace, obj.metadata.name);
    const old = this.entries.get(key);
    if (!old) return undefined;
    this.entries.delete(key);
    this.changed(key, old, undefined);
    return {
      kind: this.kind,
      type: 'delete',
      workspace: old.workspace,
      namespace: obj.metadata.namespace ?? '',
      name: obj.metadata.name,
      resourceVersion: obj.metadata.resourceVersion ?? old.obj.metadata.resourceVersion ?? '',
    };
  }

  /** Replaces everything with a fresh list; returns the difference (what a watcher missed while gone). */
  replace(objects: KubeObject[]): Change[] {
    const changes: Change[] = [];
    const seen = new Set<string>();
    for (const o of objects) {
      seen.add(objectKey(o.metadata.namespace, o.metadata.name));
      const c = this.upsert(o);
      if (c) changes.push(c);
    }
    for (const [key, e] of this.entries) {
      if (seen.has(key)) continue;
      const c = this.remove(e.obj);
      if (c) changes.push(c);
    }
    return changes;
  }

  countsByState(workspaces: readonly string[] | 'all'): Record<ObjectState, number> {
    const sum = new Array<number>(OBJECT_STATES.length).fill(0);
    const add = (c: number[] | undefined) => c?.forEach((n, i) => (sum[i]! += n));
    if (workspaces === 'all') for (const c of this.counts.values()) add(c);
    else for (const ws of new Set(workspaces)) add(this.counts.get(ws));
    return Object.fromEntries(OBJECT_STATES.map((s, i) => [s, sum[i]!])) as Record<ObjectState, number>;
  }

  /** The kind (or its objects in one state) in ascending order of a sort key, ties by key; undefined for an unknown key. */
  sorted(sortKey: string, state?: ObjectState): readonly Entry[] | undefined {
    const col = sortColumn(this.kind, sortKey);
    if (col < 0) return undefined;
    const id = state ? `${col}:${state}` : String(col);
    let v = this.views.get(id);
    if (!v) {
      const member = state ? (e: Entry) => e.state === state : undefined;
      this.views.set(id, (v = new SortedView(col, () => this.entries.values(), (k) => this.entries.get(k), member)));
    }
    return v.get();
  }

  /** Calls `fn` with the old and new entry of every change from now on; answers the unsubscribe. */
  listen(fn: (old: Entry | undefined, next: Entry | undefined) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(key: string, old: Entry | undefined, next: Entry | undefined): void {
    this.version++;
    for (const fn of this.listeners) fn(old, next);
    this.indexes.update(key, old?.index, next?.index);
    this.count(old, -1);
    this.count(next, +1);
    for (const v of this.views.values()) v.changed(key, old);
  }

  private count(e: Entry | undefined, delta: number): void {
    if (!e?.state) return;
    let c = this.counts.get(e.workspace);
    if (!c) this.counts.set(e.workspace, (c = new Array<number>(OBJECT_STATES.length).fill(0)));
    c[STATE_INDEX.get(e.state)!]! += delta;
  }
}
