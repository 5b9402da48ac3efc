// The Cluster list row and detail projections, plus the validated edits the cluster pages send
// (labels, agent proxy env vars). Shared by the API routes and the pages.
import { z } from 'zod';
import type { Cluster } from '../kinds/cluster';
import { RESERVED_LABEL_PREFIXES } from '../kinds/cluster';
import { agentContact } from '../rollup';
import { clusterWindowState } from '../schedule/status';
import { validateLabelKey, validateLabelValue } from '../selector';
import { BundleStateSchema, summaryState } from '../state';
import { listQuerySchema, listResponseSchema } from './list';

export const DISPLAY_NAME_LABEL = 'management.cattle.io/cluster-display-name';
/** Labels users and Rancher put on clusters that say which Kubernetes version / OS they run. */
const K8S_VERSION_LABELS = ['k8s-version', 'kubernetes-version', 'node.kubernetes.io/version'];
const OS_LABELS = ['os', 'kubernetes.io/os', 'cattle.io/os'];

export const ClusterRowSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  displayName: z.string().optional(),
  state: BundleStateSchema,
  /** Fleet's display.state when it says more than `state` (e.g. "WaitCheckIn"). */
  displayState: z.string().optional(),
  readyBundles: z.number().int(),
  desiredBundles: z.number().int(),
  lastSeen: z.string().optional(),
  agent: z.enum(['never', 'stale', 'recent']),
  /** spec.redeployAgentGeneration / status.agentDeployedGeneration: equal when the last forced update is done. */
  redeployAgentGeneration: z.number().int(),
  agentDeployedGeneration: z.number().int().optional(),
  /** Labels users target by (reserved fleet.cattle.io/ and management.cattle.io/ ones left out). */
  labels: z.record(z.string(), z.string()),
  k8sVersion: z.string().optional(),
  os: z.string().optional(),
  windows: z.boolean(),
  paused: z.boolean(),
  /** Its place in Fleet's deployment windows (status.scheduled, status.activeSchedule). */
  window: z.enum(['unscheduled', 'in-window', 'waiting']).optional(),
  message: z.string().optional(),
  resourceVersion: z.string().optional(),
  uid: z.string().optional(),
});
export type ClusterRow = z.infer<typeof ClusterRowSchema>;

export const ClusterListSchema = listResponseSchema(ClusterRowSchema);
export type ClusterList = z.infer<typeof ClusterListSchema>;

/** Sort keys the watch cache offers for clusters (lib/cache/derive.ts). */
export const CLUSTER_SORT_KEYS = ['name', 'namespace', 'created', 'state', 'ready', 'lastSeen', 'bundles'] as const;
export type ClusterSortKey = (typeof CLUSTER_SORT_KEYS)[number];
export const CLUSTER_DEFAULT_SORT: ClusterSortKey = 'name';
export const ClusterListQuerySchema = listQuerySchema(CLUSTER_SORT_KEYS, CLUSTER_DEFAULT_SORT);

export function isReservedLabel(key: string): boolean {
  return RESERVED_LABEL_PREFIXES.some((p) => key.startsWith(p));
}

function firstLabel(labels: Record<string, string>, keys: string[]): string | undefined {
  for (const k of keys) if (labels[k]) return labels[k];
  return undefined;
}

export function isWindowsCluster(c: Pick<Cluster, 'metadata' | 'spec'>): boolean {
  const os = firstLabel(c.metadata.labels ?? {}, OS_LABELS);
  if (os) return os.toLowerCase() === 'windows';
  // Rancher gives Windows clusters' agents a toleration for the Windows node taint.
  return (c.spec?.agentTolerations ?? []).some((t) => (t as { value?: unknown }).value === 'windows');
}

