import { describe, expect, it } from 'vitest';
import { decide, isGitjobJob, jobRefOf } from './select';
import type { Job, Pod } from './types';
import jobFixture from './testdata/gitjob-job.json';
import podFixture from './testdata/gitjob-pod.json';

const job = () => structuredClone(jobFixture) as unknown as Job;
const pod = () => structuredClone(podFixture) as unknown as Pod;
const NODE = { name: 'gitjob-executor', labels: { 'kubernetes.io/os': 'linux', 'kubernetes.io/hostname': 'gitjob-executor' } };

describe('selecting gitjob pods', () => {
  it("recognises gitjob's Job and its pod from the recorded fixtures", () => {
    expect(isGitjobJob(job())).toBe(true);
    expect(jobRefOf(pod())?.name).toBe('simple-1f691');
    expect(decide(pod(), job(), NODE, false)).toBe('run');
  });

  it('ignores Jobs not controlled by a fleet.cattle.io GitRepo or without gitjob labels', () => {
    const other = job();
    other.metadata.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'x', uid: 'u', controller: true }];
    expect(isGitjobJob(other)).toBe(false);
    expect(decide(pod(), other, NODE, false)).toBe('ignore');
    const foreignGitRepo = job();
    foreignGitRepo.metadata.ownerReferences![0]!.apiVersion = 'example.com/v1';
    expect(isGitjobJob(foreignGitRepo)).toBe(false);
    const unlabelled = job();
    delete unlabelled.metadata.labels!['fleet.cattle.io/gitrepo-generation'];
    expect(isGitjobJob(unlabelled)).toBe(false);
    const notController = job();
    notController.metadata.ownerReferences![0]!.controller = false;
    expect(isGitjobJob(notController)).toBe(false);
  });

  it('ignores pods without a controlling Job, of a Job with another uid, or with no Job', () => {
    const p = pod();
    expect(decide(p, undefined, NODE, false)).toBe('ignore');
    const j = job();
    j.metadata.uid = 'recreated';
    expect(decide(p, j, NODE, false)).toBe('ignore');
    p.metadata.ownerReferences = [];
    expect(decide(p, job(), NODE, false)).toBe('ignore');
  });

  it('ignores finished pods and pods bound to another node', () => {
    const done = pod();
    done.status = { phase: 'Succeeded' };
    expect(decide(done, job(), NODE, false)).toBe('ignore');
    const elsewhere = pod();
    elsewhere.spec.nodeName = 'worker-1';
    expect(decide(elsewhere, job(), NODE, false)).toBe('ignore');
  });

  it('re-runs a pod bound here that never started, fails one an earlier process started', () => {
    const bound = pod();
    bound.spec.nodeName = NODE.name;
    expect(decide(bound, job(), NODE, false)).toBe('run');
    bound.status = { phase: 'Pending', initContainerStatuses: [{ name: 'gitcloner-initializer', state: { running: { startedAt: 't' } }, lastState: {}, ready: false, restartCount: 0, image: '', imageID: '', started: true }] };
    expect(decide(bound, job(), NODE, false)).toBe('fail-orphaned');
    expect(decide(bound, job(), NODE, true)).toBe('ignore');
  });

  it('aborts a running pod being deleted; confirms the deletion of a bound idle one; leaves unbound ones to the API server', () => {
    const p = pod();
    p.metadata.deletionTimestamp = '2026-11-30T16:03:00Z';
    expect(decide(p, job(), NODE, false)).toBe('ignore');
    p.spec.nodeName = NODE.name;
    expect(decide(p, job(), NODE, true)).toBe('abort');
    expect(decide(p, job(), NODE, false)).toBe('delete');
  });

  it("leaves unbound pods whose nodeSelector the node's labels do not satisfy to other nodes", () => {
    const p = pod();
    expect(p.spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    expect(decide(p, job(), NODE, false)).toBe('run');
    p.spec.nodeSelector = { 'kubernetes.io/os': 'linux', 'node-role.kubernetes.io/fleet': 'true' };
    expect(decide(p, job(), NODE, false)).toBe('ignore');
    expect(decide(p, job(), { ...NODE, labels: { ...NODE.labels, 'node-role.kubernetes.io/fleet': 'true' } }, false)).toBe('run');
  });
});

