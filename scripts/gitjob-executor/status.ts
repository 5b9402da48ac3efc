// Pod status as the kubelet writes it (pkg/kubelet/status/generate.go for the conditions, kuberuntime for container
// states and termination messages), so kube-controller-manager's job controller and gitjob read what they would read
// on a real node. gitjob (gitjob_controller.go, setStatusFromGitjob) reads the newest failed pod's
// containerStatuses[].state.terminated.message and failed initContainerStatuses' messages.
import type { Container, ContainerState, ContainerStatus, Pod, PodCondition, PodStatus } from './types';

// pkg/kubelet/container/runtime.go
export const MAX_TERMINATION_MESSAGE_FILE_BYTES = 4 * 1024;
export const MAX_TERMINATION_MESSAGE_LOG_BYTES = 2 * 1024;
export const MAX_TERMINATION_MESSAGE_LOG_LINES = 80;
export const MAX_POD_TERMINATION_MESSAGE_BYTES = 12 * 1024;

/** The last `lines` lines of a log, then at most its last `bytes` bytes (kuberuntime's readLastStringFromContainerLogs). */
export function tailLog(log: Buffer, lines = MAX_TERMINATION_MESSAGE_LOG_LINES, bytes = MAX_TERMINATION_MESSAGE_LOG_BYTES): Buffer {
  let start = log.length;
  let seen = 0;
  // A final line without its newline counts as a line, as in `kubectl logs --tail`.
  let i = log.length > 0 && log[log.length - 1] === 0x0a ? log.length - 1 : log.length;
  while (seen < lines) {
    const nl = log.lastIndexOf(0x0a, i - 1);
    seen++;
    start = nl + 1;
    if (nl < 0) break;
    i = nl;
  }
  const tail = log.subarray(start);
  return tail.length > bytes ? tail.subarray(tail.length - bytes) : tail;
}

/**
 * A terminated container's message (kuberuntime getTerminationMessage): what it wrote to its terminationMessagePath
 * (last 4 KiB), else, under FallbackToLogsOnError with a non-zero exit code, the tail of its output.
 */
export function terminationMessage(opts: { file: Buffer | undefined; log: Buffer; exitCode: number; policy: Container['terminationMessagePolicy'] }): string {
  if (opts.file && opts.file.length > 0) {
    const f = opts.file;
    return f.subarray(Math.max(0, f.length - MAX_TERMINATION_MESSAGE_FILE_BYTES)).toString('utf8');
  }
  if (opts.policy === 'FallbackToLogsOnError' && opts.exitCode !== 0) return tailLog(opts.log).toString('utf8');
  return '';
}

/** The status manager's per-pod cap (normalizeStatus): 12 KiB shared by all containers, each message cut at its start. */
export function capMessage(message: string, containers: number): string {
  const per = Math.floor(MAX_POD_TERMINATION_MESSAGE_BYTES / Math.max(1, containers));
  const b = Buffer.from(message, 'utf8');
  return b.length > per ? b.subarray(0, per).toString('utf8') : message;
}

/** The runtime's exit code: the process's, or 128 + signal number when a signal ended it. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null, signals: Record<string, number>): number {
  if (code !== null) return code;
  return 128 + (signal ? (signals[signal] ?? 0) : 0);
}

export type CState =
  | { state: 'waiting'; reason: string; message?: string }
  | { state: 'running'; startedAt: string }
  | { state: 'terminated'; exitCode: number; reason: string; message: string; startedAt: string; finishedAt: string };

/** What the executor knows about one pod run; `init` and `main` follow the order of the pod spec. */
export interface RunState {
  startTime: string;
  /** Volumes and credentials are in place (the kubelet's "sandbox"). */
  sandbox: boolean;
  init: CState[];
  main: CState[];
}

export function initialRun(pod: Pod, now: string): RunState {
  const init = pod.spec.initContainers ?? [];
  const waiting = (reason: string): CState => ({ state: 'waiting', reason });
  return {
    startTime: pod.status?.startTime ?? now,
    sandbox: false,
    init: init.map(() => waiting('PodInitializing')),
    main: pod.spec.containers.map(() => waiting(init.length ? 'PodInitializing' : 'ContainerCreating')),
  };
}

export const terminated = (exitCode: number, message: string, startedAt: string, finishedAt: string): CState => ({
  state: 'terminated',
  exitCode,
  reason: exitCode === 0 ? 'Completed' : 'Error',
  message,
  startedAt,
  finishedAt,
});

const failed = (s: CState) => s.state === 'terminated' && s.exitCode !== 0;
const done = (s: CState) => s.state === 'terminated';

export function phaseOf(run: RunState): NonNullable<PodStatus['phase']> {
  if (run.init.some(failed)) return 'Failed';
  if (!run.init.every((s) => s.state === 'terminated' && s.exitCode === 0)) return 'Pending';
  if (run.main.length > 0 && run.main.every(done)) return run.main.some(failed) ? 'Failed' : 'Succeeded';
  if (run.main.some((s) => s.state !== 'waiting')) return 'Running';
  return 'Pending';
}

