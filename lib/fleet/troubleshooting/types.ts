// What every troubleshooting detector returns, and the minimal object shapes they read. Detectors are pure:
// the caller (the troubleshooting route) hands in cached objects and what it could learn about Secrets.
import type { BundleState, BundleSummary } from '../state';
import type { LabelSelector } from '../selector';
import type { ModifiedStatus, NonReadyStatus } from '../status-strings';

export type Severity = 'error' | 'warning' | 'info';

export interface ObjectRef {
  kind: 'GitRepo' | 'Bundle' | 'BundleDeployment' | 'Cluster' | 'ClusterGroup' | 'Secret';
  namespace: string;
  name: string;
  /** A short fact about this object in this finding, e.g. "last seen 3 days ago". */
  note?: string;
}

/** A one-click fix Fleet itself offers, or the steps a person has to take. */
export type Fix =
  | { type: 'forceSync'; label: string; bundle: ObjectRef; before: number; after: number }
  | { type: 'redeployAgents'; label: string; clusters: (ObjectRef & { before: number; after: number })[] }
  | { type: 'link'; label: string; href: string }
  | { type: 'steps'; label: string; steps: string[] };

export interface Finding {
  /** Stable per detector and object, e.g. "agent-bundle-modified:fleet-default/fleet-agent-x". */
  id: string;
  detector: DetectorId;
  severity: Severity;
  title: string;
  explanation: string;
  objects: ObjectRef[];
  fix?: Fix;
}

export type DetectorId =
  | 'agent-bundle-modified'
  | 'agents-not-reporting'
  | 'agent-redeploy-pending'
  | 'missing-secret'
  | 'gitrepo-stalled'
  | 'bundle-apply-error'
  | 'helm-dependencies-missing'
  | 'proxy-env-missing'
  | 'windows-scheduling';

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastUpdateTime?: string | null;
}

interface Meta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
}

export interface BundleIn {
  metadata: Meta;
  spec?: Record<string, unknown> & { forceSyncGeneration?: number; helm?: { values?: unknown; releaseName?: string } | null };
  status?: { summary?: BundleSummary; conditions?: Condition[] | null; display?: { state?: string; readyClusters?: string } } | null;
}

export interface BundleDeploymentIn {
  metadata: Meta;
  spec?: { deploymentID?: string; stagedDeploymentID?: string };
  status?: {
    appliedDeploymentID?: string;
    ready?: boolean;
    nonModified?: boolean;
    conditions?: Condition[] | null;
    modifiedStatus?: ModifiedStatus[] | null;
    nonReadyStatus?: NonReadyStatus[] | null;
  } | null;
}

export interface EnvVar {
  name: string;
  value?: string;
}

export interface ClusterIn {
  metadata: Meta;
  spec?: {
    redeployAgentGeneration?: number;
    agentEnvVars?: EnvVar[] | null;
    agentTolerations?: { key?: string; value?: string; operator?: string; effect?: string }[] | null;
  } | null;
  status?: {
    agent?: { lastSeen?: string | null } | null;
    agentDeployedGeneration?: number | null;
    display?: { state?: string | null } | null;
    summary?: BundleSummary;
  } | null;
}

export interface ClusterGroupIn {
  metadata: Meta;
  spec?: { selector?: LabelSelector | null } | null;
}

export interface GitRepoIn {
  metadata: Meta;
  spec: { clientSecretName?: string; helmSecretName?: string; helmSecretNameForPaths?: string };
  status?: { conditions?: Condition[] | null; display?: { message?: string; state?: string } } | null;
}

/** true = exists, false = does not exist, undefined = could not be determined (no permission). */
export type SecretExistence = (namespace: string, name: string) => boolean | undefined;

/** The kinds the detectors read (the object lists of DetectorInput): what the route loads and live updates follow. */
export const DETECTOR_KINDS = ['gitrepos', 'bundles', 'bundledeployments', 'clusters', 'clustergroups'] as const;

export interface DetectorInput {
  now: number;
  gitrepos: readonly GitRepoIn[];
  bundles: readonly BundleIn[];
  /** BundleDeployments with their workspace/cluster from Fleet's labels. */
  bundledeployments: readonly BundleDeploymentIn[];
  clusters: readonly ClusterIn[];
  clustergroups: readonly ClusterGroupIn[];
  secretExists?: SecretExistence;
  /** Agent silence after which a cluster counts as not reporting (default 30 min: two of Fleet's check-in intervals). */
  staleAfterMs?: number;
}

export type Detector = (input: DetectorInput) => Finding[];

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export type { BundleState };
