import { describe, expect, it } from 'vitest';
import { addWatch, isWatched, MAX_WATCHED, parseWatchList, removeWatch, serializeWatchList, storageKey, type WatchEntry } from './watch-list';

const web: WatchEntry = { kind: 'gitrepos', namespace: 'fleet-default', name: 'web' };
const b: WatchEntry = { kind: 'bundles', namespace: 'fleet-local', name: 'web-deploy' };

describe('watch list', () => {
  it('round-trips through its stored string', () => {
    expect(parseWatchList(serializeWatchList([web, b]))).toEqual([web, b]);
  });

  it('keeps one list per identity', () => {
    expect(storageKey('operator')).not.toBe(storageKey('viewer'));
  });

  it('reads nothing from garbage, and skips unreadable or repeated entries', () => {
    expect(parseWatchList(null)).toEqual([]);
    expect(parseWatchList('{not json')).toEqual([]);
    expect(parseWatchList('{"kind":"gitrepos"}')).toEqual([]);
    const raw = JSON.stringify([web, { kind: 'clusters', namespace: 'x', name: 'y' }, { kind: 'gitrepos', namespace: 'Bad NS', name: 'y' }, web, { ...b, extra: 1 }]);
    expect(parseWatchList(raw)).toEqual([web, b]);
  });

  it('adds once, removes, and refuses past the bound in words', () => {
    const one = addWatch([], web);
    expect(one).toEqual({ ok: true, list: [web] });
    if (!one.ok) throw new Error('unreachable');
    expect(addWatch(one.list, web)).toEqual({ ok: true, list: [web] });
    expect(isWatched(one.list, web)).toBe(true);
    expect(removeWatch(one.list, web)).toEqual([]);
    const full = Array.from({ length: MAX_WATCHED }, (_, i): WatchEntry => ({ kind: 'bundles', namespace: 'fleet-default', name: `b${i}` }));
    const r = addWatch(full, web);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Unwatch one first/);
    expect(parseWatchList(JSON.stringify([...full, web]))).toHaveLength(MAX_WATCHED);
  });
});