/** `staleAfterMs`: agent silence that counts as not reporting (lib/k8s/fleet-settings.ts, from Fleet's check-in interval). */
export function toClusterRow(c: Cluster, now: number, staleAfterMs?: number): ClusterRow {
  const labels = c.metadata.labels ?? {};
  const st = c.status;
  // Fleet writes WaitCheckIn until the agent first reports; say so before its controller has written anything.
  const display = st?.display?.state ?? (st?.agent?.lastSeen ? undefined : 'WaitCheckIn');
  const state = summaryState(st?.summary);
  const ready = st?.conditions?.find((x) => x.type === 'Ready' && x.status === 'False');
  const userLabels: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (!isReservedLabel(k)) userLabels[k] = v;
  return {
    namespace: c.metadata.namespace ?? '',
    name: c.metadata.name,
    displayName: labels[DISPLAY_NAME_LABEL] && labels[DISPLAY_NAME_LABEL] !== c.metadata.name ? labels[DISPLAY_NAME_LABEL] : undefined,
    state,
    displayState: display && display !== state ? display : undefined,
    readyBundles: st?.summary?.ready ?? 0,
    desiredBundles: st?.summary?.desiredReady ?? 0,
    lastSeen: st?.agent?.lastSeen ?? undefined,
    agent: agentContact(c, now, staleAfterMs),
    redeployAgentGeneration: c.spec?.redeployAgentGeneration ?? 0,
    agentDeployedGeneration: st?.agentDeployedGeneration ?? undefined,
    labels: userLabels,
    k8sVersion: firstLabel(labels, K8S_VERSION_LABELS),
    os: firstLabel(labels, OS_LABELS),
    windows: isWindowsCluster(c),
    paused: c.spec?.paused === true,
    window: clusterWindowState(c),
    message: ready?.message || undefined,
    resourceVersion: c.metadata.resourceVersion,
    uid: c.metadata.uid,
  };
}

// ---- edits ----

export const PROXY_VARS = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY'] as const;

export const LabelEditSchema = z.object({
  resourceVersion: z.string().min(1, 'resourceVersion is required (reload the page)'),
  labels: z.array(z.object({ key: z.string(), value: z.string() })).max(200, 'at most 200 labels'),
});
export type LabelEdit = z.infer<typeof LabelEditSchema>;

export interface FieldProblem {
  field: string;
  message: string;
}

/** Problems with the labels a person wants (field = labels.<i>.key|value); reserved prefixes are refused. */
export function labelEditProblems(labels: LabelEdit['labels']): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  labels.forEach(({ key, value }, i) => {
    const k = key.trim();
    if (isReservedLabel(k)) {
      out.push({
        field: `labels.${i}.key`,
        message: `'${k}' uses a reserved prefix (${RESERVED_LABEL_PREFIXES.join(' or ')}): Fleet and Rancher own these labels, so they cannot be set here`,
      });
      return;
    }
    for (const message of validateLabelKey(k)) out.push({ field: `labels.${i}.key`, message });
    for (const message of validateLabelValue(value, k)) out.push({ field: `labels.${i}.value`, message });
    if (seen.has(k)) out.push({ field: `labels.${i}.key`, message: `Label '${k}' is given twice` });
    seen.add(k);
  });
  return out;
}

/**
 * metadata.labels merge patch: reserved labels stay as they are, user labels become exactly `wanted`
 * (removed ones are set to null, as merge patch deletes keys that way).
 */
export function labelsPatch(current: Record<string, string>, wanted: LabelEdit['labels']): Record<string, string | null> {
  const next: Record<string, string | null> = {};
  const want = new Map(wanted.map((l) => [l.key.trim(), l.value]));
  for (const k of Object.keys(current)) if (!isReservedLabel(k) && !want.has(k)) next[k] = null;
  for (const [k, v] of want) if (current[k] !== v) next[k] = v;
  return next;
}

export const ProxyEditSchema = z.object({
  resourceVersion: z.string().min(1, 'resourceVersion is required (reload the page)'),
  httpProxy: z.string().max(2048).default(''),
  httpsProxy: z.string().max(2048).default(''),
  noProxy: z.string().max(4096).default(''),
});
export type ProxyEdit = z.infer<typeof ProxyEditSchema>;

function proxyUrlProblem(v: string, name: string): string | undefined {
  if (!v) return undefined;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return `${name} must be a URL such as http://proxy.example.com:3128`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'socks5:') return `${name} must start with http://, https:// or socks5://`;
  return undefined;
}

