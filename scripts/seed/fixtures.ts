// Names the seed always creates (for any --clusters >= MIN_CLUSTERS), so e2e tests and docs can rely on them.
// Everything else is generated deterministically from its index.

/** Smallest --clusters that still holds every fixture below. */
export const MIN_CLUSTERS = 16;

/** Workspace with the single `local` cluster (Fleet's bootstrap workspace). */
export const WS_LOCAL = 'fleet-local';
/** Workspace holding most downstream clusters (Rancher's default). */
export const WS_DEFAULT = 'fleet-default';
/** A custom workspace the seed creates as a plain namespace (standalone Fleet style). */
export const WS_CUSTOM = 'team-edge';
/** All seeded workspaces. */
export const WORKSPACES = [WS_LOCAL, WS_DEFAULT, WS_CUSTOM] as const;

/** The local cluster in fleet-local (labels incl. name=local). */
export const LOCAL_CLUSTER = 'local';
/** Its BundleDeployment namespace, computed exactly as Fleet does (internal/names/safeconcat.go). */
export const LOCAL_CLUSTER_NAMESPACE = 'cluster-fleet-local-local-1a3d67d0a899';
/** ClusterGroup in fleet-local selecting name=local (the default target of untargeted GitRepos). */
export const LOCAL_DEFAULT_GROUP = 'default';

/** Label keys every seeded cluster carries (provider uses Rancher's key). */
export const LABEL_ENV = 'env';
export const LABEL_REGION = 'region';
export const LABEL_OS = 'os';
export const LABEL_PROVIDER = 'provider.cattle.io';
export const LABEL_DISPLAY_NAME = 'management.cattle.io/cluster-display-name';

/** fleet-default ClusterGroups: env=prod; env NotIn [prod]; staging in EU (matchLabels + matchExpressions); os=windows; proxied; empty. */
export const GROUP_PROD = 'prod';
export const GROUP_NON_PROD = 'non-prod';
export const GROUP_STAGING_EU = 'staging-eu';
export const GROUP_WINDOWS = 'windows';
/** Group of 4 clusters behind a proxy; PROXY_MISSING_CLUSTER lacks the HTTP(S)_PROXY/NO_PROXY agentEnvVars the others have. */
export const GROUP_PROXIED = 'proxied-eu';
/** A group whose selector (gpu Exists) matches no cluster. */
export const GROUP_EMPTY = 'gpu-workers';
/** team-edge groups. */
export const GROUP_STORES = 'stores';
export const GROUP_STORES_EU = 'stores-eu';

/** The proxied clusters that do have the proxy env vars. */
export const PROXY_CLUSTERS = ['prod-eu-west-proxy-1', 'prod-eu-west-proxy-2', 'prod-eu-west-proxy-3'] as const;
/** In GROUP_PROXIED but without agentEnvVars; its agent stopped reporting 6h ago. */
export const PROXY_MISSING_CLUSTER = 'prod-eu-west-proxy-4';
/** Windows clusters (os=windows, Windows agentTolerations). */
export const WINDOWS_CLUSTERS = ['win-us-east-01', 'win-us-east-02'] as const;
/** Agent last seen 3 days ago. */
export const OFFLINE_CLUSTER = 'staging-ap-south-offline';
/** Agent last seen 2 hours ago. */
export const STALE_CLUSTER = 'dev-us-west-stale';
/** Registered but the agent never checked in: lastSeen null, display.state WaitCheckIn, its BDs WaitApplied without status. */
export const WAITCHECKIN_CLUSTER = 'prod-ap-northeast-new';
/** Restored from backup: fleet-agent bundle Modified, spec.redeployAgentGeneration 3 vs status.agentDeployedGeneration 2. */
export const RESTORED_CLUSTER = 'prod-us-east-restored';
/** The fleet-agent bundle (in fleet-default) stuck in Modified after the restore. */
export const AGENT_MODIFIED_BUNDLE = 'fleet-agent-prod-us-east-restored';
/** Runs Kubernetes v1.28: the kubeVersion-constrained chart (HELM_KUBEVERSION_GITREPO) is NotReady there. */
export const OLD_K8S_CLUSTER = 'staging-eu-central-legacy';
/** Goes offline and comes back in --live mode; target of LIVE_GITREPO. */
export const LIVE_FLAPPING_CLUSTER = 'dev-eu-west-flaky';

