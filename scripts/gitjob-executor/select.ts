// Which pods are gitjob's, and what the executor should do with one. gitjob (internal/cmd/controller/gitops/
// reconciler/gitjob.go, newGitJob) creates a batch/v1 Job controlled by the GitRepo, labelled
// fleet.cattle.io/gitrepo-generation and fleet.cattle.io/force-sync-generation; the job controller creates its pods,
// controlled by the Job and labelled batch.kubernetes.io/job-name. Every other pod is left alone.
import type { Job, ObjectMeta, OwnerReference, Pod } from './types';

export const GITREPO_GENERATION_LABEL = 'fleet.cattle.io/gitrepo-generation';
export const FORCE_SYNC_GENERATION_LABEL = 'fleet.cattle.io/force-sync-generation';
/** Set by the job controller on every pod of a Job; the watch selects on it so unrelated pods never reach us. */
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';

export function controllerOf(meta: ObjectMeta): OwnerReference | undefined {
  return meta.ownerReferences?.find((o) => o.controller);
}

/** The Job controlling this pod, if any. */
export function jobRefOf(pod: Pod): OwnerReference | undefined {
  const c = controllerOf(pod.metadata);
  return c && c.kind === 'Job' && c.apiVersion === 'batch/v1' ? c : undefined;
}

/** A Job created by Fleet's gitjob controller: controlled by a fleet.cattle.io GitRepo and carrying gitjob's labels. */
export function isGitjobJob(job: Job): boolean {
  const c = controllerOf(job.metadata);
  const labels = job.metadata.labels ?? {};
  return (
    !!c &&
    c.kind === 'GitRepo' &&
    c.apiVersion.startsWith('fleet.cattle.io/') &&
    GITREPO_GENERATION_LABEL in labels &&
    FORCE_SYNC_GENERATION_LABEL in labels
  );
}

export const isTerminal = (pod: Pod) => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** Whether a container of this pod was already started (by an earlier run of the executor). */
export function wasStarted(pod: Pod): boolean {
  const all = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return pod.status?.phase === 'Running' || all.some((s) => s.state.running || s.state.terminated);
}

/** A scheduler's first test: every nodeSelector label is on the node (gitjob sets kubernetes.io/os=linux plus the fleet-controller Deployment's nodeSelector). */
export function fitsNode(pod: Pod, nodeLabels: Record<string, string>): boolean {
  return Object.entries(pod.spec.nodeSelector ?? {}).every(([k, v]) => nodeLabels[k] === v);
}

export interface NodeRef {
  name: string;
  labels: Record<string, string>;
}

export type Action =
  | 'ignore' // not ours, already finished, or already being run here
  | 'run' // pending: bind it to our node (if unbound) and run it
  | 'abort' // running here and being deleted: stop its containers
  | 'delete' // bound to us, not running here, being deleted: confirm the deletion as a kubelet does
  | 'fail-orphaned'; // bound to us and started by an earlier executor process that is gone: fail it cleanly

/**
 * What to do with a pod, given its controlling Job (undefined if it has none or it is gone), our node and whether this
 * process is running it right now. Unbound pods whose nodeSelector our node does not satisfy are left to other nodes.
 */
export function decide(pod: Pod, job: Job | undefined, self: NodeRef, runningHere: boolean): Action {
  const node = self.name;
  const ref = jobRefOf(pod);
  if (!ref || !job || job.metadata.uid !== ref.uid || !isGitjobJob(job)) return 'ignore';
  if (isTerminal(pod)) return 'ignore';
  const bound = pod.spec.nodeName;
  if (bound && bound !== node) return 'ignore';
  if (runningHere) return pod.metadata.deletionTimestamp ? 'abort' : 'ignore';
  if (pod.metadata.deletionTimestamp) return bound ? 'delete' : 'ignore'; // the API server deletes unbound pods at once
  if (!bound) return fitsNode(pod, self.labels) ? 'run' : 'ignore';
  return wasStarted(pod) ? 'fail-orphaned' : 'run';
}
