// Spec-side objects as Fleet, Rancher and users create them: namespaces, Secrets, Clusters,
// ClusterGroups, GitRepos, Bundles; plus the agent-bookkeeping half of Cluster.status.
import { createHash } from 'node:crypto';
import { bundleCommit, bundleOptions, rfc3339, type Json } from './bd';
import * as F from './fixtures';
import type { BundleModel, ClusterModel, GroupModel, Model, RepoModel } from './model';
import { sha256hex } from './prng';

/** Marks what the seed owns, so a re-run can prune what a smaller run no longer wants. */
export const SEED_ANNOTATION = 'fleet-dashboard.dev/seeded';
const seeded = { [SEED_ANNOTATION]: 'true' };

export interface K8sObject extends Json {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
}

const FLEET = 'fleet.cattle.io/v1alpha1';
const PROXY = 'http://proxy.acme.example:3128';
const NO_PROXY = '127.0.0.0/8,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,.svc,.cluster.local,rancher.acme.example';

export function workspaceNamespace(ws: string): K8sObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ws, annotations: seeded } };
}

/** Fleet's cluster namespace: label managed=true, annotations naming the Cluster. */
export function clusterNamespaceObject(c: ClusterModel): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: c.namespace,
      labels: { 'fleet.cattle.io/managed': 'true' },
      annotations: { 'fleet.cattle.io/cluster-namespace': c.ws, 'fleet.cattle.io/cluster': c.name, ...seeded },
    },
  };
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export function secrets(): K8sObject[] {
  const s = (name: string, type: string, data: Record<string, string>): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Secret',
    type,
    metadata: { name, namespace: F.WS_DEFAULT, annotations: seeded },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
  });
  return [
    s(F.SECRET_SSH, 'kubernetes.io/ssh-auth', {
      'ssh-privatekey': '-----BEGIN OPENSSH PRIVATE KEY-----\nseed placeholder, not a key\n-----END OPENSSH PRIVATE KEY-----\n',
      known_hosts: 'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n',
    }),
    s(F.SECRET_BASIC, 'kubernetes.io/basic-auth', { username: 'fleet-bot', password: 'seed-placeholder-token' }),
    s(F.SECRET_HELM, 'kubernetes.io/basic-auth', { username: 'charts-reader', password: 'seed-placeholder-password' }),
  ];
}

function proxyEnv(): Json[] {
  return [
    { name: 'HTTP_PROXY', value: PROXY },
    { name: 'HTTPS_PROXY', value: PROXY },
    { name: 'NO_PROXY', value: NO_PROXY },
  ];
}

