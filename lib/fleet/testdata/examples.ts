// Fixtures: statuses quoted in rancher/fleet and rancher/rancher issues (numbers given per fixture), and examples
// built from the message formats of Fleet's status code (internal/cmd/controller/summary/ in Fleet v0.16.0).
import type { BundleSummary } from '../state';

/** Built: Bundle ErrApplied on one cluster, NotReady on another. */
export const bundleErrAndNotReady = {
  summary: {
    desiredReady: 3,
    ready: 1,
    errApplied: 1,
    notReady: 1,
    nonReadyResources: [
      {
        name: 'fleet-default/c-m-7xk2p',
        bundleState: 'ErrApplied',
        message: 'another operation (install/upgrade/rollback) is in progress',
      },
      {
        name: 'fleet-default/prod-east',
        bundleState: 'NotReady',
        nonReadyStatus: [
          {
            kind: 'Deployment',
            apiVersion: 'apps/v1',
            namespace: 'web',
            name: 'frontend',
            summary: { state: 'in-progress', transitioning: true, message: ['Available: 1/3'] },
          },
        ],
      },
    ],
  } satisfies BundleSummary,
  readyMessage:
    'ErrApplied(1) [Cluster fleet-default/c-m-7xk2p: another operation (install/upgrade/rollback) is in progress]; NotReady(1) [Cluster fleet-default/prod-east]; deployment.apps web/frontend [progressing] Available: 1/3',
  display: { readyClusters: '1/3', state: 'ErrApplied' },
};

/** fleet-agent Bundle, rancher/fleet#173. */
export const bundleWaitApplied = {
  summary: {
    desiredReady: 177,
    ready: 176,
    waitApplied: 1,
    nonReadyResources: [{ name: 'fleet-default/c-lg4tr', bundleState: 'WaitApplied' }],
  } satisfies BundleSummary,
  readyMessage: 'WaitApplied(1) [Cluster fleet-default/c-lg4tr]',
  display: { readyClusters: '176/177', state: 'WaitApplied' },
};

/** GitRepo NotReady, rancher/rancher#36947. */
export const gitRepoNotReady = {
  summary: {
    desiredReady: 2,
    ready: 1,
    notReady: 1,
    nonReadyResources: [
      {
        name: 'helm-kustomize-multi-cluster-helm-kustomize',
        bundleState: 'NotReady',
        nonReadyStatus: [
          {
            uid: 'bcc427c2-d738-41df-9d7c-78324375bfc1',
            kind: 'Deployment',
            apiVersion: 'apps/v1',
            namespace: 'fleet-mc-helm-kustomize-example',
            name: 'redis-slave',
            summary: {
              state: 'updating',
              error: true,
              transitioning: true,
              message: ['Deployment does not have minimum availability.', 'Progress deadline exceeded'],
            },
          },
        ],
      },
    ],
  } satisfies BundleSummary,
  readyMessage:
    'NotReady(1) [Bundle helm-kustomize-multi-cluster-helm-kustomize]; deployment.apps fleet-mc-helm-kustomize-example/redis-slave [progressing,error] Deployment does not have minimum availability., Progress deadline exceeded',
};

const helmChart = (name: string) => ({
  kind: 'HelmChart',
  apiVersion: 'helm.cattle.io/v1',
  namespace: 'kube-system',
  name,
  summary: { state: 'error', error: true, message: ['Resource is current'] },
});

/** Bundle NotReady with wrangler's "error]" quirk, rancher/fleet#3342. A 5th line is added to exercise the cap of 4. */
export const bundleHelmChartQuirk = {
  summary: {
    desiredReady: 3,
    ready: 2,
    notReady: 1,
    nonReadyResources: [
      {
        name: 'fleet-default/c-qtd7d',
        bundleState: 'NotReady',
        nonReadyStatus: ['rancher-logging', 'rancher-cis-benchmark-crd', 'cert-manager', 'rancher-cis-benchmark', 'zz-fifth'].map(
          helmChart,
        ),
      },
    ],
  } satisfies BundleSummary,
  readyMessage:
    'NotReady(1) [Cluster fleet-default/c-qtd7d]; helmchart.helm.cattle.io kube-system/cert-manager error] Resource is current; helmchart.helm.cattle.io kube-system/rancher-cis-benchmark error] Resource is current; helmchart.helm.cattle.io kube-system/rancher-cis-benchmark-crd error] Resource is current; helmchart.helm.cattle.io kube-system/rancher-logging error] Resource is current',
};

/** Built: Cluster waiting for its agent. */
export const clusterWaitCheckIn = {
  apiVersion: 'fleet.cattle.io/v1alpha1',
  kind: 'Cluster',
  metadata: { name: 'prod-west', namespace: 'fleet-default', labels: { env: 'prod', region: 'us' } },
  spec: {},
  status: {
    agent: { lastSeen: null, namespace: '' },
    display: { readyBundles: '0/2', state: 'WaitCheckIn' },
    namespace: 'cluster-fleet-default-prod-west-3f9a1c2b7d44',
    agentDeployedGeneration: 0,
    agentTLSMode: 'system-store',
    summary: {
      desiredReady: 2,
      ready: 0,
      waitApplied: 2,
      nonReadyResources: [
        { name: 'fleet-agent-prod-west', bundleState: 'WaitApplied' },
        { name: 'mon-rancher-monitoring', bundleState: 'WaitApplied' },
      ],
    },
  },
};

/** fleet-agent-local BundleDeployment (spec), status completed as a healthy deployment. */
const deploymentID =
  's-555be4f8f46c3a2d40b364e0a1d4f8d03bca8727fffe582673554376490b9:8a42b4463e55a59ce2ccdf3c53c32455ce5fd0f601587bf57b5624b3cf8bb623';
export const agentBundleDeployment = {
  apiVersion: 'fleet.cattle.io/v1alpha1',
  kind: 'BundleDeployment',
  metadata: {
    name: 'fleet-agent-local',
    namespace: 'cluster-fleet-local-local-1a3d67d0a899',
    labels: {
      'fleet.cattle.io/bundle-name': 'fleet-agent-local',
      'fleet.cattle.io/bundle-namespace': 'fleet-local',
      'fleet.cattle.io/cluster': 'local',
      'fleet.cattle.io/cluster-namespace': 'fleet-local',
      'fleet.cattle.io/managed': 'true',
    },
    finalizers: ['fleet.cattle.io/bundle-deployment-finalizer'],
  },
  spec: {
    stagedOptions: { defaultNamespace: 'cattle-fleet-local-system', helm: { takeOwnership: true } },
    stagedDeploymentID: deploymentID,
    options: { defaultNamespace: 'cattle-fleet-local-system', helm: { takeOwnership: true } },
    deploymentID,
  },
  status: {
    appliedDeploymentID: deploymentID,
    ready: true,
    nonModified: true,
    conditions: [
      { type: 'Installed', status: 'True', lastUpdateTime: '2025-11-03T10:00:00Z' },
      { type: 'Deployed', status: 'True', lastUpdateTime: '2025-11-03T10:00:00Z' },
      { type: 'Ready', status: 'True', lastUpdateTime: '2025-11-03T10:00:00Z' },
      { type: 'Monitored', status: 'True', lastUpdateTime: '2025-11-03T10:00:00Z' },
    ],
    display: { deployed: 'True', monitored: 'True', state: 'Ready' },
  },
};
