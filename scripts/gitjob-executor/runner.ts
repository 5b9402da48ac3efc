// Runs one gitjob pod on this machine, as a kubelet would run it in containers: materialises its volumes under the
// work dir, authenticates as its ServiceAccount (TokenRequest → kubeconfig in KUBECONFIG), runs the init containers
// one after the other and then the main containers with the local `fleet` binary, and writes pods/status at each step.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeError, type KubeTarget } from '../seed/client';
import { envRefs, expand, resolveEnv, type Lookup } from './env';
import { getKeyData, patchPodStatus, podToken, tokenKubeconfig, type ClusterInfo } from './kube';
import { containerPaths, rewrite, rootfsDir, terminationFile, unmapText, volumeDir, wellKnownEnv, workingDir } from './paths';
import { capMessage, exitCodeOf, initialRun, podStatus, terminated, terminationMessage, type CState, type RunState } from './status';
import type { Container, KeyData, Pod } from './types';
import { volumeFiles, volumeRefs } from './volumes';

export interface RunnerConfig {
  kube: KubeTarget;
  cluster: ClusterInfo;
  node: string;
  hostIP: string;
  fleetBin: string;
  workDir: string;
  /** Longest wait between SIGTERM and SIGKILL when a run is aborted (the pod's own grace period if shorter). */
  maxGraceMs: number;
}

export type RunOutcome =
  | { result: 'finished'; phase: string; detail: string }
  | { result: 'retry'; reason: string } // volumes or env not resolvable yet (missing Secret, ServiceAccount...): try again later
  | { result: 'not-started' } // aborted before any container ran
  | { result: 'gone' }; // the pod disappeared under us

export const podDirOf = (workDir: string, pod: Pod) => path.join(workDir, 'pods', `${pod.metadata.namespace}_${pod.metadata.name}_${pod.metadata.uid}`);
export const logDirOf = (workDir: string, pod: Pod) => path.join(workDir, 'logs', `${pod.metadata.namespace}_${pod.metadata.name}`);

class PodGone extends Error {}

/** Containers' output is kept under <work-dir>/logs/<namespace>_<pod>/<container>.log for this many pods (newest). */
export const KEPT_LOGS = 50;

export function pruneLogs(workDir: string, keep: number): void {
  const dir = path.join(workDir, 'logs');
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir).map((n) => ({ n, t: fs.statSync(path.join(dir, n)).mtimeMs }));
  entries.sort((a, b) => b.t - a.t);
  for (const e of entries.slice(keep)) fs.rmSync(path.join(dir, e.n), { recursive: true, force: true });
}