function windowsTolerations(): Json[] {
  return [
    { key: 'cattle.io/os', operator: 'Equal', value: 'linux', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' },
  ];
}

export function clusterObject(c: ClusterModel): K8sObject {
  const rancher = c.ws !== F.WS_CUSTOM; // team-edge clusters registered themselves (agent-initiated)
  const spec: Json = {};
  if (rancher) {
    spec.kubeConfigSecret = `${c.name}-kubeconfig`;
    spec.kubeConfigSecretNamespace = c.ws;
  } else spec.clientID = sha256hex(`client:${c.name}`).slice(0, 32);
  if (c.agentNamespace !== 'cattle-fleet-system') spec.agentNamespace = c.agentNamespace;
  if (c.proxy) spec.agentEnvVars = proxyEnv();
  if (c.os === 'windows') spec.agentTolerations = windowsTolerations();
  spec.redeployAgentGeneration = c.redeployAgentGeneration;
  const annotations: Record<string, string> = { ...seeded };
  if (rancher) {
    Object.assign(annotations, {
      'objectset.rio.cattle.io/id': 'fleet-cluster',
      'objectset.rio.cattle.io/owner-gvk': 'provisioning.cattle.io/v1, Kind=Cluster',
      'objectset.rio.cattle.io/owner-name': c.name,
      'objectset.rio.cattle.io/owner-namespace': c.ws,
    });
  }
  return { apiVersion: FLEET, kind: 'Cluster', metadata: { name: c.name, namespace: c.ws, labels: c.labels, annotations }, spec };
}

const sha224 = (v: unknown) => createHash('sha224').update(JSON.stringify(v)).digest('hex');

/** What Fleet's import/manage-agent controllers keep in Cluster.status; lastSeen is the agent's check-in. */
export function clusterAgentStatus(c: ClusterModel, nowMs: number): Json {
  const st: Json = {
    agent: {
      lastSeen: c.lastSeenAgoSec === null ? null : rfc3339(nowMs - c.lastSeenAgoSec * 1000),
      namespace: c.lastSeenAgoSec === null ? '' : c.agentNamespace,
    },
    agentDeployedGeneration: c.agentDeployedGeneration,
    agentMigrated: true,
    agentNamespaceMigrated: true,
    cattleNamespaceMigrated: true,
    agentConfigChanged: false,
    apiServerURL: 'https://rancher.acme.example',
    apiServerCAHash: sha256hex('seed-ca').slice(0, 56),
    agentTLSMode: 'system-store',
    garbageCollectionInterval: '15m0s',
  };
  if (c.proxy) st.agentEnvVarsHash = sha224(proxyEnv());
  if (c.os === 'windows') st.agentTolerationsHash = sha224(windowsTolerations());
  return st;
}

export function groupObject(g: GroupModel): K8sObject {
  return { apiVersion: FLEET, kind: 'ClusterGroup', metadata: { name: g.name, namespace: g.ws, annotations: seeded }, spec: { selector: g.selector } };
}

export function gitRepoObject(r: RepoModel): K8sObject {
  const spec: Json = { repo: r.repo };
  if (r.branch) spec.branch = r.branch;
  if (r.revision) spec.revision = r.revision;
  spec.paths = r.paths;
  if (r.paused) spec.paused = true;
  if (r.clientSecretName) spec.clientSecretName = r.clientSecretName;
  if (r.helmSecretName) spec.helmSecretName = r.helmSecretName;
  if (r.helmRepoURLRegex) spec.helmRepoURLRegex = r.helmRepoURLRegex;
  if (r.pollingInterval) spec.pollingInterval = r.pollingInterval;
  if (r.targets) spec.targets = r.targets;
  return { apiVersion: FLEET, kind: 'GitRepo', metadata: { name: r.name, namespace: r.ws, annotations: seeded }, spec };
}

/** Tiny stand-ins for what `fleet apply` packs into spec.resources. */
function bundleResources(b: BundleModel): Json[] {
  if (b.flavour === 'agent') return [{ name: 'agent.yaml', content: `# fleet-agent ${b.defaultNamespace} (rendered by fleet-controller)\n` }];
  if (b.flavour === 'helm') {
    const deps = b.name === F.BUNDLE_MISSING_DEPS ? 'dependencies:\n- name: postgresql\n  version: 16.7.4\n  repository: https://charts.bitnami.com/bitnami\n- name: redis\n  version: 21.2.5\n  repository: https://charts.bitnami.com/bitnami\n' : '';
    return [
      { name: 'Chart.yaml', content: `apiVersion: v2\nname: ${b.releaseName}\nversion: 1.4.2\n${deps}` },
      { name: 'templates/deployment.yaml', content: '# chart template\n' },
      { name: 'values.yaml', content: 'replicaCount: 2\n' },
    ];
  }
  if (b.flavour === 'kustomize') return [{ name: 'kustomization.yaml', content: 'resources:\n- deployment.yaml\n- service.yaml\n' }];
  return [{ name: 'deployment.yaml', content: `# ${b.path} manifests\n` }];
}

export function bundleObject(b: BundleModel): K8sObject {
  const labels: Record<string, string> = {};
  const annotations: Record<string, string> = { ...seeded };
  if (b.repo) {
    labels['fleet.cattle.io/repo-name'] = b.repo.name;
    labels['fleet.cattle.io/commit'] = bundleCommit(b);
  } else {
    annotations['objectset.rio.cattle.io/id'] = 'fleet-manage-agent';
    annotations['objectset.rio.cattle.io/owner-gvk'] = '/v1, Kind=Namespace';
    annotations['objectset.rio.cattle.io/owner-name'] = b.ws;
  }
  const spec: Json = { ...bundleOptions(b), resources: bundleResources(b), targets: b.targets };
  if (b.repo) spec.targetRestrictions = b.targets.map((t) => Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'name')));
  if (b.repo?.paused) spec.paused = true;
  if (b.name === F.ROLLOUT_BUNDLE && b.ws === F.WS_DEFAULT) spec.rolloutStrategy = { ...F.ROLLOUT_STRATEGY };
  if (b.repo?.git.targetingError) spec.helm = { ...((spec.helm as Json | undefined) ?? {}), values: { tenantName: F.TEMPLATE_VALUE } };
  return { apiVersion: FLEET, kind: 'Bundle', metadata: { name: b.name, namespace: b.ws, labels, annotations }, spec };
}

export function resourcesSha(b: BundleModel): string {
  return sha256hex(JSON.stringify(bundleResources(b)));
}

/** API paths per kind. */
export const paths = {
  namespaces: () => '/api/v1/namespaces',
  secrets: (ns: string) => `/api/v1/namespaces/${ns}/secrets`,
  fleet: (plural: string, ns?: string) => (ns ? `/apis/fleet.cattle.io/v1alpha1/namespaces/${ns}/${plural}` : `/apis/fleet.cattle.io/v1alpha1/${plural}`),
};

export function allWorkspaces(m: Model): string[] {
  return [...new Set([...F.WORKSPACES, ...m.clusters.map((c) => c.ws)])];
}
