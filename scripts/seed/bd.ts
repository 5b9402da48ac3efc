// Builds a BundleDeployment exactly as Fleet leaves it: spec from the controller (deploymentID
// "s-<manifest sha>:<options sha>", labels as internal/cmd/controller/target/target.go sets them), status from the agent (conditions,
// ready/nonModified, nonReadyStatus/modifiedStatus) and display from the controller.
import { bundleDeploymentState, type ModifiedStatus, type NonReadyStatus } from '@/lib/fleet/state';
import { modifiedStatusString, nonReadyStatusString } from '@/lib/fleet/status-strings';
import * as F from './fixtures';
import { AGENT_VERSION, repoCommit, type BundleModel, type ClusterModel, type ResourceRef } from './model';
import type { Plan } from './plan';
import { sha256hex, unit } from './prng';

export type Json = Record<string, unknown>;

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  lastUpdateTime: string;
  reason?: string;
  message?: string;
}

export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * wrangler's condition.SetError (what Fleet's agent and controllers call): False with the error's text and reason
 * "Error", True with neither. wrangler only ever writes lastUpdateTime, never lastTransitionTime.
 */
export function cond(type: string, ok: boolean, atMs: number, message?: string): Condition {
  const c: Condition = { type, status: ok ? 'True' : 'False', lastUpdateTime: rfc3339(atMs) };
  if (!ok && message) {
    c.reason = 'Error';
    c.message = message;
  }
  return c;
}

/**
 * Fleet's summary.SetReadyConditions: Ready=False carries the summary message but no reason (a reason left by an
 * earlier error survives until Ready turns True, which clears it).
 */
export function readyCond(message: string, atMs: number): Condition {
  const c: Condition = { type: 'Ready', status: message === '' ? 'True' : 'False', lastUpdateTime: rfc3339(atMs) };
  if (message !== '') c.message = message;
  return c;
}