const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function runPod(cfg: RunnerConfig, pod: Pod, signal: AbortSignal): Promise<RunOutcome> {
  const ns = pod.metadata.namespace!;
  const run = initialRun(pod, nowIso());
  const podDir = podDirOf(cfg.workDir, pod);
  const push = async () => {
    try {
      await patchPodStatus(cfg.kube, pod, podStatus(pod, run, cfg.hostIP, nowIso()));
    } catch (e) {
      if (e instanceof KubeError && (e.status === 404 || e.status === 409)) throw new PodGone();
      throw e;
    }
  };
  try {
    await push();
    // What the kubelet does before it starts containers: fetch what volumes and env read, set up the volumes.
    const init = pod.spec.initContainers ?? [];
    const containers = [...init, ...pod.spec.containers];
    const refs = envRefs(containers, volumeRefs(pod.spec.volumes ?? []));
    const cms = new Map<string, KeyData | undefined>();
    const secrets = new Map<string, KeyData | undefined>();
    for (const n of refs.configMaps) cms.set(n, await getKeyData(cfg.kube, 'configmaps', ns, n));
    for (const n of refs.secrets) secrets.set(n, await getKeyData(cfg.kube, 'secrets', ns, n));
    const lookup: Lookup = { configMap: (n) => cms.get(n), secret: (n) => secrets.get(n) };
    let token: string;
    try {
      token = await podToken(cfg.kube, pod);
    } catch (e) {
      return await waitAgain(run, push, `cannot request a token for ServiceAccount ${pod.spec.serviceAccountName || 'default'}: ${(e as Error).message}`);
    }
    const files = [];
    for (const v of pod.spec.volumes ?? []) {
      const r = volumeFiles(v, { ...lookup, pod, hostIP: cfg.hostIP, token });
      if ('error' in r) return await waitAgain(run, push, r.error);
      files.push({ volume: v.name, files: r.files });
    }
    const envs: Map<string, string>[] = [];
    for (const [i, c] of containers.entries()) {
      const r = resolveEnv(pod, c, lookup, cfg.hostIP);
      if ('error' in r) {
        const list = i < init.length ? run.init : run.main;
        list[i < init.length ? i : i - init.length] = { state: 'waiting', reason: 'CreateContainerConfigError', message: r.error };
        await push();
        return { result: 'retry', reason: `container ${c.name}: ${r.error}` };
      }
      envs.push(r.env);
    }
    if (signal.aborted) return { result: 'not-started' };

    fs.rmSync(podDir, { recursive: true, force: true });
    for (const { volume, files: fl } of files) {
      const dir = volumeDir(podDir, volume);
      fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
      for (const f of fl) {
        const p = path.join(dir, f.path);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, f.data, { mode: f.mode });
        fs.chmodSync(p, f.mode);
      }
    }
    const kubeconfig = path.join(podDir, 'kubeconfig');
    fs.writeFileSync(kubeconfig, tokenKubeconfig(cfg.cluster, token, ns), { mode: 0o600 });
    const logDir = logDirOf(cfg.workDir, pod);
    fs.rmSync(logDir, { recursive: true, force: true });
    pruneLogs(cfg.workDir, KEPT_LOGS - 1);
    fs.mkdirSync(logDir, { recursive: true });
    run.sandbox = true;
    await push();

    const ctx = { cfg, pod, podDir, kubeconfig, logDir, signal, containerCount: containers.length };
    for (const [i, c] of init.entries()) {
      const s = await runContainer(ctx, c, envs[i]!, (st) => {
        run.init[i] = st;
        return push();
      });
      if (s.state === 'terminated' && s.exitCode !== 0) {
        await push();
        return { result: 'finished', phase: 'Failed', detail: `init container ${c.name} exited ${s.exitCode}` };
      }
    }
    if (signal.aborted) return { result: 'finished', phase: 'Failed', detail: 'aborted' };
    const results = await Promise.all(
      pod.spec.containers.map((c, i) =>
        runContainer(ctx, c, envs[init.length + i]!, (st) => {
          run.main[i] = st;
          return push();
        }),
      ),
    );
    const bad = pod.spec.containers.map((c, i) => [c.name, results[i]!] as const).filter(([, r]) => r.state === 'terminated' && r.exitCode !== 0);
    return {
      result: 'finished',
      phase: bad.length ? 'Failed' : 'Succeeded',
      detail: bad.length ? bad.map(([n, r]) => `container ${n} exited ${r.state === 'terminated' ? r.exitCode : '?'}`).join(', ') : 'all containers exited 0',
    };
  } catch (e) {
    if (e instanceof PodGone) return { result: 'gone' };
    throw e;
  } finally {
    fs.rmSync(podDir, { recursive: true, force: true });
  }
}

async function waitAgain(run: RunState, push: () => Promise<void>, message: string): Promise<RunOutcome> {
  run.main = run.main.map((s) => (s.state === 'waiting' ? { ...s, message } : s));
  await push();
  return { result: 'retry', reason: message };
}

interface Ctx {
  cfg: RunnerConfig;
  pod: Pod;
  podDir: string;
  kubeconfig: string;
  logDir: string;
  signal: AbortSignal;
  containerCount: number;
}

