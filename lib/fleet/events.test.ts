import { describe, expect, it } from 'vitest';
import { eventRows, involvedSelector, isEventKind, toEventRow } from './events';

describe('events', () => {
  it('reads events.k8s.io events served through core/v1 (eventTime, series) and classic ones (lastTimestamp, count)', () => {
    const modern = toEventRow({ type: 'Warning', reason: 'FailedToCheckCommit', message: 'boom', eventTime: '2026-11-30T10:00:00.000000Z', series: { count: 4, lastObservedTime: '2026-11-30T10:05:00Z' }, reportingComponent: 'fleet-gitops' });
    expect(modern).toMatchObject({ type: 'Warning', warning: true, count: 4, last: '2026-11-30T10:05:00Z', first: '2026-11-30T10:00:00.000000Z', source: 'fleet-gitops' });
    const classic = toEventRow({ reason: 'JobDeleted', message: 'ok', count: 2, firstTimestamp: '2026-11-30T09:00:00Z', lastTimestamp: '2026-11-30T09:30:00Z', source: { component: 'fleet-gitops' } });
    expect(classic).toMatchObject({ type: 'Normal', warning: false, count: 2, last: '2026-11-30T09:30:00Z', first: '2026-11-30T09:00:00Z' });
    expect(toEventRow({}).count).toBe(1);
  });

  it('sorts newest first, timeless events last', () => {
    const rows = eventRows([
      { reason: 'old', lastTimestamp: '2026-11-30T09:00:00Z' },
      { reason: 'none' },
      { reason: 'new', eventTime: '2026-11-30T11:00:00Z' },
    ]);
    expect(rows.map((r) => r.reason)).toEqual(['new', 'old', 'none']);
  });

  it('allowlists kinds and builds the involved-object selector', () => {
    expect(isEventKind('GitRepo')).toBe(true);
    expect(isEventKind('Secret')).toBe(false);
    expect(involvedSelector('Bundle', 'b1')).toBe('involvedObject.apiVersion=fleet.cattle.io/v1alpha1,involvedObject.kind=Bundle,involvedObject.name=b1');
  });
});
