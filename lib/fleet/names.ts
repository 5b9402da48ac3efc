// Kubernetes name validation with specific messages, and the links between a Fleet Cluster and
// its per-cluster namespace (internal/cmd/controller/target/target.go and agentmanagement/controllers/cluster/controller.go in Fleet v0.16.0). Pure: no hashing here (see cluster-namespace.ts).
import { z } from 'zod';

export const DNS1123_LABEL_MAX = 63;
export const DNS1123_SUBDOMAIN_MAX = 253;
const LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function describeChar(c: string): string {
  return c === ' ' ? 'a space' : `'${c}'`;
}

/** Messages for one RFC 1123 label (what = e.g. "Name"); [] when valid. */
function labelProblems(value: string, what: string, max: number): string[] {
  if (value === '') return [`${what} must not be empty`];
  const problems: string[] = [];
  if (value.length > max) problems.push(`${what} must be at most ${max} characters (it has ${value.length})`);
  const bad = [...new Set(value.replace(/[-a-z0-9]/g, ''))];
  if (bad.length > 0) {
    const upper = bad.some((c) => c >= 'A' && c <= 'Z');
    problems.push(
      `${what} contains ${bad.map(describeChar).join(', ')}: only lowercase letters, digits and '-' are allowed` +
        (upper ? ' (use lowercase)' : ''),
    );
  }
  if (/^[^a-z0-9]/.test(value)) problems.push(`${what} must start with a lowercase letter or digit`);
  if (/[^a-z0-9]$/.test(value)) problems.push(`${what} must end with a lowercase letter or digit`);
  return problems;
}

/** RFC 1123 label (namespaces, most Fleet names used as label values): ≤63, [a-z0-9-], alnum at both ends. */
export function validateDns1123Label(value: string, what = 'Name'): string[] {
  return labelProblems(value, what, DNS1123_LABEL_MAX);
}

/** RFC 1123 subdomain (object names of custom resources): ≤253, dot-separated labels. */
export function validateDns1123Subdomain(value: string, what = 'Name'): string[] {
  if (value === '') return [`${what} must not be empty`];
  const problems: string[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX) {
    problems.push(`${what} must be at most ${DNS1123_SUBDOMAIN_MAX} characters (it has ${value.length})`);
  }
  const bad = [...new Set(value.replace(/[-.a-z0-9]/g, ''))];
  if (bad.length > 0) {
    const upper = bad.some((c) => c >= 'A' && c <= 'Z');
    problems.push(
      `${what} contains ${bad.map(describeChar).join(', ')}: only lowercase letters, digits, '-' and '.' are allowed` +
        (upper ? ' (use lowercase)' : ''),
    );
  }
  if (value.startsWith('.') || value.endsWith('.')) problems.push(`${what} must start and end with a lowercase letter or digit`);
  if (value.includes('..')) problems.push(`${what} must not contain '..'`);
  if (value.split('.').some((p) => p.startsWith('-') || p.endsWith('-'))) {
    problems.push(`each '.'-separated part of ${what.toLowerCase()} must start and end with a lowercase letter or digit, not '-'`);
  }
  return problems;
}

export function isDns1123Label(value: string): boolean {
  return value.length <= DNS1123_LABEL_MAX && LABEL_RE.test(value);
}

export function isDns1123Subdomain(value: string): boolean {
  return value.length <= DNS1123_SUBDOMAIN_MAX && value.split('.').every((p) => LABEL_RE.test(p));
}

function withProblems(validate: (v: string, what: string) => string[], what: string) {
  return z.string().superRefine((v, ctx) => {
    for (const message of validate(v, what)) ctx.addIssue({ code: 'custom', message });
  });
}

/** Zod schemas for forms; `what` names the field in messages. */
export const dns1123LabelSchema = (what = 'Name') => withProblems(validateDns1123Label, what);
export const dns1123SubdomainSchema = (what = 'Name') => withProblems(validateDns1123Subdomain, what);

/** URL segment meaning "every workspace"; deliberately not a valid namespace name. */
export const ALL_WORKSPACES = '_all';

/** Fleet/Rancher system namespaces that are never workspaces. */
export const SYSTEM_NAMESPACES = [
  'cattle-fleet-system',
  'cattle-fleet-clusters-system',
  'cattle-fleet-local-system',
  'fleet-system',
  'fleet-clusters-system',
] as const;