export function proxyEditProblems(p: ProxyEdit): FieldProblem[] {
  const out: FieldProblem[] = [];
  const h = proxyUrlProblem(p.httpProxy.trim(), 'HTTP_PROXY');
  if (h) out.push({ field: 'httpProxy', message: h });
  const hs = proxyUrlProblem(p.httpsProxy.trim(), 'HTTPS_PROXY');
  if (hs) out.push({ field: 'httpsProxy', message: hs });
  if (/\s/.test(p.noProxy.trim())) out.push({ field: 'noProxy', message: 'NO_PROXY is a comma-separated list without spaces, e.g. 127.0.0.1,10.0.0.0/8,.svc,.cluster.local' });
  return out;
}

type EnvVar = { name: string; value?: string; [k: string]: unknown };

/** spec.agentEnvVars with the proxy variables replaced (other variables, and valueFrom ones, kept). */
export function withProxyEnv(current: readonly EnvVar[] | null | undefined, p: ProxyEdit): EnvVar[] {
  const isProxy = (n: string) => (PROXY_VARS as readonly string[]).includes(n.toUpperCase());
  const kept = (current ?? []).filter((e) => !isProxy(e.name));
  const add: EnvVar[] = [];
  if (p.httpProxy.trim()) add.push({ name: 'HTTP_PROXY', value: p.httpProxy.trim() });
  if (p.httpsProxy.trim()) add.push({ name: 'HTTPS_PROXY', value: p.httpsProxy.trim() });
  if (p.noProxy.trim()) add.push({ name: 'NO_PROXY', value: p.noProxy.trim() });
  return [...kept, ...add];
}

export function proxyOf(current: readonly EnvVar[] | null | undefined): { httpProxy: string; httpsProxy: string; noProxy: string } {
  const get = (n: string) => (current ?? []).find((e) => e.name.toUpperCase() === n)?.value ?? '';
  return { httpProxy: get('HTTP_PROXY'), httpsProxy: get('HTTPS_PROXY'), noProxy: get('NO_PROXY') };
}

/** One action on one cluster, as the cluster pages send it (bulk = one request per cluster). */
const CLUSTER_ACTIONS = ['forceUpdate', 'pause', 'unpause'] as const;
export const ClusterActionSchema = z.object({ action: z.enum(CLUSTER_ACTIONS, { error: `action must be one of: ${CLUSTER_ACTIONS.join(', ')}` }) });
export type ClusterAction = z.infer<typeof ClusterActionSchema>;

/** What an action answers: the fields it changed, read back from the API server. */
export const ClusterActionResultSchema = z.object({
  name: z.string(),
  redeployAgentGeneration: z.number().int().optional(),
  paused: z.boolean().optional(),
  resourceVersion: z.string().optional(),
});

/** BundleDeployment row on the cluster detail page. */
export const ClusterBundleDeploymentSchema = z.object({
  name: z.string(),
  bundle: z.string().optional(),
  gitrepo: z.string().optional(),
  state: BundleStateSchema,
  message: z.string().optional(),
  /** spec.offSchedule: the agent holds changes back until a deployment window opens. */
  offSchedule: z.boolean().optional(),
});
export type ClusterBundleDeployment = z.infer<typeof ClusterBundleDeploymentSchema>;

/** GET /api/w/[ws]/clusters/[name]: the object as the person reads it, its row, and its BundleDeployments. */
export const ClusterDetailSchema = z.object({
  row: ClusterRowSchema,
  /** Reserved labels (Fleet/Rancher-owned), shown read-only. */
  reservedLabels: z.record(z.string(), z.string()),
  annotations: z.record(z.string(), z.string()),
  conditions: z.array(
    z.object({ type: z.string(), status: z.string(), reason: z.string().optional(), message: z.string().optional(), lastUpdateTime: z.string().optional() }),
  ),
  agent: z.object({
    namespace: z.string().optional(),
    agentNamespace: z.string().optional(),
    tlsMode: z.string().optional(),
    apiServerURL: z.string().optional(),
    clusterNamespace: z.string().optional(),
    envVars: z.array(z.object({ name: z.string(), value: z.string().optional(), fromRef: z.boolean() })),
    tolerations: z.array(z.record(z.string(), z.unknown())),
    affinity: z.unknown().optional(),
    resources: z.unknown().optional(),
    hostNetwork: z.boolean().optional(),
    privateRepoURL: z.string().optional(),
  }),
  bundleDeployments: z.object({ items: z.array(ClusterBundleDeploymentSchema), total: z.number().int() }),
});
export type ClusterDetail = z.infer<typeof ClusterDetailSchema>;
