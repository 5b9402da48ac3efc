// Objects as the API server returns them for Fleet v0.16 (shapes from pkg/apis/fleet.cattle.io/v1alpha1/*_types.go),
// including the heavy parts projections must drop.
import type { KubeObject } from '../types';

const managedFields = [
  { manager: 'fleetcontroller', operation: 'Update', apiVersion: 'fleet.cattle.io/v1alpha1', fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': { 'f:options': {} } } },
];

export function bundleDeployment(p: {
  cluster: string;
  clusterNs?: string;
  bundle: string;
  repo?: string;
  workspace?: string;
  rv?: string;
  state?: 'Ready' | 'NotReady' | 'Modified' | 'ErrApplied' | 'WaitApplied' | 'OutOfSync';
}): KubeObject {
  const ws = p.workspace ?? 'fleet-default';
  const clusterNs = p.clusterNs ?? `cluster-${ws}-${p.cluster}-0123456789ab`;
  const st = p.state ?? 'Ready';
  const applied = st === 'ErrApplied' || st === 'WaitApplied' ? 's-old' : 's-1';
  return {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'BundleDeployment',
    metadata: {
      name: p.bundle,
      namespace: clusterNs,
      uid: `uid-${p.cluster}-${p.bundle}`,
      resourceVersion: p.rv ?? '100',
      generation: 1,
      creationTimestamp: '2026-01-01T00:00:00Z',
      labels: {
        'fleet.cattle.io/bundle-name': p.bundle,
        'fleet.cattle.io/bundle-namespace': ws,
        'fleet.cattle.io/cluster': p.cluster,
        'fleet.cattle.io/cluster-namespace': ws,
        'fleet.cattle.io/managed': 'true',
        ...(p.repo ? { 'fleet.cattle.io/repo-name': p.repo, 'fleet.cattle.io/commit': 'abc123' } : {}),
      },
      annotations: { 'objectset.rio.cattle.io/applied': 'H4sIAAAA'.repeat(400), 'fleet.cattle.io/keep': 'small' },
      managedFields,
      finalizers: ['fleet.cattle.io/bundle-deployment-finalizer'],
    },
    spec: {
      deploymentID: 's-1',
      stagedDeploymentID: st === 'OutOfSync' ? 's-2' : 's-1',
      options: { helm: { values: { big: 'x'.repeat(5000) } }, defaultNamespace: 'default' },
      stagedOptions: { helm: { values: { big: 'x'.repeat(5000) } }, defaultNamespace: 'default' },
    },
    status: {
      appliedDeploymentID: applied,
      ready: st !== 'NotReady',
      nonModified: st !== 'Modified',
      conditions: [
        { type: 'Ready', status: st === 'Ready' ? 'True' : 'False', message: '', lastUpdateTime: '2026-01-01T00:00:10Z' },
        { type: 'Installed', status: 'True', lastUpdateTime: '2026-01-01T00:00:09Z' },
        { type: 'Deployed', status: st === 'ErrApplied' ? 'False' : 'True', message: st === 'ErrApplied' ? 'helm install failed' : '', lastUpdateTime: '2026-01-01T00:00:08Z' },
        { type: 'Monitored', status: 'True', lastUpdateTime: '2026-01-01T00:00:11Z' },
      ],
      display: { deployed: 'True', monitored: 'True', state: st },
      // Only drifted / unready deployments carry these lists (Fleet truncates them at 10 itself; we see more here).
      ...(st === 'Modified'
        ? { modifiedStatus: Array.from({ length: 15 }, (_, i) => ({ kind: 'ConfigMap', apiVersion: 'v1', namespace: 'default', name: `cm-${i}`, patch: '{"data":' + '"y"'.repeat(600) + '}' })) }
        : {}),
      ...(st === 'NotReady'
        ? { nonReadyStatus: [{ kind: 'Deployment', apiVersion: 'apps/v1', namespace: 'default', name: 'web', summary: { state: 'in-progress', transitioning: true, message: ['Available: 0/1'] } }] }
        : {}),
      resources: Array.from({ length: 40 }, (_, i) => ({ kind: 'ConfigMap', apiVersion: 'v1', namespace: 'default', name: `cm-${i}` })),
    },
  };
}

export function gitRepo(name: string, ws = 'fleet-default', rv = '10', summary: Record<string, number> = { ready: 3, desiredReady: 3 }): KubeObject {
  return {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'GitRepo',
    metadata: {
      name,
      namespace: ws,
      resourceVersion: rv,
      creationTimestamp: '2026-01-02T00:00:00Z',
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"fleet.cattle.io/v1alpha1"}' },
      managedFields,
    },
    spec: { repo: `https://github.com/example/${name}`, branch: 'main', paths: ['simple'] },
    status: {
      summary,
      display: { readyBundleDeployments: `${summary.ready}/${summary.desiredReady}`, state: '' },
      conditions: [{ type: 'Ready', status: 'True' }],
      resources: [{ kind: 'ConfigMap', name: 'x', perClusterState: { ready: ['c1', 'c2'] } }],
      perClusterResourceCounts: { 'fleet-default/c1': { ready: 1, desiredReady: 1 } },
      commit: 'abc123',
    },
  };
}

export function bundle(name: string, ws = 'fleet-default', repo?: string): KubeObject {
  return {
    metadata: { name, namespace: ws, resourceVersion: '20', labels: repo ? { 'fleet.cattle.io/repo-name': repo } : {} },
    spec: {
      resources: [{ name: 'chart/values.yaml', content: 'a: 1\n'.repeat(10_000) }, { name: 'x.tgz', content: 'H4sI', encoding: 'base64+gz' }],
      targets: [{ clusterGroup: 'default' }],
    },
    status: { summary: { ready: 1, desiredReady: 2, notReady: 1 }, resourceKey: [{ kind: 'ConfigMap', name: 'a' }], display: { readyClusters: '1/2' } },
  };
}

export function cluster(name: string, ws = 'fleet-default', labels: Record<string, string> = {}): KubeObject {
  return {
    metadata: { name, namespace: ws, resourceVersion: '30', labels },
    spec: { clientID: `id-${name}` },
    status: {
      namespace: `cluster-${ws}-${name}-0123456789ab`,
      summary: { ready: 2, desiredReady: 2 },
      display: { readyBundles: '2/2', state: '' },
      agent: { lastSeen: '2026-01-03T00:00:00Z', namespace: 'cattle-fleet-system' },
    },
  };
}

export function namespace(name: string, annotations?: Record<string, string>): KubeObject {
  return { metadata: { name, resourceVersion: '5', annotations, managedFields }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } };
}