// Keys Fleet puts on cluster namespaces and BundleDeployments (internal/cmd/controller/target/target.go).
export const LABEL_MANAGED = 'fleet.cattle.io/managed';
export const LABEL_CLUSTER = 'fleet.cattle.io/cluster';
export const LABEL_CLUSTER_NAMESPACE = 'fleet.cattle.io/cluster-namespace';
export const LABEL_BUNDLE_NAME = 'fleet.cattle.io/bundle-name';
export const LABEL_BUNDLE_NAMESPACE = 'fleet.cattle.io/bundle-namespace';
export const LABEL_REPO_NAME = 'fleet.cattle.io/repo-name';
export const LABEL_COMMIT = 'fleet.cattle.io/commit';
export const LABEL_HELMOP_NAME = 'fleet.cattle.io/fleet-helm-name';

export interface ClusterRef {
  namespace: string;
  name: string;
}

type Meta = { name?: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };

/** Where a cluster's BundleDeployments live. Read, never computed: Fleet may change the scheme. */
export function clusterNamespaceOf(cluster: { status?: { namespace?: string } | null }): string | undefined {
  return cluster.status?.namespace || undefined;
}

/** A Namespace object created by Fleet for a cluster (label managed=true + cluster annotations). */
export function isClusterNamespace(ns: { metadata: Meta }): boolean {
  const m = ns.metadata;
  return m.labels?.[LABEL_MANAGED] === 'true' && !!m.annotations?.[LABEL_CLUSTER] && !!m.annotations?.[LABEL_CLUSTER_NAMESPACE];
}

/** The Cluster a Fleet cluster namespace belongs to, from its annotations. */
export function clusterOfNamespace(ns: { metadata: Meta }): ClusterRef | undefined {
  const a = ns.metadata.annotations;
  if (!isClusterNamespace(ns) || !a) return undefined;
  return { namespace: a[LABEL_CLUSTER_NAMESPACE] ?? '', name: a[LABEL_CLUSTER] ?? '' };
}

/** The targeted Cluster of a BundleDeployment, from its labels. */
export function clusterOfBundleDeployment(bd: { metadata: Meta }): ClusterRef | undefined {
  const ns = bd.metadata.labels?.[LABEL_CLUSTER_NAMESPACE];
  const name = bd.metadata.labels?.[LABEL_CLUSTER];
  return ns && name ? { namespace: ns, name } : undefined;
}

/** The Bundle of a BundleDeployment (BD name == Bundle name, namespace from its label). */
export function bundleOfBundleDeployment(bd: { metadata: Meta }): ClusterRef | undefined {
  const ns = bd.metadata.labels?.[LABEL_BUNDLE_NAMESPACE];
  const name = bd.metadata.labels?.[LABEL_BUNDLE_NAME] ?? bd.metadata.name;
  return ns && name ? { namespace: ns, name } : undefined;
}

/** Label selectors (string form) for listing BundleDeployments cluster-wide. */
export const bundleDeploymentSelector = {
  forCluster: (c: ClusterRef) => `${LABEL_CLUSTER}=${c.name},${LABEL_CLUSTER_NAMESPACE}=${c.namespace}`,
  forGitRepo: (g: ClusterRef) => `${LABEL_REPO_NAME}=${g.name},${LABEL_BUNDLE_NAMESPACE}=${g.namespace}`,
  forBundle: (b: ClusterRef) => `${LABEL_BUNDLE_NAME}=${b.name},${LABEL_BUNDLE_NAMESPACE}=${b.namespace}`,
};

/** Index cluster namespace → Cluster, built from Cluster.status.namespace. */
export function indexClustersByNamespace(
  clusters: Iterable<{ metadata: Meta; status?: { namespace?: string } | null }>,
): Map<string, ClusterRef> {
  const index = new Map<string, ClusterRef>();
  for (const c of clusters) {
    const ns = clusterNamespaceOf(c);
    if (ns && c.metadata.name && c.metadata.namespace) index.set(ns, { namespace: c.metadata.namespace, name: c.metadata.name });
  }
  return index;
}

/** A namespace a user may pick as a workspace: not a system or per-cluster namespace, not the `_all` marker. */
export function isWorkspaceCandidate(ns: { metadata: Meta }): boolean {
  const name = ns.metadata.name ?? '';
  if ((SYSTEM_NAMESPACES as readonly string[]).includes(name)) return false;
  if (isClusterNamespace(ns)) return false;
  return isDns1123Label(name);
}
