import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../forms/gitrepo-form';
import { emptyScheduleForm, formToSchedule, ScheduleFormSchema, scheduleToForm, type ScheduleForm } from '../forms/schedule-form';
import { ScheduleSchema } from '../kinds/schedule';
import { cronError, describeCron, durationOverlapError, nextWindows, normaliseCron, timeZoneError, windowAt } from './cron';
import { clusterWindowState, scheduleView, schedulesOfCluster, waitingText, waitsForWindow } from './status';

const NOW = new Date('2026-11-30T12:00:00Z'); // a Monday
const H = 3_600_000;

describe('Quartz cron as Fleet parses it', () => {
  it('accepts go-quartz syntax and refuses what it refuses, with a hint', () => {
    for (const ok of ['0 0 22 ? * MON-FRI', '0 15 10 ? * 6L', '0 15 10 ? * 6#3', '0 0/5 14 * * ?', '0 0 12 * * ? 2027', '@daily', ' 0  0 1 * * ? ']) {
      expect(cronError(ok), ok).toBeUndefined();
    }
    // Standard cron's weekday numbers (1 = Monday) are not Quartz's (1 = Sunday): the suggestion uses names.
    expect(cronError('0 22 * * 1-5')).toBe(`Fleet's schedules start with a seconds field: try "0 0 22 ? * MON-FRI" (seconds minutes hours day-of-month month day-of-week [year], e.g. "0 0 22 ? * MON-FRI")`);
    expect(cronError('30 2 * * 0,6')).toMatch(/try "0 30 2 \? \* SUN,SAT"/);
    expect(cronError('0 9 * * 5-7')).toMatch(/try "0 0 9 \? \* FRI,SAT,SUN"/);
    expect(cronError('0 9 1 * *')).toMatch(/try "0 0 9 1 \* \*"/);
    expect(cronError('0 9 * * */2')).toMatch(/try "0 0 9 \? \* \*\/2"/);
    expect(cronError('0 0 0 1 * MON')).toMatch(/either the day of month or the day of week/);
    expect(cronError('@midnight')).toMatch(/Unknown shorthand/);
    expect(cronError('61 0 0 * * ?')).toMatch(/^Not a valid cron expression/);
    expect(cronError('')).toBe('Enter a cron expression');
    expect(cronError('0 15 10 L-2 * ?')).toMatch(/not supported by this form; Fleet accepts them/);
    expect(cronError('0 0 12 15W * ?')).toBeUndefined();
    expect(normaliseCron('@weekly')).toBe('0 0 0 * * 1');
  });

  it('numbers weekdays the Quartz way (1 = Sunday) in windows and words', () => {
    expect(describeCron('0 0 12 ? * 2')).toBe('At 12:00, only on Monday');
    expect(describeCron('0 0 22 ? * MON-FRI')).toBe('At 22:00, Monday through Friday');
    const [w] = nextWindows('@weekly', H, { from: NOW, timeZone: 'UTC' });
    expect(w!.start.toISOString()).toBe('2026-12-06T00:00:00.000Z'); // Sunday
    expect(describeCron('nope')).toBeUndefined();
  });

  it('computes windows in the Schedule time zone', () => {
    const ws = nextWindows('0 0 22 ? * MON-FRI', 2 * H, { from: NOW, timeZone: 'Europe/Berlin', count: 3 });
    expect(ws.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([
      ['2026-11-30T21:00:00.000Z', '2026-11-30T23:00:00.000Z'],
      ['2026-12-01T21:00:00.000Z', '2026-12-01T23:00:00.000Z'],
      ['2026-12-02T21:00:00.000Z', '2026-12-02T23:00:00.000Z'],
    ]);
    expect(windowAt('0 0 22 ? * MON-FRI', 2 * H, new Date('2026-11-30T22:30:00Z'), 'Europe/Berlin')?.start.toISOString()).toBe('2026-11-30T21:00:00.000Z');
    expect(windowAt('0 0 22 ? * MON-FRI', 2 * H, new Date('2026-11-30T23:30:00Z'), 'Europe/Berlin')).toBeUndefined();
  });

  it("refuses a window as long as the gap between starts (Fleet's checkScheduleAndDuration)", () => {
    expect(durationOverlapError('0 0 * * * ?', H, { from: NOW })).toMatch(/3600 s/);
    expect(durationOverlapError('0 0 * * * ?', H - 1000, { from: NOW })).toBeUndefined();
    expect(durationOverlapError('0 0 0 30 2 ?', H, { from: NOW })).toBe('This expression never fires again');
  });

  it('validates time zones against Intl, in the names Go also knows', () => {
    expect(timeZoneError('Europe/Berlin')).toBeUndefined();
    expect(timeZoneError('Local')).toBeUndefined();
    expect(timeZoneError('+01:00')).toMatch(/IANA/);
    expect(timeZoneError('Mars/Olympus')).toMatch(/Unknown time zone/);
  });
});

describe('Schedule form', () => {
  const valid = (o: Partial<ScheduleForm> = {}): ScheduleForm => ({
    ...emptyScheduleForm(),
    name: 'nightly',
    schedule: '0 0 22 ? * MON-FRI',
    duration: '2h',
    location: 'Europe/Berlin',
    targets: { mode: 'advanced', entries: [{ name: '', clusterName: '', clusterGroup: 'prod', clusterSelector: '', clusterGroupSelector: '' }] },
    ...o,
  });
  const errs = (f: ScheduleForm) => {
    const r = ScheduleFormSchema.safeParse(f);
    return r.success ? {} : fieldErrors(r.error);
  };

  it('checks every field and the overlap', () => {
    expect(errs(valid())).toEqual({});
    expect(errs(valid({ schedule: '0 22 * * *', duration: '1d', location: 'Nowhere/X', targets: { mode: 'default', entries: [] } }))).toEqual({
      schedule: expect.stringMatching(/seconds field/),
      duration: expect.stringMatching(/Go duration/),
      location: expect.stringMatching(/Unknown time zone/),
      'targets.mode': expect.stringMatching(/no default target/),
    });
    expect(errs(valid({ schedule: '0 0 * * * ?', duration: '1h' })).duration).toMatch(/shorter than the time between two starts/);
    expect(errs(valid({ duration: '0' })).duration).toMatch(/longer than 0/);
  });

  it('converts to the spec and back', () => {
    const obj = formToSchedule(valid(), { namespace: 'fleet-default' });
    expect(obj).toEqual({
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'Schedule',
      metadata: { name: 'nightly', namespace: 'fleet-default' },
      spec: { schedule: '0 0 22 ? * MON-FRI', duration: '2h', location: 'Europe/Berlin', targets: { clusters: [{ clusterGroup: 'prod' }] } },
    });
    expect(scheduleToForm(obj)).toEqual(valid());
    expect(formToSchedule(valid({ targets: { mode: 'all', entries: [] } }), { namespace: 'n' }).spec.targets).toEqual({ clusters: [{ name: 'all', clusterSelector: {} }] });
    expect(scheduleToForm({ metadata: { name: 'x' }, spec: {} }).targets.mode).toBe('none');
  });
});

describe('Schedule status', () => {
  const sched = (status?: unknown) =>
    ScheduleSchema.parse({ metadata: { name: 's', namespace: 'ws' }, spec: { schedule: '0 0 22 ? * MON-FRI', duration: '2h', location: 'UTC' }, status });

  it('reads what Fleet reports, and says when Fleet never reconciled it', () => {
    const v = scheduleView(sched({ active: false, nextStartTime: '2026-11-30T22:00:00Z', matchingClusters: ['a', 'b'], conditions: [{ type: 'Ready', status: 'True' }] }), NOW, 2);
    expect(v).toMatchObject({ health: 'ok', active: false, nextStart: '2026-11-30T22:00:00Z', matchingClusters: ['a', 'b'], description: 'At 22:00, Monday through Friday' });
    expect(v.upcoming.map((w) => w.start.toISOString())).toEqual(['2026-11-30T22:00:00.000Z', '2026-12-01T22:00:00.000Z']);
    expect(scheduleView(sched(), NOW)).toMatchObject({ health: 'not-reconciled', message: expect.stringMatching(/EXPERIMENTAL_SCHEDULES=true/) });
    expect(scheduleView(sched({ conditions: [{ type: 'Ready', status: 'False', message: 'duration is too long and overlaps with the next execution time' }] }), NOW)).toMatchObject({
      health: 'error',
      message: 'duration is too long and overlaps with the next execution time',
    });
  });

  it('tells where a deployment waits for its window', () => {
    expect(clusterWindowState({ status: {} })).toBe('unscheduled');
    expect(clusterWindowState({ status: { scheduled: true, activeSchedule: true } })).toBe('in-window');
    expect(clusterWindowState({ status: { scheduled: true } })).toBe('waiting');
    expect(waitsForWindow({ spec: { offSchedule: true } })).toBe(true);
    expect(waitsForWindow({ spec: {} })).toBe(false);
    const all = [sched({ matchingClusters: ['a'], nextStartTime: '2026-12-01T22:00:00Z' }), sched({ matchingClusters: ['b'] })];
    const mine = schedulesOfCluster({ metadata: { name: 'a', namespace: 'ws' } }, all);
    expect(mine).toHaveLength(1);
    expect(waitingText(mine)).toBe('Waiting for its deployment window (next opens 2026-12-01T22:00:00Z)');
    expect(schedulesOfCluster({ metadata: { name: 'a', namespace: 'other' } }, all)).toEqual([]);
  });
});
