// Which workspaces (namespaces holding Fleet objects) a person may see. With namespace list rights we
// list namespaces (minus Fleet's per-cluster namespaces and system ones) and keep those that are
// fleet-local/fleet-default or hold GitRepos, Clusters or ClusterGroups; without, we probe the
// well-known names plus what the dashboard's own identity knows. canList = SelfSubjectAccessReview
// "list gitrepos" as the person. The watch cache will answer this cheaply later.
import { forIdentity, type K8sClient } from './client';
import { K8sError } from './errors';
import type { Identity } from './identity';
import { serviceIdentity } from './service';

export const DEFAULT_WORKSPACES = ['fleet-local', 'fleet-default'] as const;
export const DEFAULT_WORKSPACE = 'fleet-default';

export interface Workspace {
  name: string;
  canList: boolean;
}

const SYSTEM_NS = /^(kube-.*|default|cattle-.*|fleet-system|local-path-storage)$/;

export function isCandidateNamespace(ns: { metadata: { name: string; labels?: Record<string, string> } }): boolean {
  const { name, labels } = ns.metadata;
  if (labels?.['fleet.cattle.io/managed'] === 'true' && name.startsWith('cluster-')) return false;
  return !SYSTEM_NS.test(name) || (DEFAULT_WORKSPACES as readonly string[]).includes(name);
}

async function holdsFleetObjects(c: K8sClient, ns: string): Promise<boolean> {
  const probes = (['gitrepos', 'clusters', 'clustergroups'] as const).map((k) =>
    c.list(k, ns, { limit: 1 }).then(
      (l) => l.items.length > 0,
      () => false,
    ),
  );
  return (await Promise.all(probes)).some(Boolean);
}

/** Fleet workspaces visible to `c`, or undefined when it may not list namespaces. */
async function listWorkspaceNames(c: K8sClient): Promise<string[] | undefined> {
  let namespaces;
  try {
    namespaces = await c.namespaces.list({ labelSelector: 'fleet.cattle.io/managed!=true' });
  } catch (e) {
    if (e instanceof K8sError && e.httpStatus === 403) return undefined;
    throw e;
  }
  const candidates = namespaces.items.filter(isCandidateNamespace).map((n) => n.metadata.name);
  const keep = await Promise.all(
    candidates.map(async (n) => ((DEFAULT_WORKSPACES as readonly string[]).includes(n) || (await holdsFleetObjects(c, n)) ? n : undefined)),
  );
  return keep.filter((n): n is string => n !== undefined);
}

async function canListGitRepos(c: K8sClient, ns: string): Promise<boolean> {
  const r = await c.accessReview({ namespace: ns, verb: 'list', group: 'fleet.cattle.io', resource: 'gitrepos' });
  return r.status?.allowed === true;
}

export async function workspacesFor(identity: Identity): Promise<Workspace[]> {
  const me = forIdentity(identity);
  let names = await listWorkspaceNames(me);
  let fallback = false;
  if (!names) {
    fallback = true;
    const known = await listWorkspaceNames(forIdentity(serviceIdentity())).catch(() => undefined);
    names = [...new Set([...DEFAULT_WORKSPACES, ...(known ?? [])])];
  }
  const all = await Promise.all(names.map(async (name) => ({ name, canList: await canListGitRepos(me, name) })));
  // Without namespace rights, only name workspaces the person can use (plus the two well-known ones),
  // so probing does not reveal other teams' workspaces.
  const visible = fallback ? all.filter((w) => w.canList || (DEFAULT_WORKSPACES as readonly string[]).includes(w.name)) : all;
  return visible.sort((a, b) => a.name.localeCompare(b.name));
}