function uid(seed: string): string {
  const h = sha256hex(seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function bundleOptions(b: BundleModel): Json {
  const o: Json = { defaultNamespace: b.defaultNamespace };
  if (b.flavour === 'agent') o.helm = { takeOwnership: true };
  else if (b.flavour === 'helm') {
    o.helm = b.name === F.BUNDLE_MISSING_DEPS
      ? { releaseName: b.releaseName, disableDependencyUpdate: true }
      : { releaseName: b.releaseName, values: { replicaCount: 2 } };
  } else if (b.flavour === 'kustomize') o.kustomize = { dir: b.path ?? '' };
  return o;
}

export function bundleCommit(b: BundleModel, generation?: number): string {
  if (b.repo) return repoCommit(b.repo, generation);
  return `${AGENT_VERSION}-${b.agentFor?.redeployAgentGeneration ?? 1}`;
}

function deploymentID(b: BundleModel, commit: string): string {
  return `s-${sha256hex(`${b.ws}/${b.name}@${commit}`)}:${sha256hex(JSON.stringify(bundleOptions(b)))}`;
}

const HELM_LOCK = 'another operation (install/upgrade/rollback) is in progress';

function nonReady(b: BundleModel, c: ClusterModel, variant: string): { list: NonReadyStatus[]; installError?: string } {
  const dep = b.resources.find((r) => r.kind === 'Deployment') ?? b.resources[0];
  const base = (r: ResourceRef | undefined) => ({ uid: uid(`${c.namespace}/${b.name}/${r?.name}`), kind: r?.kind, apiVersion: r?.apiVersion, namespace: r?.namespace, name: r?.name });
  switch (variant) {
    case 'deadline':
      return { list: [{ ...base(dep), summary: { state: 'updating', error: true, transitioning: true, message: ['Deployment does not have minimum availability.', 'Progress deadline exceeded'] } }] };
    case 'kubeversion':
      return { list: [], installError: `chart requires kubeVersion: >=1.30.0-0 which is incompatible with Kubernetes ${c.k8sVersion}` };
    case 'ownership':
      return {
        list: [],
        installError: `rendered manifests contain a resource that already exists. Unable to continue with install: ClusterRole "${b.defaultNamespace}-reader" in namespace "" exists and cannot be imported into the current release: invalid ownership metadata; annotation validation error: key "meta.helm.sh/release-namespace" must equal "${b.defaultNamespace}": current value is "default"`,
      };
    case 'helmchart':
      return {
        list: ['rancher-monitoring-crd', 'rancher-monitoring'].map((name) => ({
          uid: uid(`${c.namespace}/${b.name}/${name}`), kind: 'HelmChart', apiVersion: 'helm.cattle.io/v1', namespace: 'kube-system', name,
          summary: { state: 'error', error: true, message: ['Resource is current'] },
        })),
      };
    case 'iis':
      return { list: [{ ...base(dep), summary: { state: 'in-progress', transitioning: true, message: ['Deployment does not have minimum availability.', 'Available: 0/2'] } }] };
    default:
      return { list: [{ ...base(dep), summary: { state: 'in-progress', transitioning: true, message: ['Available: 1/3'] } }] };
  }
}

function modified(b: BundleModel, variant: string): ModifiedStatus[] {
  const find = (kind: string) => b.resources.find((r) => r.kind === kind) ?? b.resources[0];
  const ref = (r: ResourceRef | undefined) => ({ kind: r?.kind, apiVersion: r?.apiVersion, namespace: r?.namespace, name: r?.name });
  switch (variant) {
    case 'agent-restore':
      return [
        { kind: 'Secret', apiVersion: 'v1', namespace: b.defaultNamespace, name: 'fleet-agent-bootstrap', missing: true },
        { ...ref(find('ConfigMap')), patch: '{"data":{"config":"{\\"labels\\":null,\\"clientID\\":\\"\\",\\"agentTLSMode\\":\\"system-store\\"}"}}' },
      ];
    case 'missing-configmap':
      return [{ ...ref(find('ConfigMap') ?? find('Service')), missing: true }];
    default:
      return [{ ...ref(find('Deployment')), patch: '{"spec":{"replicas":5}}' }];
  }
}

function errMessage(variant: string): string {
  if (variant === 'missing-deps') return F.MISSING_DEPS_ERROR;
  if (variant === 'post-install') return 'failed post-install: context deadline exceeded';
  return HELM_LOCK;
}

function resourceCounts(n: number, plan: Plan): Json {
  const rc = { ready: n, desiredReady: n, waitApplied: 0, modified: 0, orphaned: 0, missing: 0, unknown: 0, notReady: 0 };
  if (plan.state === 'NotReady') Object.assign(rc, { ready: n - 1, notReady: 1 });
  if (plan.state === 'Modified') Object.assign(rc, plan.variant === 'missing-configmap' ? { ready: n - 1, missing: 1 } : { ready: n - 1, modified: 1 });
  if (plan.state === 'WaitApplied') Object.assign(rc, { ready: 0, waitApplied: n });
  if (plan.state === 'ErrApplied') Object.assign(rc, { ready: 0, notReady: n });
  return rc;
}

export interface BuiltBD {
  obj: Json & { metadata: { name: string; namespace: string; labels: Record<string, string> }; spec: Json; status?: Json };
}

/** Labels Fleet puts on BDs: the bundle's fleet.cattle.io/* labels plus bundle/cluster identity. */
export function bdLabels(b: BundleModel, c: ClusterModel, commit: string): Record<string, string> {
  const l: Record<string, string> = {};
  if (b.repo) {
    l['fleet.cattle.io/repo-name'] = b.repo.name;
    l['fleet.cattle.io/commit'] = commit;
  }
  l['fleet.cattle.io/bundle-name'] = b.name;
  l['fleet.cattle.io/bundle-namespace'] = b.ws;
  l['fleet.cattle.io/managed'] = 'true';
  l['fleet.cattle.io/cluster-namespace'] = c.ws;
  l['fleet.cattle.io/cluster'] = c.name;
  return l;
}

/**
 * @param commitMs when the bundle's current commit was pushed; the agent applied it shortly after.
 */
export function buildBD(b: BundleModel, c: ClusterModel, plan: Plan, nowMs: number): BuiltBD['obj'] {
  const gen = b.repo?.generation ?? 1;
  const newCommit = bundleCommit(b, gen);
  const oldCommit = bundleCommit(b, gen - 1);
  const newId = deploymentID(b, newCommit);
  const oldId = deploymentID(b, oldCommit);
  const options = bundleOptions(b);
  const paused = b.repo?.paused === true;
  const spec: Json = {
    deploymentID: plan.state === 'OutOfSync' ? oldId : newId,
    stagedDeploymentID: newId,
    options,
    stagedOptions: options,
  };
  if (paused) spec.paused = true;
  const metadata = { name: b.name, namespace: c.namespace, labels: bdLabels(b, c, newCommit) };
  const obj: BuiltBD['obj'] = { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'BundleDeployment', metadata, spec };
  if (plan.variant === 'fresh') {
    // Agent never checked in: only the controller's display exists.
    obj.status = { display: { state: bundleDeploymentState(obj as never) } };
    return obj;
  }

  const u = unit(`t:${c.namespace}/${b.name}`);
  const commitAge = b.repo?.commitAgeSec ?? 30 * 86400;
  const commitMs = nowMs - commitAge * 1000;
  const appliedMs = Math.min(nowMs - (c.lastSeenAgoSec ?? 0) * 1000, commitMs + Math.floor(20_000 + u * 280_000));
  const oldMs = commitMs - Math.floor((1 + u) * 86400_000);
  const rev = 1 + Math.floor(u * 6) + gen;

  let applied = newId;
  let at = appliedMs;
  let ready = true;
  let nonModified = true;
  let conditions: Condition[];
  let nonReadyStatus: NonReadyStatus[] | undefined;
  let modifiedStatus: ModifiedStatus[] | undefined;

  switch (plan.state) {
    case 'WaitApplied':
      applied = oldId;
      at = oldMs;
      conditions = [cond('Installed', true, at), cond('Deployed', true, at), cond('Ready', true, at), cond('Monitored', true, at)];
      break;
    case 'OutOfSync':
      applied = oldId;
      at = oldMs;
      conditions = [cond('Installed', true, at), cond('Deployed', true, at), cond('Ready', true, at), cond('Monitored', true, at)];
      break;
    case 'ErrApplied': {
      applied = plan.variant === 'missing-deps' ? '' : oldId;
      ready = false;
      nonModified = false;
      const msg = errMessage(plan.variant);
      conditions = [
        ...(applied ? [cond('Installed', true, oldMs)] : []),
        cond('Deployed', false, appliedMs, msg),
        cond('Ready', false, appliedMs, 'not ready'),
        cond('Monitored', true, applied ? oldMs : appliedMs),
      ];
      break;
    }
    case 'NotReady': {
      ready = false;
      const nr = nonReady(b, c, plan.variant);
      if (nr.installError) {
        conditions = [cond('Installed', false, at, `not installed: ${nr.installError}`), cond('Deployed', true, at), cond('Ready', false, at, `not ready: ${nr.installError}`), cond('Monitored', true, at)];
      } else {
        nonReadyStatus = nr.list;
        const first = nr.list[0];
        conditions = [cond('Installed', true, at), cond('Deployed', true, at), cond('Ready', false, at, first ? nonReadyStatusString(first) : 'not ready'), cond('Monitored', true, at)];
      }
      break;
    }
    case 'Modified': {
      nonModified = false;
      modifiedStatus = modified(b, plan.variant);
      const first = modifiedStatus[0];
      conditions = [cond('Installed', true, at), cond('Deployed', true, at), cond('Ready', false, at, first ? modifiedStatusString(first) : 'out of sync'), cond('Monitored', true, at)];
      break;
    }
    default:
      conditions = [cond('Installed', true, at), cond('Deployed', true, at), cond('Ready', true, at), cond('Monitored', true, at)];
  }

  const status: Json = {
    conditions,
    appliedDeploymentID: applied,
    release: `${b.defaultNamespace}/${b.releaseName}:${rev}`,
    ready,
    nonModified,
    syncGeneration: 0,
    resources: b.resources.map((r) => ({ ...r, createdAt: rfc3339(oldMs) })),
    resourceCounts: resourceCounts(b.resources.length, plan),
  };
  if (nonReadyStatus) status.nonReadyStatus = nonReadyStatus;
  if (modifiedStatus) status.modifiedStatus = modifiedStatus;
  obj.status = status;
  const display = (type: string) => {
    const k = conditions.find((x) => x.type === type);
    return k ? (k.reason === 'Error' ? `Error: ${k.message ?? ''}` : k.status) : '';
  };
  status.display = { deployed: display('Deployed'), monitored: display('Monitored'), state: bundleDeploymentState(obj as never) };
  return obj;
}
