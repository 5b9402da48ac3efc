import { describe, expect, it } from 'vitest';
import { BundleSchema } from './kinds/bundle';
import { ClusterSchema } from './kinds/cluster';
import {
  agentContact,
  agentStaleAfterMs,
  agentIsStale,
  compareOffenders,
  countByState,
  formatReadyFraction,
  isFractionReady,
  parseReadyFraction,
  worstOffenders,
  type OffenderKey,
} from './rollup';
import { summaryState } from './state';
import { bundleErrAndNotReady, bundleWaitApplied, clusterWaitCheckIn, gitRepoNotReady } from './testdata/examples';

describe('ready fractions', () => {
  it('parses Fleet display strings', () => {
    expect(parseReadyFraction(bundleWaitApplied.display.readyClusters)).toEqual({ ready: 176, total: 177 });
    expect(parseReadyFraction('2/3 (c-m-abc12)')).toEqual({ ready: 2, total: 3, nonReady: ['c-m-abc12'] });
    expect(parseReadyFraction('1/4 (a,b, c)')?.nonReady).toEqual(['a', 'b', 'c']);
    expect(parseReadyFraction('0/0')).toEqual({ ready: 0, total: 0 });
    for (const bad of ['', undefined, null, 'x/3', '3', '1/2/3', '-1/2']) expect(parseReadyFraction(bad)).toBeUndefined();
  });

  it('formats and judges readiness', () => {
    expect(formatReadyFraction({ ready: 1, total: 3 })).toBe('1/3');
    expect(isFractionReady(parseReadyFraction('3/3'))).toBe(true);
    expect(isFractionReady(parseReadyFraction('176/177'))).toBe(false);
  });
});

describe('counts and worst offenders', () => {
  const bundles = [bundleErrAndNotReady, bundleWaitApplied, gitRepoNotReady, { summary: { ready: 2, desiredReady: 2 } }].map((b, i) =>
    BundleSchema.parse({ metadata: { name: `b${i}`, namespace: 'fleet-default' }, spec: {}, status: { summary: b.summary } }),
  );

  it('counts per state with every state present', () => {
    expect(countByState(bundles, (b) => summaryState(b.status?.summary))).toEqual({
      Ready: 1,
      NotProcessed: 0,
      GitUpdating: 0,
      NotReady: 1,
      Pending: 0,
      OutOfSync: 0,
      Modified: 0,
      WaitApplied: 1,
      ErrApplied: 1,
      Error: 0,
    });
    expect(countByState([1, 2], () => undefined).Ready).toBe(0);
  });

  it('orders worst first by state, then failing count, then name', () => {
    const key = (b: (typeof bundles)[number]): OffenderKey => {
      const s = b.status?.summary;
      return { state: summaryState(s), failing: (s?.desiredReady ?? 0) - (s?.ready ?? 0), name: b.metadata.name };
    };
    expect(worstOffenders(bundles, key).map((b) => b.metadata.name)).toEqual(['b0', 'b1', 'b2']);
    expect(worstOffenders(bundles, key, 1).map((b) => b.metadata.name)).toEqual(['b0']);
    const keys: OffenderKey[] = [
      { state: 'NotReady', failing: 1, name: 'b' },
      { state: 'NotReady', failing: 5, name: 'z' },
      { state: 'NotReady', failing: 1, name: 'a' },
      { state: 'Modified', failing: 1, name: 'm' },
    ];
    expect([...keys].sort(compareOffenders).map((k) => k.name)).toEqual(['m', 'z', 'a', 'b']);
  });
});

describe('agent staleness', () => {
  const now = Date.parse('2026-03-02T10:30:00Z');
  const seenAt = (lastSeen: string | null) =>
    ClusterSchema.parse({ ...clusterWaitCheckIn, status: { ...clusterWaitCheckIn.status, agent: { lastSeen, namespace: 'cattle-fleet-system' } } });

  it('uses status.agent.lastSeen against a 30 minute default (two check-in intervals)', () => {
    expect(agentIsStale(seenAt('2026-03-02T10:10:00Z'), now)).toBe(false);
    expect(agentIsStale(seenAt('2026-03-02T10:00:00Z'), now)).toBe(false); // exactly at the threshold
    expect(agentIsStale(seenAt('2026-03-02T09:59:59Z'), new Date(now))).toBe(true);
    expect(agentIsStale(seenAt('2026-03-02T09:45:00Z'), now, 60 * 60 * 1000)).toBe(false);
  });

  it('treats a never-seen agent (lastSeen: null, WaitCheckIn) as stale', () => {
    expect(agentContact(ClusterSchema.parse(clusterWaitCheckIn), now)).toBe('never');
    expect(agentIsStale(ClusterSchema.parse(clusterWaitCheckIn), now)).toBe(true);
    expect(agentContact({}, now)).toBe('never');
    expect(agentContact(seenAt('garbage'), now)).toBe('never');
    expect(agentContact(seenAt('2026-03-02T10:29:00Z'), now)).toBe('recent');
  });

  it('derives the threshold from the manager\'s agentCheckinInterval: two intervals, at least a minute', () => {
    expect(agentStaleAfterMs('15m')).toBe(30 * 60 * 1000);
    expect(agentStaleAfterMs('1h30m')).toBe(3 * 60 * 60 * 1000);
    expect(agentStaleAfterMs('15s')).toBe(60 * 1000);
    expect(agentStaleAfterMs('45s')).toBe(90 * 1000);
    expect(agentStaleAfterMs(undefined)).toBe(30 * 60 * 1000);
    expect(agentStaleAfterMs('fifteen')).toBe(30 * 60 * 1000);
    expect(agentStaleAfterMs('0s')).toBe(30 * 60 * 1000);
  });
});