/** GitRepos (fleet-default unless noted). Bundle names are `<gitrepo>-<path with / → ->`. */
export const GITREPO_MANIFESTS = 'simple-manifests'; // plain manifests → group prod, all Ready
export const GITREPO_HELM = 'helm-redis'; // Helm, clusterSelector env=staging; one ErrApplied (helm lock), one NotReady
export const GITREPO_KUSTOMIZE = 'kustomize-frontend'; // Kustomize → group non-prod; some BDs Modified
export const GITREPO_MULTI_PATH = 'multi-path-platform'; // 3 paths, 2 targets; rollout in progress (WaitApplied)
export const GITREPO_PAUSED = 'paused-app'; // spec.paused; its BDs OutOfSync
export const GITREPO_PINNED = 'pinned-release'; // spec.revision v2.4.1; clusterName targets
export const GITREPO_PRIVATE_SSH = 'private-ssh-config'; // clientSecretName SECRET_SSH (kubernetes.io/ssh-auth)
export const GITREPO_PRIVATE_HTTPS = 'private-https-apps'; // clientSecretName SECRET_BASIC (basic-auth); some NotReady
export const GITREPO_HELM_PRIVATE = 'helm-private-charts'; // helmSecretName SECRET_HELM; kubeVersion NotReady on OLD_K8S_CLUSTER
export const HELM_KUBEVERSION_GITREPO = GITREPO_HELM_PRIVATE;
export const GITREPO_MISSING_SECRET = 'restored-secret-repo'; // clientSecretName MISSING_SECRET does not exist; GitPolling False
export const GITREPO_MISSING_DEPS = 'helm-missing-deps'; // chart deps not in charts/: every BD ErrApplied
export const BUNDLE_MISSING_DEPS = 'helm-missing-deps-charts-webapp';
export const MISSING_DEPS_ERROR = 'found in Chart.yaml, but missing in charts/ directory: postgresql, redis';
export const GITREPO_NO_TARGETS = 'no-targets'; // no targets; fleet-default has no "default" group → 0/0
export const GITREPO_WINDOWS = 'windows-iis'; // → group windows; one NotReady
export const GITREPO_BROKEN_PATH = 'broken-path'; // git job Failed: Stalled "no resource found at the following paths to deploy"
export const GITREPO_GIT_UPDATING = 'gitupdating-app'; // gitJobStatus InProgress → display.state GitUpdating
/** Its spec changed (a path added) after Fleet's last reconcile: observedGeneration = generation - 1 → Not Processed. */
export const GITREPO_UNPROCESSED = 'unprocessed-change';
/** helmSecretName names MISSING_HELM_SECRET: Accepted=False, no git job, no bundles → Error. */
export const GITREPO_NOT_ACCEPTED = 'ledger-missing-helm-secret';
/** Its Bundle's helm values template needs a cluster label the staging clusters lack: Bundle Ready=False (targeting
 * error), no BundleDeployments, display.state empty, Ready=False copied onto the GitRepo → Error. */
export const GITREPO_TEMPLATE_ERROR = 'tenant-values-template';
export const BUNDLE_TEMPLATE_ERROR = 'tenant-values-template-charts-tenant';
/** Its values.yaml holds this template (fleet.yaml delimiters ${ }); no seeded cluster has a tenant label. */
export const TEMPLATE_VALUE = '${ .ClusterLabels.tenant }';
/** internal/cmd/controller/target/builder.go processTemplateValuesData (text/template, missingkey=error). */
export const TEMPLATE_ERROR = 'failed to render helm values template: template: values:1:3: executing "values" at <.ClusterLabels.tenant>: map has no entry for key "tenant"';
export const GITREPO_PENDING = 'pending-rollout'; // os=linux; a quarter of targets Pending (no BD yet)
export const LIVE_GITREPO = 'storefront'; // --live rolls new commits out on this one, cluster by cluster
export const GITREPO_LOCAL = 'local-simple'; // fleet-local, no targets → default group → local
export const GITREPO_LOCAL_MONITORING = 'local-monitoring'; // fleet-local, clusterName local; NotReady (HelmChart "error] Resource is current")
export const GITREPO_EDGE_APPS = 'edge-apps'; // team-edge → group stores
export const GITREPO_EDGE_CONFIG = 'edge-config'; // team-edge → group stores-eu; some Modified

/** Secrets in fleet-default (values are placeholders, never real credentials). */
export const SECRET_SSH = 'acme-ssh-key'; // kubernetes.io/ssh-auth
export const SECRET_BASIC = 'gitlab-token'; // kubernetes.io/basic-auth
export const SECRET_HELM = 'chartmuseum-creds'; // kubernetes.io/basic-auth, for helmSecretName
/** Referenced by GITREPO_MISSING_SECRET but deliberately not created (as after a backup restore without Secrets). */
export const MISSING_SECRET = 'restored-git-creds';
/** Referenced by GITREPO_NOT_ACCEPTED's helmSecretName, deliberately not created. */
export const MISSING_HELM_SECRET = 'ledger-chart-creds';

/** A Bundle with a staged rollout (auto partitions of 3 clusters; spec.rolloutStrategy below), blocked at its third
 * partition: the first is done, the second advancing within its budget, the third over it, the rest waiting. */
export const ROLLOUT_BUNDLE = 'multi-path-platform-platform-monitoring';
export const ROLLOUT_STRATEGY = { maxUnavailable: 1, maxUnavailablePartitions: 0, autoPartitionSize: 3, autoPartitionThreshold: 10, maxNew: 20 } as const;

/** Kubernetes Events the seed records (as Fleet's gitops controller does) about GITREPO_MISSING_SECRET: an old
 * Normal one and a repeated Warning one (newest). */
export const EVENTS_GITREPO = 'restored-secret-repo';
export const EVENT_WARNING_REASON = 'FailedToCheckCommit';
export const EVENT_NORMAL_REASON = 'JobDeleted';
/** A Schedule in fleet-default (weekday evenings, Europe/Berlin) targeting SCHEDULED_CLUSTER, outside its window:
 * Fleet's status (nextStartTime, matchingClusters, Ready) written, the cluster scheduled and not active, its
 * BundleDeployments spec.offSchedule (internal/cmd/controller/reconciler/cronduration_job.go, target.go). */
export const SCHEDULE_NAME = 'weekday-evenings';
export const SCHEDULE_CRON = '0 0 22 ? * MON-FRI';
export const SCHEDULE_DURATION = '2h';
export const SCHEDULE_LOCATION = 'Europe/Berlin';
export const SCHEDULED_CLUSTER = OLD_K8S_CLUSTER;
/** A Policy in fleet-default allowing only github.com/acme repositories and the deployer service account (on top of
 * the default). No seeded GitRepo is rejected by it: the seed runs no Fleet controller to enforce it. */
export const POLICY_NAME = 'acme-only';
