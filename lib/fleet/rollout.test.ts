import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleSchema } from './kinds/bundle';
import { intOrPercentError, rolloutLimit, rolloutModel, type BundleLike } from './rollout';

const real = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, 'testdata/real-fleet', `${name}.json`), 'utf8'));

const staged = (partitions: { name: string; count: number; maxUnavailable: number; unavailable: number; summary?: Record<string, number> }[], maxUnavailablePartitions = 0): BundleLike => ({
  metadata: { name: 'b' },
  spec: { rolloutStrategy: { maxUnavailable: '10%', partitions: partitions.map((p) => ({ name: p.name, clusterGroup: p.name })) } },
  status: { partitions, maxUnavailablePartitions, unavailable: partitions.reduce((n, p) => n + p.unavailable, 0), maxUnavailable: 10, newlyCreated: 3 },
});

describe('rollout model', () => {
  it('reads the single partition real Fleet writes for a small Ready bundle', () => {
    const m = rolloutModel(BundleSchema.parse(real('bundle-ready')));
    expect(m.mode).toBe('single');
    expect(m.done).toBe(true);
    expect(m.partitions).toEqual([
      { index: 0, name: 'All', count: 2, maxUnavailable: 2, unavailable: 0, states: { Ready: 2, NotReady: 0, Pending: 0, OutOfSync: 0, Modified: 0, WaitApplied: 0, ErrApplied: 0 }, phase: 'done' },
    ]);
    expect(m.strategy[0]).toBe('At most 100% (default) of the clusters may be unavailable while updating.');
    expect(m.advancing).toBeUndefined();
  });

  it('shows a staged rollout advancing partition by partition', () => {
    const m = rolloutModel(
      staged([
        { name: 'canary', count: 2, maxUnavailable: 1, unavailable: 0 },
        { name: 'eu', count: 10, maxUnavailable: 1, unavailable: 1, summary: { ready: 9, notReady: 1 } },
        { name: 'us', count: 10, maxUnavailable: 1, unavailable: 10, summary: { ready: 0, outOfSync: 10 } },
      ]),
    );
    expect(m.mode).toBe('manual');
    expect(m.partitions.map((p) => p.phase)).toEqual(['done', 'rolling', 'blocking']);
    expect(m.advancing).toBe(1);
    expect(m.partitions[2]!.states.OutOfSync).toBe(10);
    expect(m.blockedReason).toMatch(/^Partition us has 10 of 10/);
  });

  it('holds later partitions back once too many are unavailable', () => {
    const m = rolloutModel(
      staged([
        { name: 'canary', count: 2, maxUnavailable: 0, unavailable: 1, summary: { ready: 1, errApplied: 1 } },
        { name: 'eu', count: 10, maxUnavailable: 1, unavailable: 10 },
        { name: 'us', count: 10, maxUnavailable: 1, unavailable: 10 },
      ]),
    );
    expect(m.partitions.map((p) => p.phase)).toEqual(['blocking', 'waiting', 'waiting']);
    expect(m.partitions[0]!.states).toMatchObject({ Ready: 1, ErrApplied: 1 });
    expect(m.blockedReason).toMatch(/canary has 1 of 2 clusters unavailable \(allowed: 0\)/);
    // One unavailable partition tolerated: the walk goes on to the second.
    expect(rolloutModel({ ...staged([{ name: 'a', count: 2, maxUnavailable: 0, unavailable: 1 }, { name: 'b', count: 2, maxUnavailable: 0, unavailable: 2 }, { name: 'c', count: 2, maxUnavailable: 0, unavailable: 2 }], 1) }).partitions.map((p) => p.phase)).toEqual([
      'rolling',
      'blocking',
      'waiting',
    ]);
  });

  it("computes limits like Fleet's limit()", () => {
    expect(rolloutLimit(10, undefined, '100%')).toBe(10);
    expect(rolloutLimit(10, '25%', '100%')).toBe(2);
    expect(rolloutLimit(3, '10%', '100%')).toBe(1);
    expect(rolloutLimit(10, 20, '100%')).toBe(10);
    expect(rolloutLimit(10, '3', '100%')).toBe(3);
    expect(rolloutLimit(0, 5, '100%')).toBe(1);
    expect(rolloutLimit(10, 'x', '100%')).toBeNaN();
    expect(intOrPercentError('25%')).toBeUndefined();
    expect(intOrPercentError('1/4')).toMatch(/percentage/);
  });

  it('names an automatic partition once in the reason it blocks ("Partition 6 - 9", not "Partition Partition 6 - 9")', () => {
    const m = rolloutModel({
      metadata: { name: 'b' },
      spec: { rolloutStrategy: { maxUnavailable: 1 } },
      status: { partitions: [{ name: 'Partition 0 - 3', count: 3, maxUnavailable: 1, unavailable: 2 }] },
    });
    expect(m.blockedReason).toMatch(/^Partition 0 - 3 has 2 of 3 clusters unavailable/);
  });
});
