// GitRepo definitions: one of every flavour and troubleshooting case (fixed), then generated ones whose
// targets are sized so the total BundleDeployment count lands near --bds-per-cluster × clusters.
import * as F from './fixtures';
import { pad, pick, pickWeighted, prng } from './prng';
import type { LabelSelector } from './selector';

export type Flavour = 'manifests' | 'helm' | 'kustomize';
/** How the BundleDeployments of a repo are doing (see plan.ts). */
export type Scenario =
  | 'healthy'
  | 'paused'
  | 'rollout'
  | 'drift'
  | 'helm-lock'
  | 'missing-deps'
  | 'kubeversion'
  | 'notready'
  | 'errapplied'
  | 'pending'
  | 'windows-notready'
  | 'helmchart-error';

export interface GitTarget {
  name?: string;
  clusterName?: string;
  clusterSelector?: LabelSelector;
  clusterGroup?: string;
  clusterGroupSelector?: LabelSelector;
}

export interface GitState {
  jobStatus: 'Current' | 'InProgress' | 'Failed';
  /** GitPolling=False with this message (ls-remote failed). */
  pollingError?: string;
  /** Stalled=True with this message (fleet apply failed). */
  stalled?: string;
  /** The job failed before creating bundles. */
  noBundles?: boolean;
  /** Accepted=False with this message: the git job controller refused to start (gitjob_controller.go updateErrorStatus). */
  notAccepted?: string;
  /** The Bundle controller failed to target (bundle Ready=False, no BundleDeployments); copied onto the GitRepo. */
  targetingError?: string;
  /** The spec was changed after Fleet's last reconcile: observedGeneration = generation - 1. */
  unobserved?: boolean;
}

export interface RepoModel {
  ws: string;
  name: string;
  repo: string;
  branch?: string;
  revision?: string;
  paths: string[];
  flavour: Flavour;
  targets?: GitTarget[];
  paused?: boolean;
  clientSecretName?: string;
  helmSecretName?: string;
  helmRepoURLRegex?: string;
  pollingInterval?: string;
  scenario: Scenario;
  /** Seconds since the current commit was pushed (older agents that have not checked in since are WaitApplied). */
  commitAgeSec: number;
  git: GitState;
  /** Mutable in --live mode. */
  generation: number;
}

const EXAMPLES = 'https://github.com/rancher/fleet-examples';
const DAY = 86400;

type RepoInit = Omit<RepoModel, 'generation' | 'git' | 'commitAgeSec' | 'branch'> &
  Partial<Pick<RepoModel, 'git' | 'commitAgeSec' | 'branch'>>;

function repo(r: RepoInit): RepoModel {
  return {
    branch: r.revision ? undefined : 'main',
    commitAgeSec: Math.floor(prng(`age:${r.ws}/${r.name}`)() * 20 * DAY) + 3600,
    git: { jobStatus: 'Current' },
    generation: 1,
    ...r,
  };
}

