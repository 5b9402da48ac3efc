// Which state each BundleDeployment is in, decided per (bundle, cluster) from the repo's scenario and
// the cluster's agent health. Pending means "targeted but no BundleDeployment written".
import type { BundleState } from '@/lib/fleet/state';
import type { BundleModel, ClusterModel } from './model';
import { unit } from './prng';

export interface Plan {
  state: BundleState;
  /** Picks the message/detail within a state (see bd.ts). */
  variant: string;
}

const READY: Plan = { state: 'Ready', variant: 'ok' };

export function planFor(b: BundleModel, c: ClusterModel, idx: number): Plan {
  if (c.agent === 'never') return { state: 'WaitApplied', variant: 'fresh' };
  if (b.flavour === 'agent') return c.restored ? { state: 'Modified', variant: 'agent-restore' } : READY;
  const repo = b.repo;
  if (!repo) return READY;
  const u = unit(`${b.ws}/${b.name}|${c.ws}/${c.name}`);
  if (repo.scenario === 'paused') return { state: 'OutOfSync', variant: 'paused' };
  // Agents apply BDs as soon as they change (lastSeen is only the periodic check-in), but one that
  // stopped reporting before the commit was pushed has not applied it.
  if (c.agent !== 'online' && c.lastSeenAgoSec !== null && c.lastSeenAgoSec > repo.commitAgeSec) return { state: 'WaitApplied', variant: 'offline' };
  switch (repo.scenario) {
    case 'rollout':
      return u < 0.5 ? READY : { state: 'WaitApplied', variant: 'rollout' };
    case 'drift':
      return u < 0.34 ? { state: 'Modified', variant: u < 0.12 ? 'missing-configmap' : 'hpa-replicas' } : READY;
    case 'helm-lock':
      return idx === 0 ? { state: 'ErrApplied', variant: 'helm-lock' } : idx === 1 ? { state: 'NotReady', variant: 'progressing' } : READY;
    case 'missing-deps':
      return { state: 'ErrApplied', variant: 'missing-deps' };
    case 'kubeversion':
      return /^v1\.(1\d|2\d)\./.test(c.k8sVersion) ? { state: 'NotReady', variant: 'kubeversion' } : READY;
    case 'notready':
      return u < 0.3 ? { state: 'NotReady', variant: u < 0.15 ? 'deadline' : 'progressing' } : READY;
    case 'errapplied':
      return u < 0.15 ? { state: 'ErrApplied', variant: u < 0.07 ? 'helm-lock' : 'post-install' } : u < 0.2 ? { state: 'NotReady', variant: 'ownership' } : READY;
    case 'pending':
      return u < 0.25 ? { state: 'Pending', variant: 'rollout' } : READY;
    case 'windows-notready':
      return idx === 0 ? { state: 'NotReady', variant: 'iis' } : READY;
    case 'helmchart-error':
      return { state: 'NotReady', variant: 'helmchart' };
    default:
      return READY;
  }
}
