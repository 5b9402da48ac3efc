// Objects shaped like what Fleet writes, for detector tests.
import type { BundleDeploymentIn, BundleIn, ClusterGroupIn, ClusterIn, DetectorInput, GitRepoIn } from './types';

export const NOW = Date.parse('2026-03-02T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();

/** fleet-agent bundle Modified after a restore, Ready message and summary as the controller writes them. */
export const agentBundle: BundleIn = {
  metadata: { name: 'fleet-agent-prod-us-east-restored', namespace: 'fleet-default' },
  spec: { defaultNamespace: 'cattle-fleet-system', helm: { takeOwnership: true } as never, forceSyncGeneration: 2 },
  status: {
    conditions: [
      {
        type: 'Ready',
        status: 'False',
        reason: 'Error',
        message:
          'Modified(1) [Cluster fleet-default/prod-us-east-restored]; configmap.v1 cattle-fleet-system/fleet-agent modified {"data":{"config":"{}"}}; secret.v1 cattle-fleet-system/fleet-agent-bootstrap missing',
      },
    ],
    display: { readyClusters: '0/1', state: 'Modified' },
    summary: {
      desiredReady: 1,
      ready: 0,
      modified: 1,
      nonReadyResources: [
        {
          name: 'fleet-default/prod-us-east-restored',
          bundleState: 'Modified',
          modifiedStatus: [
            { apiVersion: 'v1', kind: 'Secret', missing: true, name: 'fleet-agent-bootstrap', namespace: 'cattle-fleet-system' },
            { apiVersion: 'v1', kind: 'ConfigMap', name: 'fleet-agent', namespace: 'cattle-fleet-system', patch: '{"data":{"config":"{}"}}' },
          ],
        },
      ],
    },
  },
};

/** missing chart dependencies, Bundle Ready condition as written by the controller. */
export const depsBundle: BundleIn = {
  metadata: { name: 'helm-missing-deps-charts-webapp', namespace: 'fleet-default', labels: { 'fleet.cattle.io/repo-name': 'helm-missing-deps' } },
  spec: { defaultNamespace: 'webapp', helm: { releaseName: 'helm-missing-deps-charts-webapp' } },
  status: {
    conditions: [
      {
        type: 'Ready',
        status: 'False',
        reason: 'Error',
        message:
          'ErrApplied(1) [Cluster fleet-default/staging-eu-central-legacy: found in Chart.yaml, but missing in charts/ directory: postgresql, redis]',
      },
    ],
    summary: { desiredReady: 1, ready: 0, errApplied: 1 },
  },
};

export const readyBundle = (name: string, spec: BundleIn['spec'] = {}): BundleIn => ({
  metadata: { name, namespace: 'fleet-default' },
  spec,
  status: { summary: { desiredReady: 1, ready: 1 }, conditions: [{ type: 'Ready', status: 'True' }] },
});

export const cluster = (name: string, o: Partial<ClusterIn> & { lastSeen?: string | null; labels?: Record<string, string> } = {}): ClusterIn => ({
  metadata: { name, namespace: 'fleet-default', labels: o.labels },
  spec: o.spec ?? {},
  status: { agent: { lastSeen: o.lastSeen === undefined ? minutesAgo(2) : o.lastSeen }, ...(o.status ?? {}) },
});

export const minutes = minutesAgo;

const PROXY = [
  { name: 'HTTP_PROXY', value: 'http://user:secret@proxy.acme.example:3128' },
  { name: 'HTTPS_PROXY', value: 'http://proxy.acme.example:3128' },
  { name: 'NO_PROXY', value: '.svc,.cluster.local' },
];
export const proxied = (name: string, withEnv: boolean, extra: Partial<ClusterIn> = {}) =>
  cluster(name, { labels: { proxied: 'true' }, spec: withEnv ? { agentEnvVars: PROXY } : {}, ...extra });

export const proxyGroup: ClusterGroupIn = { metadata: { name: 'proxied-eu', namespace: 'fleet-default' }, spec: { selector: { matchLabels: { proxied: 'true' } } } };

/** the GitRepo status Fleet wrote when a helmSecretName Secret was gone (rancher/fleet#1449). */
export const helmSecretRepo: GitRepoIn = {
  metadata: { name: 'charts', namespace: 'fleet-default' },
  spec: { helmSecretName: 'auth-9qgqg' },
  status: {
    conditions: [
      { type: 'Accepted', status: 'False', reason: 'Error', message: 'failed to look up helmSecretName, error: secrets "fleet-default/auth-9qgqg" not found' },
    ],
  },
};

/** Seed: clientSecretName not restored; go-git reports an auth failure on GitPolling and Stalled. */
export const clientSecretRepo: GitRepoIn = {
  metadata: { name: 'restored-secret-repo', namespace: 'fleet-default' },
  spec: { clientSecretName: 'restored-git-creds' },
  status: {
    conditions: [
      { type: 'Ready', status: 'True' },
      { type: 'GitPolling', status: 'False', reason: 'Error', message: 'authentication required: Repository not found.' },
      { type: 'Stalled', status: 'True', reason: 'Stalled', message: 'authentication required: Repository not found.' },
    ],
  },
};

export const bd = (bundle: string, clusterName: string, o: Partial<BundleDeploymentIn['status']> = {}, ready = true): BundleDeploymentIn => ({
  metadata: {
    name: bundle,
    namespace: `cluster-fleet-default-${clusterName}-000000000000`,
    labels: {
      'fleet.cattle.io/bundle-name': bundle,
      'fleet.cattle.io/bundle-namespace': 'fleet-default',
      'fleet.cattle.io/cluster': clusterName,
      'fleet.cattle.io/cluster-namespace': 'fleet-default',
    },
  },
  spec: { deploymentID: 's-1:abc', stagedDeploymentID: 's-1:abc' },
  status: { appliedDeploymentID: 's-1:abc', ready, nonModified: true, ...o },
});

export function input(o: Partial<DetectorInput>): DetectorInput {
  return { now: NOW, gitrepos: [], bundles: [], bundledeployments: [], clusters: [], clustergroups: [], ...o };
}