export function fixedRepos(): RepoModel[] {
  const d = F.WS_DEFAULT;
  const sel = (matchLabels: Record<string, string>): LabelSelector => ({ matchLabels });
  return [
    repo({ ws: d, name: F.GITREPO_MANIFESTS, repo: EXAMPLES, branch: 'master', paths: ['simple'], flavour: 'manifests', targets: [{ name: 'prod', clusterGroup: F.GROUP_PROD }], scenario: 'healthy' }),
    repo({ ws: d, name: F.GITREPO_HELM, repo: EXAMPLES, branch: 'master', paths: ['single-cluster/helm'], flavour: 'helm', targets: [{ name: 'staging', clusterSelector: sel({ env: 'staging' }) }], scenario: 'helm-lock' }),
    repo({ ws: d, name: F.GITREPO_KUSTOMIZE, repo: EXAMPLES, branch: 'master', paths: ['multi-cluster/kustomize'], flavour: 'kustomize', targets: [{ name: 'non-prod', clusterGroup: F.GROUP_NON_PROD }], scenario: 'drift' }),
    repo({
      ws: d, name: F.GITREPO_MULTI_PATH, repo: 'https://github.com/acme-corp/platform', paths: ['platform/monitoring', 'platform/logging', 'platform/ingress'], flavour: 'helm',
      targets: [{ name: 'prod', clusterGroup: F.GROUP_PROD }, { name: 'staging-eu', clusterGroup: F.GROUP_STAGING_EU }], scenario: 'rollout', commitAgeSec: 540,
    }),
    repo({ ws: d, name: F.GITREPO_PAUSED, repo: 'https://github.com/acme-corp/checkout', paths: ['deploy'], flavour: 'manifests', paused: true, targets: [{ clusterGroup: F.GROUP_STAGING_EU }], scenario: 'paused', commitAgeSec: 7200 }),
    repo({
      ws: d, name: F.GITREPO_PINNED, repo: 'https://github.com/acme-corp/billing', revision: 'v2.4.1', paths: ['chart'], flavour: 'helm',
      targets: [{ name: 'proxy-1', clusterName: F.PROXY_CLUSTERS[0] }, { name: 'win', clusterName: F.WINDOWS_CLUSTERS[0] }], scenario: 'healthy',
    }),
    repo({ ws: d, name: F.GITREPO_PRIVATE_SSH, repo: 'git@github.com:acme-corp/fleet-config.git', paths: ['clusters/base'], flavour: 'manifests', clientSecretName: F.SECRET_SSH, targets: [{ clusterSelector: sel({ region: 'eu-west' }) }], scenario: 'healthy' }),
    repo({ ws: d, name: F.GITREPO_PRIVATE_HTTPS, repo: 'https://gitlab.acme.example/platform/apps.git', paths: ['apps/overlays/prod'], flavour: 'kustomize', clientSecretName: F.SECRET_BASIC, pollingInterval: '1m', targets: [{ clusterGroup: F.GROUP_PROD }], scenario: 'notready' }),
    repo({
      ws: d, name: F.GITREPO_HELM_PRIVATE, repo: 'https://github.com/acme-corp/payments', paths: ['charts/payments'], flavour: 'helm', helmSecretName: F.SECRET_HELM,
      helmRepoURLRegex: 'https://charts\\.acme\\.example/.*',
      targets: [{ clusterSelector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['staging', 'prod'] }, { key: 'region', operator: 'In', values: ['eu-central'] }] } }],
      scenario: 'kubeversion',
    }),
    repo({
      ws: d, name: F.GITREPO_MISSING_SECRET, repo: 'https://github.com/acme-corp/platform-secrets-sync.git', paths: ['deploy'], flavour: 'manifests', clientSecretName: F.MISSING_SECRET,
      targets: [{ clusterSelector: sel({ env: 'dev' }) }], scenario: 'healthy',
      // go-git's ls-remote error when a private GitHub repo is polled without credentials.
      git: { jobStatus: 'Current', pollingError: 'authentication required: Repository not found.' },
    }),
    repo({ ws: d, name: F.GITREPO_MISSING_DEPS, repo: 'https://github.com/acme-corp/webapp', paths: ['charts/webapp'], flavour: 'helm', targets: [{ clusterGroup: F.GROUP_STAGING_EU }], scenario: 'missing-deps', commitAgeSec: 3 * 3600 }),
    repo({ ws: d, name: F.GITREPO_NO_TARGETS, repo: EXAMPLES, branch: 'master', paths: ['single-cluster/manifests'], flavour: 'manifests', scenario: 'healthy' }),
    repo({ ws: d, name: F.GITREPO_WINDOWS, repo: 'https://github.com/acme-corp/windows-workloads', paths: ['windows/iis'], flavour: 'manifests', targets: [{ clusterGroup: F.GROUP_WINDOWS }], scenario: 'windows-notready' }),
    repo({
      ws: d, name: F.GITREPO_BROKEN_PATH, repo: 'https://github.com/acme-corp/inventory', paths: ['deploy/prodd'], flavour: 'manifests', targets: [{ clusterGroup: F.GROUP_PROD }], scenario: 'healthy',
      git: { jobStatus: 'Failed', stalled: 'no resource found at the following paths to deploy: [deploy/prodd]', noBundles: true },
    }),
    repo({ ws: d, name: F.GITREPO_GIT_UPDATING, repo: 'https://github.com/acme-corp/search', paths: ['k8s'], flavour: 'manifests', targets: [{ clusterSelector: sel({ env: 'dev' }) }], scenario: 'healthy', git: { jobStatus: 'InProgress' } }),
    repo({
      ws: d, name: F.GITREPO_UNPROCESSED, repo: 'https://github.com/acme-corp/recommendations', paths: ['deploy'], flavour: 'manifests', targets: [{ clusterSelector: sel({ env: 'dev' }) }], scenario: 'healthy',
      git: { jobStatus: 'Current', unobserved: true },
    }),
    repo({
      ws: d, name: F.GITREPO_NOT_ACCEPTED, repo: 'https://github.com/acme-corp/ledger', paths: ['charts/ledger'], flavour: 'helm', helmSecretName: F.MISSING_HELM_SECRET,
      targets: [{ clusterGroup: F.GROUP_PROD }], scenario: 'healthy',
      git: { jobStatus: 'Current', noBundles: true, notAccepted: `error validating external secrets: failed to look up helmSecretName, error: secrets "${F.MISSING_HELM_SECRET}" not found` },
    }),
    repo({
      ws: d, name: F.GITREPO_TEMPLATE_ERROR, repo: 'https://github.com/acme-corp/tenant-config', paths: ['charts/tenant'], flavour: 'helm',
      targets: [{ clusterGroup: F.GROUP_STAGING_EU }], scenario: 'healthy',
      git: { jobStatus: 'Current', targetingError: F.TEMPLATE_ERROR },
    }),
    repo({ ws: d, name: F.GITREPO_PENDING, repo: 'https://github.com/acme-corp/observability', paths: ['daemonsets/node-exporter'], flavour: 'manifests', targets: [{ clusterSelector: sel({ os: 'linux' }) }], scenario: 'pending', commitAgeSec: 120 }),
    repo({
      ws: d, name: F.LIVE_GITREPO, repo: 'https://github.com/acme-corp/storefront', paths: ['charts/storefront'], flavour: 'helm',
      targets: [{ name: 'cells', clusterSelector: { matchExpressions: [{ key: 'cell', operator: 'In', values: ['cell-000', 'cell-001'] }] } }, { name: 'flaky', clusterName: F.LIVE_FLAPPING_CLUSTER }, { name: 'restored', clusterName: F.RESTORED_CLUSTER }],
      scenario: 'healthy',
    }),
    repo({ ws: F.WS_LOCAL, name: F.GITREPO_LOCAL, repo: EXAMPLES, branch: 'master', paths: ['simple'], flavour: 'manifests', scenario: 'healthy' }),
    repo({ ws: F.WS_LOCAL, name: F.GITREPO_LOCAL_MONITORING, repo: 'https://github.com/acme-corp/rancher-addons', paths: ['monitoring'], flavour: 'helm', targets: [{ clusterName: F.LOCAL_CLUSTER }], scenario: 'helmchart-error' }),
    repo({ ws: F.WS_CUSTOM, name: F.GITREPO_EDGE_APPS, repo: 'https://github.com/acme-corp/edge', paths: ['overlays/stores'], flavour: 'kustomize', targets: [{ clusterGroup: F.GROUP_STORES }], scenario: 'healthy' }),
    repo({ ws: F.WS_CUSTOM, name: F.GITREPO_EDGE_CONFIG, repo: 'https://github.com/acme-corp/edge', paths: ['config/eu'], flavour: 'manifests', targets: [{ clusterGroup: F.GROUP_STORES_EU }], scenario: 'drift' }),
  ];
}