/** Runs one container to its end; reports `running` then `terminated` through `report`. */
async function runContainer(ctx: Ctx, c: Container, declared: Map<string, string>, report: (s: CState) => Promise<void>): Promise<CState> {
  const { cfg, pod, podDir } = ctx;
  const maps = containerPaths(c, podDir);
  const startedAt = nowIso();
  const term = terminationFile(podDir, c.name);
  fs.mkdirSync(path.dirname(term), { recursive: true });
  fs.writeFileSync(term, '');
  const logFile = path.join(ctx.logDir, `${c.name}.log`);
  const home = rootfsDir(podDir, c.name);
  fs.mkdirSync(home, { recursive: true });

  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', HOSTNAME: pod.metadata.name, HOME: home, ...wellKnownEnv(maps) };
  for (const [k, v] of declared) env[k] = rewrite(v, maps);
  env.KUBECONFIG = ctx.kubeconfig; // never in-cluster config: no KUBERNETES_SERVICE_HOST either

  const argv = [...(c.command ?? []), ...(c.args ?? [])].map((a) => rewrite(expand(a, declared), maps));
  const fail = async (code: number, message: string) => {
    const s: CState = { state: 'terminated', exitCode: code, reason: 'StartError', message, startedAt, finishedAt: nowIso() };
    await report(s);
    return s;
  };
  if (argv[0] !== 'fleet' || !c.command?.length) return fail(128, `gitjob-executor runs only the command "fleet", not ${JSON.stringify(c.command ?? [])}`);
  const cwd = workingDir(c, podDir, maps);
  fs.mkdirSync(cwd, { recursive: true });

  const out = fs.openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(cfg.fleetBin, argv.slice(1), { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', out, out], detached: true });
  } finally {
    fs.closeSync(out);
  }
  const exited = new Promise<{ code: number | null; sig: NodeJS.Signals | null; err?: Error }>((resolve) => {
    child.once('error', (err) => resolve({ code: null, sig: null, err }));
    child.once('exit', (code, sig) => resolve({ code, sig }));
  });
  const kill = () => {
    if (!child.pid) return;
    const grace = Math.min(cfg.maxGraceMs, (pod.spec.terminationGracePeriodSeconds ?? 30) * 1000);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, grace).unref();
  };
  if (child.pid) {
    // Recorded so that a restarted executor can stop what this one left running (killLeftovers).
    fs.mkdirSync(path.join(podDir, 'pids'), { recursive: true });
    fs.writeFileSync(path.join(podDir, 'pids', c.name), String(child.pid));
  }
  if (ctx.signal.aborted) kill();
  ctx.signal.addEventListener('abort', kill, { once: true });
  if (child.pid) await report({ state: 'running', startedAt });
  const r = await exited;
  ctx.signal.removeEventListener('abort', kill);
  if (r.err) return fail(128, `failed to start ${cfg.fleetBin}: ${r.err.message}`);
  const exitCode = exitCodeOf(r.code, r.sig, os.constants.signals as Record<string, number>);
  const read = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p) : undefined);
  const raw = terminationMessage({ file: read(term), log: read(logFile) ?? Buffer.alloc(0), exitCode, policy: c.terminationMessagePolicy });
  const message = capMessage(unmapText(raw, c, podDir), ctx.containerCount);
  const s = terminated(exitCode, message, startedAt, nowIso());
  await report(s);
  return s;
}

/**
 * Stops the process groups an earlier executor process started and left behind (it was killed without a chance to
 * stop them), then removes their pod dirs. A recorded pid counts only while its working directory is still inside
 * that pod dir, so a reused pid is never hit.
 */
export function killLeftovers(workDir: string): number {
  const pods = path.join(workDir, 'pods');
  let killed = 0;
  for (const d of fs.existsSync(pods) ? fs.readdirSync(pods) : []) {
    const dir = path.join(pods, d);
    const pidDir = path.join(dir, 'pids');
    for (const f of fs.existsSync(pidDir) ? fs.readdirSync(pidDir) : []) {
      const pid = Number(fs.readFileSync(path.join(pidDir, f), 'utf8'));
      try {
        if (!Number.isInteger(pid) || pid <= 1 || !fs.readlinkSync(`/proc/${pid}/cwd`).startsWith(dir + path.sep)) continue;
        process.kill(-pid, 'SIGKILL');
        killed++;
      } catch {
        /* gone already */
      }
    }
  }
  fs.rmSync(pods, { recursive: true, force: true });
  fs.mkdirSync(pods, { recursive: true });
  return killed;
}
