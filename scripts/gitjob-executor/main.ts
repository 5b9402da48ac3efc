// gitjob-executor: plays the node for Fleet's gitjob pods on a control plane that has no kubelet.
//
// Fleet's gitjob controller turns every GitRepo commit into a batch/v1 Job (internal/cmd/controller/gitops/reconciler/
// gitjob.go: init container `fleet gitcloner`, main container `fleet apply`) and reads the outcome back from the Job's
// status and its pod's terminated messages (gitjob_controller.go, setStatusFromGitjob). The local manager runs
// kube-apiserver and kube-controller-manager's job controller but no scheduler and no kubelet, so this program
// registers a Node (Ready, with a Lease), binds gitjob's pods (and only those, and only if their nodeSelector fits) to
// it, runs their containers' commands with the local `fleet` binary as the pod's ServiceAccount, and writes
// pods/status the way the kubelet does, so the job controller completes or fails the Job and gitjob shows Fleet's own
// messages. Images, security contexts, resources, probes and networking are ignored; volumes are directories under
// <work-dir>/pods (removed after each pod), container output is kept under <work-dir>/logs for the newest 50 pods.
//
//   bash scripts/node.sh scripts/gitjob-executor/main.ts --kubeconfig <manager kubeconfig> [--context admin]
//        --fleet-bin <fleet CLI> --work-dir <dir> [--node-name gitjob-executor] [--node-labels k=v,...] [--parallel 2]
import fs from 'node:fs';
import path from 'node:path';
import { connect, KubeError } from '../seed/client';
import { bind, clusterInfo, deletePodNow, ensureNode, getJob, getPod, heartbeat, listWatch, patchPodStatus } from './kube';
import { killLeftovers, runPod, type RunnerConfig } from './runner';
import { nodeLabels } from './node';
import { decide, jobRefOf, JOB_NAME_LABEL } from './select';
import { orphanedRun, podStatus } from './status';
import type { Job, Pod } from './types';

const USAGE = `usage: gitjob-executor --kubeconfig PATH --fleet-bin PATH --work-dir DIR [--context admin] [--node-name gitjob-executor]
       [--node-labels k=v,...] [--parallel 2] [--host-ip 127.0.0.1] [--retry-seconds 5]
  Runs only pods of Jobs created by Fleet's gitjob whose nodeSelector the node's labels satisfy.`;

