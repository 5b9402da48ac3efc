// Cluster and ClusterGroup generation: fixed troubleshooting clusters first, then generated ones whose
// attributes depend only on their index (so names are stable whatever --clusters is).
import { clusterNamespace } from './cluster-namespace';
import * as F from './fixtures';
import { pad, pick, pickWeighted, prng } from './prng';
import type { LabelSelector } from './selector';

export type AgentHealth = 'online' | 'stale' | 'offline' | 'never';

export interface ClusterModel {
  ws: string;
  name: string;
  labels: Record<string, string>;
  os: 'linux' | 'windows';
  k8sVersion: string;
  proxy: boolean;
  agent: AgentHealth;
  /** Seconds between the agent's last check-in and the seed time; null = never checked in. */
  lastSeenAgoSec: number | null;
  namespace: string;
  agentNamespace: string;
  redeployAgentGeneration: number;
  agentDeployedGeneration: number;
  restored: boolean;
}

export interface GroupModel {
  ws: string;
  name: string;
  selector: LabelSelector;
}

const REGIONS = ['eu-west', 'eu-central', 'us-east', 'us-west', 'ap-south', 'ap-northeast'] as const;
const PROVIDERS = ['rke2', 'k3s', 'eks', 'aks', 'gke'] as const;
const VERSIONS: Record<string, readonly string[]> = {
  rke2: ['v1.33.5+rke2r1', 'v1.32.9+rke2r1', 'v1.31.13+rke2r1'],
  k3s: ['v1.33.5+k3s1', 'v1.32.9+k3s1'],
  eks: ['v1.33.5-eks-3cfe0ce', 'v1.32.9-eks-113cf36'],
  aks: ['v1.33.3', 'v1.32.7'],
  gke: ['v1.33.4-gke.1245000', 'v1.32.8-gke.1134000'],
};
const MINUTE = 60;
const HOUR = 3600;

interface ClusterInit {
  ws: string;
  name: string;
  env?: string;
  region?: string;
  os?: 'linux' | 'windows';
  provider?: string;
  k8sVersion?: string;
  displayName?: string;
  extraLabels?: Record<string, string>;
  proxy?: boolean;
  agent?: AgentHealth;
  lastSeenAgoSec?: number | null;
  restored?: boolean;
}

function makeCluster(c: ClusterInit): ClusterModel {
  const r = prng(`cluster-attrs:${c.ws}/${c.name}`);
  const provider = c.provider ?? 'rke2';
  const k8sVersion = c.k8sVersion ?? pick(r, VERSIONS[provider] ?? ['v1.33.5']);
  const labels: Record<string, string> = {};
  if (c.env) labels[F.LABEL_ENV] = c.env;
  if (c.region) labels[F.LABEL_REGION] = c.region;
  labels[F.LABEL_OS] = c.os ?? 'linux';
  labels[F.LABEL_PROVIDER] = provider;
  // Fleet/Rancher do not record the Kubernetes version on the Fleet Cluster; a label is how users target it.
  labels['k8s-version'] = (k8sVersion.match(/^v\d+\.\d+\.\d+/) ?? ['v0.0.0'])[0];
  labels['management.cattle.io/cluster-name'] = c.name;
  if (c.displayName) labels[F.LABEL_DISPLAY_NAME] = c.displayName;
  Object.assign(labels, c.extraLabels);
  const agent = c.agent ?? 'online';
  const lastSeenAgoSec =
    c.lastSeenAgoSec !== undefined ? c.lastSeenAgoSec : agent === 'never' ? null : Math.floor(r() * 10 * MINUTE);
  const restored = c.restored ?? false;
  return {
    ws: c.ws,
    name: c.name,
    labels,
    os: c.os ?? 'linux',
    k8sVersion,
    proxy: c.proxy ?? false,
    agent,
    lastSeenAgoSec,
    namespace: clusterNamespace(c.ws, c.name),
    agentNamespace: c.name === F.LOCAL_CLUSTER && c.ws === F.WS_LOCAL ? 'cattle-fleet-local-system' : 'cattle-fleet-system',
    redeployAgentGeneration: restored ? 3 : 1,
    agentDeployedGeneration: restored ? 2 : 1,
    restored,
  };
}

function fixedDefaultClusters(): ClusterInit[] {
  const ws = F.WS_DEFAULT;
  const proxied = { network: 'proxied' };
  return [
    ...F.PROXY_CLUSTERS.map((name) => ({ ws, name, env: 'prod', region: 'eu-west', extraLabels: proxied, proxy: true })),
    { ws, name: F.PROXY_MISSING_CLUSTER, env: 'prod', region: 'eu-west', extraLabels: proxied, agent: 'offline', lastSeenAgoSec: 6 * HOUR },
    { ws, name: 'win-us-east-01', env: 'prod', region: 'us-east', os: 'windows', displayName: 'Windows-Prod-East' },
    { ws, name: 'win-us-east-02', env: 'staging', region: 'us-east', os: 'windows', provider: 'aks' },
    { ws, name: F.OFFLINE_CLUSTER, env: 'staging', region: 'ap-south', agent: 'offline', lastSeenAgoSec: 3 * 24 * HOUR + 17 * MINUTE },
    { ws, name: F.STALE_CLUSTER, env: 'dev', region: 'us-west', provider: 'k3s', agent: 'stale', lastSeenAgoSec: 2 * HOUR + 4 * MINUTE },
    { ws, name: F.WAITCHECKIN_CLUSTER, env: 'prod', region: 'ap-northeast', provider: 'eks', agent: 'never' },
    { ws, name: F.RESTORED_CLUSTER, env: 'prod', region: 'us-east', restored: true },
    { ws, name: F.OLD_K8S_CLUSTER, env: 'staging', region: 'eu-central', k8sVersion: 'v1.28.15+rke2r1' },
    { ws, name: F.LIVE_FLAPPING_CLUSTER, env: 'dev', region: 'eu-west', provider: 'k3s' },
  ] satisfies ClusterInit[];
}

