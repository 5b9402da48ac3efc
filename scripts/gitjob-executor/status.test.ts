import { describe, expect, it } from 'vitest';
import { capMessage, exitCodeOf, initialRun, orphanedRun, phaseOf, podStatus, tailLog, terminated, terminationMessage } from './status';
import type { Pod } from './types';
import podFixture from './testdata/gitjob-pod.json';

const pod = () => structuredClone(podFixture) as unknown as Pod;
const T0 = '2026-11-30T16:02:12Z';
const T1 = '2026-11-30T16:02:20Z';

describe('termination messages', () => {
  it('keeps the last 80 lines, then the last 2048 bytes, of the output', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const t = tailLog(Buffer.from(lines)).toString();
    expect(t.startsWith('line 20\n')).toBe(true);
    expect(t.endsWith('line 99\n')).toBe(true);
    const long = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(300)).join('\n');
    const b = tailLog(Buffer.from(long));
    expect(b.length).toBe(2048);
    expect(b.toString().endsWith('9'.repeat(300))).toBe(true);
    expect(tailLog(Buffer.from('a\nb')).toString()).toBe('a\nb');
    expect(tailLog(Buffer.from('a\nb\nc\n'), 2).toString()).toBe('b\nc\n');
  });

  it('prefers the termination message file (last 4 KiB), falls back to logs only on error under FallbackToLogsOnError', () => {
    const log = Buffer.from('{"level":"fatal","fleetErrorMessage":"bad manifest","msg":"x"}\n');
    expect(terminationMessage({ file: Buffer.from('written'), log, exitCode: 1, policy: 'FallbackToLogsOnError' })).toBe('written');
    expect(terminationMessage({ file: Buffer.alloc(0), log, exitCode: 1, policy: 'FallbackToLogsOnError' })).toBe(log.toString());
    expect(terminationMessage({ file: undefined, log, exitCode: 0, policy: 'FallbackToLogsOnError' })).toBe('');
    expect(terminationMessage({ file: undefined, log, exitCode: 1, policy: 'File' })).toBe('');
    expect(terminationMessage({ file: Buffer.from('x'.repeat(5000) + 'END'), log, exitCode: 0, policy: 'File' })).toHaveLength(4096);
  });

  it('caps each message at 12 KiB shared by the containers, and codes signals as 128+n', () => {
    expect(capMessage('x'.repeat(9000), 2)).toHaveLength(6144);
    expect(capMessage('short', 2)).toBe('short');
    expect(exitCodeOf(3, null, { SIGTERM: 15 })).toBe(3);
    expect(exitCodeOf(null, 'SIGTERM', { SIGTERM: 15 })).toBe(143);
  });
});

describe('pod status', () => {
  it('is Pending with PodInitializing containers before anything runs', () => {
    const p = pod();
    const s = podStatus(p, initialRun(p, T0), '127.0.0.1', T0);
    expect(s.phase).toBe('Pending');
    expect(s.initContainerStatuses![0]!.state).toEqual({ waiting: { reason: 'PodInitializing' } });
    expect(s.containerStatuses![0]!.state).toEqual({ waiting: { reason: 'PodInitializing' } });
    expect(s.conditions!.find((c) => c.type === 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [gitcloner-initializer]' });
    expect(s.conditions!.find((c) => c.type === 'PodScheduled')!.status).toBe('True');
  });

  it('is Running and Ready while apply runs, Succeeded with Completed containers after', () => {
    const p = pod();
    const run = initialRun(p, T0);
    run.sandbox = true;
    run.init[0] = terminated(0, '', T0, T0);
    run.main[0] = { state: 'running', startedAt: T0 };
    const s = podStatus(p, run, '127.0.0.1', T0);
    expect(s.phase).toBe('Running');
    expect(s.containerStatuses![0]).toMatchObject({ name: 'fleet', ready: true, started: true, state: { running: { startedAt: T0 } } });
    expect(s.conditions!.find((c) => c.type === 'Ready')!.status).toBe('True');
    run.main[0] = terminated(0, '', T0, T1);
    p.status = s;
    const done = podStatus(p, run, '127.0.0.1', T1);
    expect(done.phase).toBe('Succeeded');
    expect(done.containerStatuses![0]!.state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed', startedAt: T0, finishedAt: T1 });
    expect(done.conditions!.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted', lastTransitionTime: T1 });
    expect(done.conditions!.find((c) => c.type === 'PodScheduled')!.lastTransitionTime).toBe(T0);
  });

  it('fails on a failed init container without running apply, with the message gitjob reads', () => {
    const p = pod();
    const run = initialRun(p, T0);
    run.init[0] = terminated(128, '{"level":"fatal","fleetErrorMessage":"authentication required"}\n', T0, T1);
    const s = podStatus(p, run, '127.0.0.1', T1);
    expect(phaseOf(run)).toBe('Failed');
    expect(s.initContainerStatuses![0]!.state.terminated).toMatchObject({ exitCode: 128, reason: 'Error', message: '{"level":"fatal","fleetErrorMessage":"authentication required"}\n' });
    expect(s.containerStatuses![0]!.state.waiting?.reason).toBe('PodInitializing');
    expect(s.conditions!.find((c) => c.type === 'Ready')!.reason).toBe('PodFailed');
  });

  it('fails a pod an earlier process left running: the running container ends ContainerStatusUnknown (137)', () => {
    const p = pod();
    const first = initialRun(p, T0);
    first.init[0] = terminated(0, '', T0, T0);
    first.main[0] = { state: 'running', startedAt: T0 };
    p.status = podStatus(p, first, '127.0.0.1', T0);
    const run = orphanedRun(p, T1);
    expect(phaseOf(run)).toBe('Failed');
    expect(run.init[0]).toMatchObject({ state: 'terminated', exitCode: 0 });
    expect(run.main[0]).toMatchObject({ state: 'terminated', exitCode: 137, reason: 'ContainerStatusUnknown', startedAt: T0 });
    const bound = pod();
    bound.status = podStatus(bound, initialRun(bound, T0), '127.0.0.1', T0);
    bound.status.phase = 'Running';
    const r2 = orphanedRun(bound, T1);
    expect(phaseOf(r2)).toBe('Failed');
    expect(r2.init[0]).toMatchObject({ exitCode: 137 });
    expect(r2.main[0]).toMatchObject({ state: 'waiting' });
  });
});
