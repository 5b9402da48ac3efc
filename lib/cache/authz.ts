// Per-person read filtering of the shared cache. The cache runs as the dashboard's identity; what a person gets
// from it is narrowed to the workspaces where RBAC lets them list that kind, asked with SelfSubjectAccessReview
// as the person and cached briefly, so a person who may not list GitRepos in a workspace learns nothing about them.
import { createHash } from 'node:crypto';
import type { Identity } from '@/lib/k8s/identity';
import { k8sRequest } from '@/lib/k8s/transport';
import { CACHE_KINDS, type CacheKind } from './kinds';

export interface AccessChecker {
  /** May this person list `kind` in `namespace` ('*' = in all namespaces, i.e. cluster-wide)? */
  canList(kind: CacheKind, namespace: string | '*'): Promise<boolean>;
}

const TTL_MS = 30_000;
const MAX_ENTRIES = 20_000;
const decisions = new Map<string, { at: number; allowed: Promise<boolean> }>();

/** Stable cache key for a person that never holds their token in clear. */
export function personKey(id: Identity): string {
  if (id.type === 'context') return `ctx:${id.context}`;
  if (id.type === 'impersonate') return `imp:${createHash('sha256').update(JSON.stringify([id.username, [...id.groups].sort()])).digest('hex').slice(0, 32)}`;
  return `tok:${createHash('sha256').update(id.token).digest('hex').slice(0, 32)}`;
}

interface SsarResponse {
  status?: { allowed?: boolean; denied?: boolean };
}

export type ReviewFn = (id: Identity, attrs: { verb: string; group: string; resource: string; namespace?: string }) => Promise<boolean>;

/** One SelfSubjectAccessReview as the person (their token or their kubeconfig context). */
export const selfSubjectAccessReview: ReviewFn = async (id, attrs) => {
  const res = await k8sRequest<SsarResponse>(id, {
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    body: {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { verb: attrs.verb, group: attrs.group, resource: attrs.resource, ...(attrs.namespace ? { namespace: attrs.namespace } : {}) } },
    },
  });
  return res.status?.allowed === true;
};

export function accessChecker(id: Identity, review: ReviewFn = selfSubjectAccessReview, now: () => number = Date.now): AccessChecker {
  const person = personKey(id);
  return {
    canList(kind, namespace) {
      const key = `${person}\u0000list\u0000${kind}\u0000${namespace}`;
      const t = now();
      const hit = decisions.get(key);
      if (hit && t - hit.at < TTL_MS) return hit.allowed;
      if (decisions.size >= MAX_ENTRIES) decisions.clear();
      const k = CACHE_KINDS[kind];
      const allowed = review(id, { verb: 'list', group: k.group, resource: k.plural, ...(namespace === '*' ? {} : { namespace }) });
      decisions.set(key, { at: t, allowed });
      // Failures (network, expired token) are not decisions: do not keep them.
      allowed.catch(() => decisions.delete(key));
      return allowed;
    },
  };
}

/** For tests. */
export function clearAuthzCache(): void {
  decisions.clear();
}

/**
 * Which workspaces of `kind` the person may see. `candidates` are the workspaces that hold objects of the kind
 * (from the cache's workspace index), so the number of reviews is bounded by workspaces, not objects.
 *
 * BundleDeployments live in per-cluster namespaces nobody is granted by name; they are shown in a workspace when the
 * person may list them cluster-wide or may list that workspace's Bundles, whose status already reports them.
 */
export async function allowedWorkspaces(checker: AccessChecker, kind: CacheKind, candidates: Iterable<string>): Promise<'all' | string[]> {
  if (await checker.canList(kind, '*')) return 'all';
  const perWorkspaceKind: CacheKind = kind === 'bundledeployments' ? 'bundles' : kind;
  if (kind === 'namespaces') return []; // cluster-scoped: no per-namespace grant lists namespaces
  const list = [...new Set(candidates)];
  const ok = await Promise.all(list.map((ws) => checker.canList(perWorkspaceKind, ws)));
  return list.filter((_, i) => ok[i]);
}