/** Generated downstream cluster #g of fleet-default (cells of 5 give generated GitRepos a target unit). */
function generatedCluster(g: number): ClusterInit {
  const r = prng(`cluster:${g}`);
  const env = pickWeighted(r, [['prod', 35], ['staging', 30], ['dev', 35]] as const);
  const region = pick(r, REGIONS);
  const windows = r() < 0.06;
  const provider = windows ? pick(r, ['rke2', 'aks'] as const) : pick(r, PROVIDERS);
  const imported = r() < 0.15;
  const human = `${env}-${region}-${pad(g, 4)}`;
  const suffix = Array.from({ length: 5 }, () => pick(r, [...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('');
  const name = imported ? `c-${suffix}` : human;
  const displayName = imported ? human : r() < 0.5 ? human : undefined;
  const health = r();
  const agent: AgentHealth = health < 0.01 ? 'offline' : health < 0.025 ? 'stale' : 'online';
  const lastSeenAgoSec =
    agent === 'offline' ? Math.floor((1 + r() * 6) * 24 * HOUR) : agent === 'stale' ? Math.floor((1 + r() * 5) * HOUR) : undefined;
  return {
    ws: F.WS_DEFAULT,
    name,
    env,
    region,
    os: windows ? 'windows' : 'linux',
    provider,
    displayName,
    extraLabels: { cell: `cell-${pad(Math.floor(g / 5), 3)}` },
    proxy: region === 'ap-south' && r() < 0.6,
    agent,
    lastSeenAgoSec,
  };
}

export function edgeClusterCount(total: number): number {
  return 3 + Math.floor(Math.max(0, total - 30) / 100);
}

/** All clusters: local, fleet-default (fixed + generated), team-edge. `total` includes local. */
export function generateClusters(total: number): ClusterModel[] {
  if (total < F.MIN_CLUSTERS) throw new Error(`--clusters must be at least ${F.MIN_CLUSTERS} (the fixture clusters need them)`);
  const out: ClusterModel[] = [];
  out.push(
    makeCluster({
      ws: F.WS_LOCAL,
      name: F.LOCAL_CLUSTER,
      displayName: 'local',
      extraLabels: { name: 'local' },
    }),
  );
  const edge = edgeClusterCount(total);
  const fixed = fixedDefaultClusters();
  for (const c of fixed) out.push(makeCluster(c));
  const generated = total - 1 - edge - fixed.length;
  const seen = new Set(out.map((c) => c.name));
  for (let g = 0; g < generated; g++) {
    const init = generatedCluster(g);
    if (seen.has(init.name)) init.name = `${init.name}-${g}`; // c-xxxxx collisions are possible at 10k
    seen.add(init.name);
    out.push(makeCluster(init));
  }
  for (let i = 1; i <= edge; i++) {
    const r = prng(`edge:${i}`);
    out.push(
      makeCluster({
        ws: F.WS_CUSTOM,
        name: `store-${pad(i, 4)}`,
        env: 'prod',
        region: pick(r, ['eu-west', 'eu-central', 'us-east'] as const),
        provider: 'k3s',
        extraLabels: { tier: 'store', location: `store-${pad(i, 4)}` },
      }),
    );
  }
  return out;
}

export function generateGroups(): GroupModel[] {
  const d = F.WS_DEFAULT;
  return [
    { ws: F.WS_LOCAL, name: F.LOCAL_DEFAULT_GROUP, selector: { matchLabels: { name: 'local' } } },
    { ws: d, name: F.GROUP_PROD, selector: { matchLabels: { env: 'prod' } } },
    { ws: d, name: F.GROUP_NON_PROD, selector: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] } },
    {
      ws: d,
      name: F.GROUP_STAGING_EU,
      selector: { matchLabels: { env: 'staging' }, matchExpressions: [{ key: 'region', operator: 'In', values: ['eu-west', 'eu-central'] }] },
    },
    { ws: d, name: F.GROUP_WINDOWS, selector: { matchLabels: { os: 'windows' } } },
    { ws: d, name: F.GROUP_PROXIED, selector: { matchLabels: { network: 'proxied' } } },
    { ws: d, name: F.GROUP_EMPTY, selector: { matchExpressions: [{ key: 'gpu', operator: 'Exists' }] } },
    { ws: F.WS_CUSTOM, name: F.GROUP_STORES, selector: { matchLabels: { tier: 'store' } } },
    {
      ws: F.WS_CUSTOM,
      name: F.GROUP_STORES_EU,
      selector: { matchLabels: { tier: 'store' }, matchExpressions: [{ key: 'region', operator: 'In', values: ['eu-west', 'eu-central'] }] },
    },
  ];
}