const TEAMS = ['payments', 'search', 'checkout', 'identity', 'catalog', 'data', 'ml', 'infra', 'mobile', 'growth'] as const;
const APPS = ['api', 'worker', 'gateway', 'cache', 'ui', 'jobs', 'sync', 'events', 'reports', 'auth'] as const;
const PATHS = ['deploy', 'charts/app', 'overlays/prod', 'manifests', 'kustomize/base', 'charts/sidecar'] as const;

/**
 * Generated GitRepo #j in fleet-default. It targets `cells` consecutive cells (5 clusters each) starting
 * at a hashed offset, so the BD budget can be spread evenly.
 */
export function generatedRepo(j: number, cellCount: number, cellsPerBundle: number): RepoModel {
  const r = prng(`repo:${j}`);
  const team = pick(r, TEAMS);
  const app = pick(r, APPS);
  const flavour = pickWeighted(r, [['manifests', 4], ['helm', 4], ['kustomize', 2]] as const);
  const nPaths = pickWeighted(r, [[1, 6], [2, 3], [3, 1]] as const);
  const paths = [...PATHS].sort(() => r() - 0.5).slice(0, nPaths);
  const scenario = pickWeighted(r, [
    ['healthy', 70], ['rollout', 8], ['drift', 7], ['notready', 7], ['errapplied', 3], ['paused', 2], ['pending', 3],
  ] as const);
  const start = Math.floor(r() * Math.max(1, cellCount));
  const n = Math.max(1, Math.min(cellCount, cellsPerBundle));
  const cells = Array.from({ length: n }, (_, k) => `cell-${pad((start + k) % Math.max(1, cellCount), 3)}`);
  return repo({
    ws: F.WS_DEFAULT,
    name: `${team}-${app}-${pad(j, 4)}`,
    repo: `https://github.com/acme-corp/${team}-${app}`,
    paths,
    flavour,
    paused: scenario === 'paused',
    targets: [{ name: 'cells', clusterSelector: { matchExpressions: [{ key: 'cell', operator: 'In', values: cells }] } }],
    scenario,
    commitAgeSec: scenario === 'rollout' || scenario === 'pending' ? Math.floor(60 + r() * 1200) : Math.floor(3600 + r() * 20 * DAY),
  });
}
