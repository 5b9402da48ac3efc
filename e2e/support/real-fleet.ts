// The real-Fleet instance (controlplane/scripts/fleet-up.sh): its downstream clusters, Fleet's processes and the
// example git repositories, for specs that check what Fleet's own controllers and agents did.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import { kube } from './k8s';

const INSTANCE = process.env.FLEETDASH_INSTANCE ?? 'fleet-test';
export const STATE = path.resolve(`.cache/controlplane-${INSTANCE}`);
export const DOWNSTREAM = ['staging-eu', 'prod-us'] as const;
export type Downstream = (typeof DOWNSTREAM)[number];
const PORT = ({ fleet: 18443, 'fleet-test': 19443 }[INSTANCE] ?? 19443) + Number(process.env.FLEETDASH_PORT_OFFSET ?? 0);
/** git daemon of the instance (controlplane/scripts/versions.sh and fleet-env.sh: Fleet's ports start 100 above the API server's). */
export const GIT_URL = `git://127.0.0.1:${PORT + 130}`;
export const CHARTS_URL = `http://127.0.0.1:${PORT + 131}`;

/** GET on a downstream cluster's API server as its admin: the object, or undefined on 404. */
export async function downstreamGet<T = Record<string, unknown>>(cluster: Downstream, apiPath: string): Promise<T | undefined> {
  const file = path.join(STATE, `${cluster}.kubeconfig`);
  const r = await kube<T>('GET', apiPath, undefined, cluster, file);
  if (r.status === 404) return undefined;
  if (r.status >= 300) throw new Error(`GET ${apiPath} on ${cluster}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

/** A change made by hand on a downstream cluster (merge patch as its admin). */
export async function downstreamPatch(cluster: Downstream, apiPath: string, patch: unknown): Promise<void> {
  const file = path.join(STATE, `${cluster}.kubeconfig`);
  const r = await kube('PATCH', apiPath, patch, cluster, file);
  if (r.status >= 300) throw new Error(`PATCH ${apiPath} on ${cluster}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
}

/** Waits until `probe` answers true, re-asking every second (Fleet converges in seconds to a minute). */
export async function eventually(what: string, probe: () => Promise<boolean>, timeout = 120_000): Promise<void> {
  await expect.poll(probe, { message: what, timeout, intervals: [1000] }).toBe(true);
}

/** A new commit in the example `manifests` repository (what `npm run fleet:commit` does); its SHA. */
export function commitToManifests(revision?: number): string {
  const args = revision === undefined ? [] : [String(revision)];
  return execFileSync('bash', ['controlplane/scripts/fleet-commit.sh', ...args], {
    env: { ...process.env, FLEETDASH_INSTANCE: INSTANCE },
    encoding: 'utf8',
  }).trim();
}

/** Freezes (SIGSTOP) or resumes (SIGCONT) one of the instance's processes, e.g. `agent-prod-us`. */
export function signalProcess(name: string, signal: 'SIGSTOP' | 'SIGCONT'): void {
  const pid = Number(execFileSync('cat', [path.join(STATE, `${name}.pid`)], { encoding: 'utf8' }).trim());
  process.kill(pid, signal);
}
