import { describe, expect, it } from 'vitest';
import { ScheduleSchema } from '../kinds/schedule';
import { ClusterSchema } from '../kinds/cluster';
import { toBundleDeploymentRow } from './bundledeployment-row';
import { toClusterRow } from './cluster-row';
import { toScheduleDetail, toScheduleRow } from './schedule-row';

const schedule = (status?: unknown) =>
  ScheduleSchema.parse({
    metadata: { name: 'evenings', namespace: 'ws' },
    spec: { schedule: '0 0 22 ? * MON-FRI', duration: '2h', location: 'Europe/Berlin', targets: { clusters: [{ clusterName: 'c1' }] } },
    ...(status !== undefined && { status }),
  });
const now = new Date('2026-12-01T12:00:00Z'); // a Tuesday

describe('Schedule rows', () => {
  it('without status: not processed, with the next window computed in its zone', () => {
    const r = toScheduleRow(schedule(), now);
    expect(r).toMatchObject({ health: 'not-reconciled', active: false, matchingClusters: [], targets: 'Cluster c1' });
    expect(r.message).toMatch(/EXPERIMENTAL_SCHEDULES=true/);
    // 22:00 in Berlin (UTC+1 in December) is 21:00 UTC, open 2 h.
    expect(r.nextWindow).toEqual({ start: '2026-12-01T21:00:00.000Z', end: '2026-12-01T23:00:00.000Z' });
    expect(r.description).toMatch(/10:00 PM|22:00/);
  });

  it("with Fleet's status: active, next start, matching clusters; Ready=False is shown as refused", () => {
    const ok = toScheduleRow(schedule({ active: true, nextStartTime: '2026-12-02T21:00:00Z', matchingClusters: ['c1'], conditions: [{ type: 'Ready', status: 'True' }] }), now);
    expect(ok).toMatchObject({ health: 'ok', active: true, nextStart: '2026-12-02T21:00:00Z', matchingClusters: ['c1'] });
    const bad = toScheduleRow(schedule({ conditions: [{ type: 'Ready', status: 'False', message: 'duration is too long and overlaps with the next execution time' }] }), now);
    expect(bad).toMatchObject({ health: 'error', message: 'duration is too long and overlaps with the next execution time' });
    const d = toScheduleDetail(schedule(), now);
    expect(d.upcoming).toHaveLength(5);
    expect(d.form).toMatchObject({ schedule: '0 0 22 ? * MON-FRI', location: 'Europe/Berlin', targets: { mode: 'advanced' } });
  });

  it('cluster and BundleDeployment rows say when a deployment waits for its window', () => {
    const cluster = (status: object) => ClusterSchema.parse({ metadata: { name: 'c1', namespace: 'ws' }, spec: {}, status });
    expect(toClusterRow(cluster({ scheduled: true, activeSchedule: false }), now.getTime()).window).toBe('waiting');
    expect(toClusterRow(cluster({ scheduled: true, activeSchedule: true }), now.getTime()).window).toBe('in-window');
    expect(toClusterRow(cluster({}), now.getTime()).window).toBe('unscheduled');
    const bd = (offSchedule?: boolean) => toBundleDeploymentRow({ metadata: { name: 'b' }, spec: { deploymentID: 'x', ...(offSchedule !== undefined && { offSchedule }) } as never });
    expect(bd(true).offSchedule).toBe(true);
    expect(bd(false).offSchedule).toBeUndefined();
  });
});
