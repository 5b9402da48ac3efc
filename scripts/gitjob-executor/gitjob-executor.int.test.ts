// Against the real API server (KUBECONFIG, default .cache/kubeconfig) with kube-controller-manager's job controller:
// Jobs shaped like gitjob's, whose `fleet` is testdata/fake-fleet.sh, run through the executor and end Complete or
// Failed, with the terminated messages the kubelet would report. Skipped with a reason when the API server is down.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, request, type KubeTarget } from '../seed/client';
import type { Job, Pod } from './types';

const root = path.resolve(__dirname, '../..');
const kubeconfig = process.env.KUBECONFIG?.split(path.delimiter)[0] || path.join(root, '.cache/kubeconfig');
const suffix = Date.now().toString(36);
const ns = `gitjob-exec-${suffix}`;
const node = `gitjob-executor-int-${suffix}`;
// Only this test's executor satisfies its Jobs' nodeSelector, so another executor on the same API server leaves them alone.
const nodeLabel = ['fleet-dashboard.test/gitjob-executor', suffix] as const;

async function reachable(): Promise<string | undefined> {
  if (!fs.existsSync(kubeconfig)) return `no kubeconfig at ${kubeconfig}`;
  try {
    const k = connect(kubeconfig, 'admin', 2);
    await Promise.race([request(k, 'GET', '/api/v1/namespaces?limit=1'), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 3000))]);
    return undefined;
  } catch (e) {
    return `API server of ${kubeconfig} unreachable: ${(e as Error).message}`;
  }
}
const skipReason = await reachable();
if (skipReason) console.warn(`[gitjob-executor.int.test] SKIPPED: ${skipReason}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, fn: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

describe.skipIf(!!skipReason)('gitjob-executor against the real API server and job controller', () => {
  let k: KubeTarget;
  let exec: ChildProcess;
  let out = '';
  let gitrepoUid = '';
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gitjob-exec-'));

  const startExecutor = () => {
    const p = spawn('bash', ['scripts/node.sh', 'scripts/gitjob-executor/main.ts', '--kubeconfig', kubeconfig, '--context', 'admin', '--fleet-bin', path.join(__dirname, 'testdata/fake-fleet.sh'), '--work-dir', workDir, '--node-name', node, '--node-labels', nodeLabel.join('='), '--retry-seconds', '1'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    p.stdout!.on('data', (d: Buffer) => (out += d));
    p.stderr!.on('data', (d: Buffer) => (out += d));
    return p;
  };

  /** A Job as gitjob's newGitJob builds it, controlled by GitRepo `demo`, its pods' `fleet` failing where asked. */
  const gitjobJob = (name: string, fail: string) => {
    const env = [{ name: 'FAKE_FLEET_FAIL', value: fail }];
    return {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name,
        namespace: ns,
        labels: { 'fleet.cattle.io/force-sync-generation': '0', 'fleet.cattle.io/gitrepo-generation': '1' },
        annotations: { commit: 'c0ffee', generation: '1' },
        ownerReferences: [{ apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', name: 'demo', uid: gitrepoUid, controller: true, blockOwnerDeletion: true }],
      },
      spec: {
        backoffLimit: 0,
        template: {
          spec: {
            restartPolicy: 'Never',
            nodeSelector: { 'kubernetes.io/os': 'linux', [nodeLabel[0]]: nodeLabel[1] },
            serviceAccountName: 'git-demo',
            securityContext: { runAsUser: 1000 },
            volumes: [
              { name: 'config', configMap: { name: 'demo-config' } },
              { name: 'fleet-tmp-empty-dir', emptyDir: {} },
              { name: 'fleet-home-empty-dir', emptyDir: {} },
              { name: 'git-cloner', emptyDir: {} },
              { name: 'git-cloner-empty-dir', emptyDir: {} },
              { name: 'git-credential', secret: { secretName: 'git-auth', defaultMode: 0o400 } },
            ],
            initContainers: [
              {
                name: 'gitcloner-initializer',
                image: 'rancher/fleet:v0.16.0',
                command: ['fleet'],
                args: ['gitcloner', 'git://127.0.0.1:1/demo', '/workspace', '--branch', 'master', '--username', 'ci', '--password-file', '/gitjob/credentials/password'],
                env: [{ name: 'FLEET_JSON_OUTPUT', value: 'true' }, ...env],
                terminationMessagePolicy: 'FallbackToLogsOnError',
                volumeMounts: [{ name: 'git-cloner', mountPath: '/workspace' }, { name: 'git-cloner-empty-dir', mountPath: '/tmp' }, { name: 'git-credential', mountPath: '/gitjob/credentials' }],
              },
            ],
            containers: [
              {
                name: 'fleet',
                image: 'rancher/fleet:v0.16.0',
                command: ['fleet'],
                args: ['apply', '--targets-file=/run/config/targets.yaml', '--label=fleet.cattle.io/repo-name=demo', '--namespace', ns, '--', 'demo', '.'],
                workingDir: '/workspace/source',
                env: [{ name: 'HOME', value: '/fleet-home' }, { name: 'FLEET_JSON_OUTPUT', value: 'true' }, { name: 'JOB_NAME', value: name }, { name: 'MSG_FILE', value: '/dev/termination-log' }, ...env],
                terminationMessagePolicy: 'FallbackToLogsOnError',
                volumeMounts: [
                  { name: 'config', mountPath: '/run/config' },
                  { name: 'fleet-tmp-empty-dir', mountPath: '/tmp' },
                  { name: 'fleet-home-empty-dir', mountPath: '/fleet-home' },
                  { name: 'git-cloner', mountPath: '/workspace/source' },
                ],
              },
            ],
          },
        },
      },
    };
  };

  const jobCondition = async (name: string) => {
    const j = await request<Job>(k, 'GET', `/apis/batch/v1/namespaces/${ns}/jobs/${name}`);
    return j.status?.conditions?.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
  };
  const podOf = async (job: string) => (await request<{ items: Pod[] }>(k, 'GET', `/api/v1/namespaces/${ns}/pods?labelSelector=job-name%3D${job}`)).items[0];
  const runJob = async (name: string, fail: string) => {
    await request(k, 'POST', `/apis/batch/v1/namespaces/${ns}/jobs`, gitjobJob(name, fail));
    const cond = await until(`Job ${name} to finish`, () => jobCondition(name));
    return { cond, pod: (await podOf(name))! };
  };

  beforeAll(async () => {
    k = connect(kubeconfig, 'admin', 4);
    await request(k, 'POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    const gr = await request<{ metadata: { uid: string } }>(k, 'POST', `/apis/fleet.cattle.io/v1alpha1/namespaces/${ns}/gitrepos`, {
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'GitRepo',
      metadata: { name: 'demo', namespace: ns },
      spec: { repo: 'git://127.0.0.1:1/demo' },
    });
    gitrepoUid = gr.metadata.uid;
    await request(k, 'POST', `/api/v1/namespaces/${ns}/serviceaccounts`, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'git-demo' } });
    await request(k, 'POST', `/api/v1/namespaces/${ns}/configmaps`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'demo-config' }, binaryData: { 'targets.yaml': Buffer.from('{"targets":[{"clusterGroup":"default"}]}').toString('base64') } });
    await request(k, 'POST', `/api/v1/namespaces/${ns}/secrets`, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'git-auth' }, type: 'kubernetes.io/basic-auth', stringData: { username: 'ci', password: 's3cret' } });
    exec = startExecutor();
    await until('the executor to register its node', async () => (await request<{ items: { metadata: { name: string } }[] }>(k, 'GET', '/api/v1/nodes')).items.some((n) => n.metadata.name === node), 30_000);
  }, 60_000);

  afterAll(async () => {
    if (exec?.pid && exec.exitCode === null) process.kill(-exec.pid, 'SIGKILL');
    await request(k, 'DELETE', `/api/v1/namespaces/${ns}`).catch(() => undefined);
    await request(k, 'DELETE', `/api/v1/nodes/${node}`).catch(() => undefined);
    await request(k, 'DELETE', `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${node}`).catch(() => undefined);
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('registers a Ready node with a lease in kube-node-lease', async () => {
    const n = await request<{ status: { conditions: { type: string; status: string }[] } }>(k, 'GET', `/api/v1/nodes/${node}`);
    expect(n.status.conditions.find((c) => c.type === 'Ready')?.status).toBe('True');
    const lease = await until('the node lease', () => request<{ spec: { holderIdentity: string } }>(k, 'GET', `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${node}`).catch(() => undefined));
    expect(lease.spec.holderIdentity).toBe(node);
  });

  it("completes a Job: the pod ran as the ServiceAccount, saw the clone at /workspace/source, and reports the container's termination message", async () => {
    const { cond, pod } = await runJob('demo-ok', '');
    expect(cond.type, out).toBe('Complete');
    expect(pod.spec.nodeName).toBe(node);
    expect(pod.status?.phase).toBe('Succeeded');
    expect(pod.status?.initContainerStatuses?.[0]?.state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(pod.status?.containerStatuses?.[0]?.state.terminated?.message).toBe(
      `applied demo from git://127.0.0.1:1/demo as system:serviceaccount:${ns}:git-demo with targets {"targets":[{"clusterGroup":"default"}]}, home fleet-home-empty-dir`,
    );
  }, 90_000);

  it("fails a Job whose apply fails: the terminated message is the output's tail, with Fleet's JSON error line and container paths", async () => {
    const { cond, pod } = await runJob('demo-apply-fails', 'apply');
    expect(cond.type, out).toBe('Failed');
    expect(cond.reason).toBe('BackoffLimitExceeded');
    expect(pod.status?.phase).toBe('Failed');
    const t = pod.status?.containerStatuses?.[0]?.state.terminated;
    expect(t).toMatchObject({ exitCode: 1, reason: 'Error' });
    // The script printed its working dir on this machine; the message names it as the container saw it.
    expect(t?.message).toBe('some library noise\n{"level":"fatal","fleetErrorMessage":"invalid manifest in /workspace/source","msg":"failed"}\n');
  }, 90_000);

  it('fails a Job whose gitcloner fails without running apply', async () => {
    const { cond, pod } = await runJob('demo-clone-fails', 'gitcloner');
    expect(cond.type, out).toBe('Failed');
    expect(pod.status?.initContainerStatuses?.[0]?.state.terminated).toMatchObject({ exitCode: 1, reason: 'Error', message: 'some library noise\n{"level":"fatal","fleetErrorMessage":"authentication required","msg":"failed"}\n' });
    expect(pod.status?.containerStatuses?.[0]?.state.waiting?.reason).toBe('PodInitializing');
  }, 90_000);

  it('keeps a pod Pending while a Secret it mounts is missing, and runs it once the Secret exists', async () => {
    const job = gitjobJob('demo-late-secret', '');
    job.spec.template.spec.volumes.find((v) => v.name === 'git-credential')!.secret!.secretName = 'late-auth';
    await request(k, 'POST', `/apis/batch/v1/namespaces/${ns}/jobs`, job);
    const waiting = await until('the pod to wait for its Secret', async () => {
      const p = await podOf('demo-late-secret');
      return p?.status?.containerStatuses?.[0]?.state.waiting?.message ? p : undefined;
    });
    expect(waiting.status?.phase).toBe('Pending');
    expect(waiting.status?.containerStatuses?.[0]?.state.waiting?.message).toBe('MountVolume.SetUp failed for volume "git-credential" : secret "late-auth" not found');
    await request(k, 'POST', `/api/v1/namespaces/${ns}/secrets`, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'late-auth' }, type: 'kubernetes.io/basic-auth', stringData: { username: 'ci', password: 's3cret' } });
    const cond = await until('Job demo-late-secret to finish', () => jobCondition('demo-late-secret'));
    expect(cond.type, out).toBe('Complete');
  }, 60_000);

  it('leaves pods of other Jobs alone', async () => {
    const plain = gitjobJob('not-gitjob', '');
    plain.metadata.ownerReferences = [];
    await request(k, 'POST', `/apis/batch/v1/namespaces/${ns}/jobs`, plain);
    const pod = await until('the job controller to create its pod', () => podOf('not-gitjob'));
    await sleep(3000);
    const again = await request<Pod>(k, 'GET', `/api/v1/namespaces/${ns}/pods/${pod.metadata.name}`);
    expect(again.spec.nodeName).toBeUndefined();
    expect(again.status?.phase).toBe('Pending');
  }, 30_000);

  it('stops a running pod whose Job is deleted and confirms its deletion, as a kubelet does', async () => {
    await request(k, 'POST', `/apis/batch/v1/namespaces/${ns}/jobs`, gitjobJob('demo-deleted', 'hang'));
    const pod = await until('apply to run', async () => {
      const p = await podOf('demo-deleted');
      return p?.status?.containerStatuses?.[0]?.state.running ? p : undefined;
    });
    await request(k, 'DELETE', `/apis/batch/v1/namespaces/${ns}/jobs/demo-deleted`, { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: 'Background' });
    await until('the pod to be gone', async () => (await request(k, 'GET', `/api/v1/namespaces/${ns}/pods/${pod.metadata.name}`).then(() => false, () => true)) || undefined, 45_000);
  }, 60_000);

  it('on SIGTERM stops a running pod (exit 143, pod Failed) and exits 0', async () => {
    await request(k, 'POST', `/apis/batch/v1/namespaces/${ns}/jobs`, gitjobJob('demo-hang', 'hang'));
    await until('apply to run', async () => (await podOf('demo-hang'))?.status?.containerStatuses?.[0]?.state.running);
    exec.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => exec.once('exit', r));
    expect(code, out).toBe(0);
    const pod = (await podOf('demo-hang'))!;
    expect(pod.status?.phase).toBe('Failed');
    expect(pod.status?.containerStatuses?.[0]?.state.terminated).toMatchObject({ exitCode: 143, reason: 'Error' });
    expect(fs.readdirSync(path.join(workDir, 'pods'))).toEqual([]);
    expect(out).toMatch(new RegExp(`${ns}/demo-ok-\\w+ Succeeded`));
  }, 60_000);

  it('after a crash (SIGKILL), a new executor stops the leftover process and fails the pod it had started', async () => {
    exec = startExecutor();
    await request(k, 'POST', `/apis/batch/v1/namespaces/${ns}/jobs`, gitjobJob('demo-crash', 'hang'));
    await until('apply to run', async () => (await podOf('demo-crash'))?.status?.containerStatuses?.[0]?.state.running);
    const [dir] = fs.readdirSync(path.join(workDir, 'pods'));
    const pid = Number(fs.readFileSync(path.join(workDir, 'pods', dir!, 'pids', 'fleet'), 'utf8'));
    process.kill(-exec.pid!, 'SIGKILL');
    await new Promise((r) => exec.once('exit', r));
    expect(() => process.kill(pid, 0)).not.toThrow(); // the container process outlived its executor
    exec = startExecutor();
    const failed = await until('the pod to fail', async () => {
      const p = await podOf('demo-crash');
      return p?.status?.phase === 'Failed' ? p : undefined;
    });
    expect(failed.status?.containerStatuses?.[0]?.state.terminated).toMatchObject({ exitCode: 137, reason: 'ContainerStatusUnknown' });
    expect((await jobCondition('demo-crash').then((c) => c ?? until('Job demo-crash to fail', () => jobCondition('demo-crash'))))?.type).toBe('Failed');
    expect(out).toMatch(/stopped 1 container process\(es\) left by an earlier gitjob-executor/);
    // Gone, or a zombie waiting for whichever process inherited it to reap it.
    const ended = () => {
      try {
        return /^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return true; // no such process
      }
    };
    await until('the leftover process to end', async () => ended() || undefined, 10_000);
  }, 90_000);
});