function containerState(s: CState, containerID: string): ContainerState {
  switch (s.state) {
    case 'waiting':
      return { waiting: { reason: s.reason, ...(s.message ? { message: s.message } : {}) } };
    case 'running':
      return { running: { startedAt: s.startedAt } };
    case 'terminated':
      return {
        terminated: {
          exitCode: s.exitCode,
          reason: s.reason,
          ...(s.message ? { message: s.message } : {}),
          startedAt: s.startedAt,
          finishedAt: s.finishedAt,
          containerID,
        },
      };
  }
}

function containerStatus(pod: Pod, c: Container, s: CState): ContainerStatus {
  const containerID = `gitjob-executor://${pod.metadata.uid ?? pod.metadata.name}-${c.name}`;
  return {
    name: c.name,
    state: containerState(s, containerID),
    lastState: {},
    ready: s.state === 'running',
    restartCount: 0,
    image: c.image ?? '',
    imageID: '',
    ...(s.state === 'waiting' ? {} : { containerID }),
    started: s.state === 'running',
  };
}

/** The pod's status for `pods/status`. Conditions keep their lastTransitionTime while their status does not change. */
export function podStatus(pod: Pod, run: RunState, hostIP: string, now: string): PodStatus {
  const phase = phaseOf(run);
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const init = pod.spec.initContainers ?? [];
  const names = (list: Container[], states: CState[], pred: (s: CState) => boolean) => list.filter((_, i) => pred(states[i]!)).map((c) => c.name);

  const conds: Omit<PodCondition, 'lastTransitionTime'>[] = [
    { type: 'PodReadyToStartContainers', status: run.sandbox && !terminal ? 'True' : 'False' },
  ];
  const incomplete = names(init, run.init, (s) => !(s.state === 'terminated' && s.exitCode === 0));
  if (phase === 'Succeeded') conds.push({ type: 'Initialized', status: 'True', reason: 'PodCompleted' });
  else if (incomplete.length) conds.push({ type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: `containers with incomplete status: [${incomplete.join(' ')}]` });
  else conds.push({ type: 'Initialized', status: 'True' });
  const unready = names(pod.spec.containers, run.main, (s) => s.state !== 'running');
  let ready: Omit<PodCondition, 'type' | 'lastTransitionTime'>;
  if (terminal) ready = { status: 'False', reason: phase === 'Failed' ? 'PodFailed' : 'PodCompleted' };
  else if (unready.length) ready = { status: 'False', reason: 'ContainersNotReady', message: `containers with unready status: [${unready.join(' ')}]` };
  else ready = { status: 'True' };
  conds.push({ type: 'ContainersReady', ...ready }, { type: 'Ready', ...ready }, { type: 'PodScheduled', status: 'True' });

  const old = pod.status?.conditions ?? [];
  const conditions = conds.map((c) => {
    const prev = old.find((o) => o.type === c.type);
    return { ...c, lastProbeTime: null, lastTransitionTime: prev && prev.status === c.status && prev.lastTransitionTime ? prev.lastTransitionTime : now };
  });

  return {
    phase,
    conditions,
    hostIP,
    hostIPs: [{ ip: hostIP }],
    startTime: run.startTime,
    ...(init.length ? { initContainerStatuses: init.map((c, i) => containerStatus(pod, c, run.init[i]!)) } : {}),
    containerStatuses: pod.spec.containers.map((c, i) => containerStatus(pod, c, run.main[i]!)),
  };
}

const LOST_MESSAGE = 'The container could not be located when the pod was terminated';
const lost = (startedAt: string, now: string): CState => ({ state: 'terminated', exitCode: 137, reason: 'ContainerStatusUnknown', message: LOST_MESSAGE, startedAt, finishedAt: now });

/**
 * The final run of a pod whose containers an earlier executor process started and lost with it: terminated containers
 * keep their state, the one that was running (or was next) ends as the kubelet ends containers it cannot find
 * (ContainerStatusUnknown, exit code 137), so the pod fails.
 */
export function orphanedRun(pod: Pod, now: string): RunState {
  const known = (list: ContainerStatus[] | undefined, c: Container): CState => {
    const st = list?.find((s) => s.name === c.name)?.state;
    const t = st?.terminated;
    if (t) return { state: 'terminated', exitCode: t.exitCode, reason: t.reason ?? (t.exitCode === 0 ? 'Completed' : 'Error'), message: t.message ?? '', startedAt: t.startedAt ?? now, finishedAt: t.finishedAt ?? now };
    if (st?.running) return lost(st.running.startedAt, now);
    return { state: 'waiting', reason: st?.waiting?.reason ?? 'PodInitializing' };
  };
  const run: RunState = {
    startTime: pod.status?.startTime ?? now,
    sandbox: false,
    init: (pod.spec.initContainers ?? []).map((c) => known(pod.status?.initContainerStatuses, c)),
    main: pod.spec.containers.map((c) => known(pod.status?.containerStatuses, c)),
  };
  if (phaseOf(run) === 'Failed' || phaseOf(run) === 'Succeeded') return run;
  const next = run.init.findIndex((s) => s.state !== 'terminated');
  if (next >= 0) run.init[next] = lost(now, now);
  else run.main = run.main.map((s) => (s.state === 'terminated' ? s : lost(now, now)));
  return run;
}
