import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeFeed, type FeedEvent } from './feed';
import type { Change } from './store';

const change = (name: string, type: Change['type'] = 'upsert', rv = '1'): Change => ({ kind: 'gitrepos', type, workspace: 'fleet-default', namespace: 'fleet-default', name, resourceVersion: rv });

describe('ChangeFeed', () => {
  afterEach(() => vi.useRealTimers());

  it('coalesces a burst per object into one batch with monotonic sequence numbers', () => {
    vi.useFakeTimers();
    const feed = new ChangeFeed({ coalesceMs: 100, epoch: 'e1' });
    const batches: FeedEvent[][] = [];
    feed.subscribe((b) => batches.push(b));
    for (let i = 0; i < 10_000; i++) feed.push(change(`g${i % 100}`, 'upsert', String(i)));
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(100);
    expect(batches[0]!.map((e) => e.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(batches[0]!.find((e) => e.name === 'g5')!.resourceVersion).toBe('9905');
    feed.push(change('g1', 'delete'));
    vi.advanceTimersByTime(100);
    expect(batches[1]).toEqual([expect.objectContaining({ name: 'g1', type: 'delete', seq: 101, id: 'e1-101' })]);
  });

  it('resumes from a last event id, and asks for a refetch when too old, from another epoch or malformed', () => {
    const feed = new ChangeFeed({ coalesceMs: 0, capacity: 5, epoch: 'e2' });
    for (let i = 1; i <= 8; i++) feed.push(change(`g${i}`));
    expect(feed.lastId).toBe('e2-8');
    expect(feed.since('e2-6')).toEqual({ events: [expect.objectContaining({ name: 'g7' }), expect.objectContaining({ name: 'g8' })] });
    expect(feed.since('e2-8')).toEqual({ events: [] });
    expect(feed.since('e2-3')).toEqual({ events: expect.any(Array) });
    expect((feed.since('e2-3') as { events: FeedEvent[] }).events.map((e) => e.seq)).toEqual([4, 5, 6, 7, 8]);
    expect(feed.since('e2-2')).toEqual({ refetch: true });
    expect(feed.since('old-3')).toEqual({ refetch: true });
    expect(feed.since('e2-99')).toEqual({ refetch: true });
    expect(feed.since('garbage')).toEqual({ refetch: true });
    expect((feed.since('e2-6', new Set(['clusters'])) as { events: FeedEvent[] }).events).toEqual([]);
  });

  it('keeps delivering to other subscribers when one throws', () => {
    const feed = new ChangeFeed({ coalesceMs: 0 });
    const got: number[] = [];
    feed.subscribe(() => {
      throw new Error('closed stream');
    });
    const off = feed.subscribe((b) => got.push(b.length));
    feed.push(change('a'));
    off();
    feed.push(change('b'));
    expect(got).toEqual([1]);
  });
});