function parseArgs(argv: string[]) {
  const m = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    const [k, v] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, argv[++i]];
    if (!k.startsWith('--') || v === undefined) throw new Error(`bad argument ${a}\n${USAGE}`);
    m.set(k.slice(2), v);
  }
  const known = ['kubeconfig', 'context', 'fleet-bin', 'work-dir', 'node-name', 'node-labels', 'parallel', 'host-ip', 'retry-seconds'];
  for (const k of m.keys()) if (!known.includes(k)) throw new Error(`unknown flag --${k}\n${USAGE}`);
  const need = (k: string) => {
    const v = m.get(k);
    if (!v) throw new Error(`--${k} is required\n${USAGE}`);
    return v;
  };
  const int = (k: string, d: number) => {
    const n = Number(m.get(k) ?? d);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${k} must be a positive integer`);
    return n;
  };
  const extraLabels: Record<string, string> = {};
  for (const kv of (m.get('node-labels') ?? '').split(',').filter(Boolean)) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new Error(`--node-labels: "${kv}" is not key=value`);
    extraLabels[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const fleetBin = path.resolve(need('fleet-bin'));
  fs.accessSync(fleetBin, fs.constants.X_OK);
  return {
    kubeconfig: need('kubeconfig'),
    context: m.get('context') ?? 'admin',
    fleetBin,
    workDir: path.resolve(need('work-dir')),
    node: m.get('node-name') ?? 'gitjob-executor',
    extraLabels,
    parallel: int('parallel', 2),
    hostIP: m.get('host-ip') ?? '127.0.0.1',
    retryMs: int('retry-seconds', 5) * 1000,
  };
}

const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
const key = (p: Pod) => `${p.metadata.namespace}/${p.metadata.name}`;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const kube = connect(args.kubeconfig, args.context, 8);
  const cfg: RunnerConfig = { kube, cluster: clusterInfo(args.kubeconfig, args.context), node: args.node, hostIP: args.hostIP, fleetBin: args.fleetBin, workDir: args.workDir, maxGraceMs: 10_000 };
  // Pod dirs left by an earlier process belong to runs that are gone (their pods are failed below).
  const leftovers = killLeftovers(args.workDir);
  if (leftovers) log(`stopped ${leftovers} container process(es) left by an earlier gitjob-executor`);

  const self = { name: args.node, labels: nodeLabels(args.node, args.extraLabels) };
  const nodeUid = await ensureNode(kube, args.node, self.labels, args.hostIP);
  log(`node ${args.node} registered and Ready; running gitjob pods with ${args.fleetBin}, ${args.parallel} at a time`);
  let beats = 0;
  const beat = setInterval(() => {
    heartbeat(kube, args.node, nodeUid, beats++ % 4 === 0).catch((e: unknown) => log(`heartbeat failed: ${(e as Error).message}`));
  }, 10_000);
  await heartbeat(kube, args.node, nodeUid, false);

  const stop = new AbortController();
  const pods = new Map<string, Pod>(); // by uid, as last seen
  const jobs = new Map<string, Job | undefined>(); // by uid
  const running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  const finished = new Set<string>(); // uids this process ran to the end (stale events must not re-run them)
  const notBefore = new Map<string, number>(); // uid → time of next attempt after a 'retry'
  const waitingFor = new Map<string, string>(); // uid → last reason logged for a pod that waits (logged once per reason)
  const queue: string[] = [];

  const jobOf = async (pod: Pod): Promise<Job | undefined> => {
    const ref = jobRefOf(pod);
    if (!ref) return undefined;
    if (!jobs.has(ref.uid)) {
      const job = await getJob(kube, pod.metadata.namespace!, ref.name);
      if (job && job.metadata.uid !== ref.uid) return undefined;
      jobs.set(ref.uid, job);
    }
    return jobs.get(ref.uid);
  };

  const start = (uid: string) => {
    const pod = pods.get(uid);
    if (!pod) return;
    const abort = new AbortController();
    const t0 = Date.now();
    const done = (async () => {
      try {
        const fresh = await getPod(kube, pod.metadata.namespace!, pod.metadata.name);
        if (!fresh || fresh.metadata.uid !== uid || decide(fresh, await jobOf(fresh), self, false) !== 'run') return;
        if (!fresh.spec.nodeName) {
          try {
            await bind(kube, fresh, args.node);
          } catch (e) {
            if (e instanceof KubeError && e.status === 409) return; // bound elsewhere meanwhile
            throw e;
          }
          fresh.spec.nodeName = args.node;
        }
        const r = await runPod(cfg, fresh, abort.signal);
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        if (r.result === 'retry') {
          notBefore.set(uid, Date.now() + args.retryMs);
          if (waitingFor.get(uid) !== r.reason) log(`${key(pod)} waiting: ${r.reason}`);
          waitingFor.set(uid, r.reason);
        } else if (r.result === 'finished') {
          finished.add(uid);
          log(`${key(pod)} ${r.phase} in ${secs}s (${r.detail})`);
        } else log(`${key(pod)} ${r.result} after ${secs}s`);
      } catch (e) {
        notBefore.set(uid, Date.now() + args.retryMs);
        log(`${key(pod)} error: ${(e as Error).message}`);
      }
    })().finally(() => {
      running.delete(uid);
      const latest = pods.get(uid);
      // Being deleted while it ran: confirm the deletion now that its containers are gone.
      if (latest?.metadata.deletionTimestamp && !stop.signal.aborted) deletePodNow(kube, latest).catch(() => undefined);
      kick();
    });
    running.set(uid, { abort, done });
  };

  const handle = async (pod: Pod) => {
    const uid = pod.metadata.uid!;
    if (finished.has(uid)) return;
    const action = decide(pod, await jobOf(pod), self, running.has(uid));
    if (action === 'run') {
      if (!queue.includes(uid) && (notBefore.get(uid) ?? 0) <= Date.now()) queue.push(uid);
    } else if (action === 'abort') running.get(uid)?.abort.abort();
    else if (action === 'delete' || action === 'fail-orphaned') {
      const fresh = await getPod(kube, pod.metadata.namespace!, pod.metadata.name);
      if (!fresh || fresh.metadata.uid !== uid || running.has(uid)) return;
      if (decide(fresh, await jobOf(fresh), self, false) !== action) return;
      if (action === 'fail-orphaned' || fresh.status?.phase === 'Running') {
        const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        await patchPodStatus(kube, fresh, podStatus(fresh, orphanedRun(fresh, now), args.hostIP, now)).catch(() => undefined);
        log(`${key(fresh)} Failed: its containers were started by an earlier gitjob-executor process`);
      }
      finished.add(uid);
      if (action === 'delete') await deletePodNow(kube, fresh);
    }
  };

  // Level-triggered: every change re-examines every known pod, one pass at a time.
  let passing = false;
  let again = false;
  const kick = () => {
    if (passing) {
      again = true;
      return;
    }
    passing = true;
    void (async () => {
      do {
        again = false;
        for (const pod of [...pods.values()]) await handle(pod).catch((e: unknown) => log(`${key(pod)} error: ${(e as Error).message}`));
        while (!stop.signal.aborted && running.size < args.parallel && queue.length) start(queue.shift()!);
      } while (again && !stop.signal.aborted);
      passing = false;
    })();
  };
  const retryTimer = setInterval(kick, args.retryMs);

  const shutdown = async (sig: string) => {
    if (stop.signal.aborted) return;
    log(`${sig}: stopping ${running.size} running pod(s)`);
    stop.abort();
    clearInterval(beat);
    clearInterval(retryTimer);
    for (const r of running.values()) r.abort.abort();
    await Promise.all([...running.values()].map((r) => r.done));
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await listWatch<Pod>(
    kube,
    '/api/v1/pods',
    { labelSelector: JOB_NAME_LABEL },
    (items) => {
      pods.clear();
      for (const p of items) pods.set(p.metadata.uid!, p);
      for (const uid of running.keys()) if (!pods.has(uid)) running.get(uid)!.abort.abort();
      kick();
    },
    (ev) => {
      const uid = ev.object.metadata.uid!;
      if (ev.type === 'DELETED') {
        pods.delete(uid);
        running.get(uid)?.abort.abort();
        finished.delete(uid);
        notBefore.delete(uid);
        waitingFor.delete(uid);
      } else pods.set(uid, ev.object);
      kick();
    },
    stop.signal,
    (e) => log(`watch: ${(e as Error).message}; listing again`),
  );
}

main().catch((e: unknown) => {
  console.error(`gitjob-executor: ${(e as Error).message}`);
  process.exit(1);
});
