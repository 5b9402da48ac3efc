// Fleet-sized synthetic data (for tests and scripts/bench-cache.ts): N clusters × M bundles worth of
// BundleDeployments spread over workspaces and GitRepos, with a realistic mix of states.
import type { KubeObject } from '../types';
import { bundleDeployment, gitRepo } from './objects';

const STATES = ['Ready', 'Ready', 'Ready', 'Ready', 'Ready', 'Ready', 'NotReady', 'Modified', 'ErrApplied', 'WaitApplied', 'OutOfSync'] as const;

export function syntheticGitRepos(n: number, workspaces = ['fleet-default', 'fleet-local']): KubeObject[] {
  return Array.from({ length: n }, (_, i) => {
    const ready = i % 7 === 0 ? 1 : 3;
    return gitRepo(`repo-${String(i).padStart(5, '0')}`, workspaces[i % workspaces.length], String(1000 + i), { ready, desiredReady: 3, ...(ready < 3 ? { notReady: 2 } : {}) });
  });
}

/** `n` BundleDeployments: cluster i / bundle j, bundle j belongs to GitRepo j % repos. */
export function syntheticBundleDeployments(n: number, opts: { clusters?: number; repos?: number; workspaces?: string[] } = {}): KubeObject[] {
  const clusters = opts.clusters ?? 10_000;
  const repos = opts.repos ?? 2_000;
  const workspaces = opts.workspaces ?? ['fleet-default', 'fleet-local'];
  const perCluster = Math.max(1, Math.ceil(n / clusters));
  const out: KubeObject[] = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / perCluster);
    // A Bundle only targets Clusters of its own workspace: keep repo r and cluster c in the same one.
    const w = c % workspaces.length;
    const r = ((c * 7 + (i % perCluster)) * workspaces.length + w) % repos;
    const ws = workspaces[w]!;
    out.push(
      bundleDeployment({
        cluster: `c-${String(c).padStart(5, '0')}`,
        bundle: `repo-${String(r).padStart(5, '0')}-simple`,
        repo: `repo-${String(r).padStart(5, '0')}`,
        workspace: ws,
        rv: String(10_000 + i),
        state: STATES[i % STATES.length],
      }),
    );
  }
  return out;
}
