// react-query keys, built in one place so invalidation and live updates find them. Every key of a kind's data starts
// with a scope word and the kind, so live updates can invalidate by prefix:
//   ['list', kind, workspace, params] · ['detail', kind, namespace, name] · ['counts', kind, workspace]
//   ['troubleshooting', workspace, kind, name] (findings; kind and name '' for a whole workspace)
import type { CacheKind } from '@/lib/cache/kinds';

/** The kinds the server's watch cache holds: the only kinds live updates speak of. */
export type QueryKind = CacheKind;

/** What troubleshooting findings can be asked for on a detail page (lib/fleet/troubleshooting). */
export type FindingKind = 'GitRepo' | 'Bundle' | 'Cluster' | 'ClusterGroup';

export const queryKeys = {
  workspaces: () => ['workspaces'] as const,
  /** Counts per workspace (Workspaces page): a list of namespaces, so namespace changes refetch it. */
  workspaceSummary: () => ['list', 'namespaces', '_all', 'workspace-summary'] as const,
  list: (kind: QueryKind, workspace: string, params: string) => ['list', kind, workspace, params] as const,
  /** Prefix of every list of a kind (optionally of one workspace). */
  listAll: (kind: QueryKind, workspace?: string) => (workspace ? (['list', kind, workspace] as const) : (['list', kind] as const)),
  /** One object; cluster-scoped kinds pass namespace ''. */
  detail: (kind: QueryKind, namespace: string, name: string) => ['detail', kind, namespace, name] as const,
  /** Prefix of every detail of a kind (optionally in one namespace). */
  detailAll: (kind: QueryKind, namespace?: string) => (namespace !== undefined ? (['detail', kind, namespace] as const) : (['detail', kind] as const)),
  /** Objects per state, for overviews. */
  counts: (kind: QueryKind, workspace: string) => ['counts', kind, workspace] as const,
  countsAll: (kind: QueryKind) => ['counts', kind] as const,
  /** Findings of a workspace, or of one object on its detail page. */
  troubleshooting: (workspace: string, object?: { kind: FindingKind; name: string }) => ['troubleshooting', workspace, object?.kind ?? '', object?.name ?? ''] as const,
  /** Prefix of the findings of one workspace, or of every workspace. */
  troubleshootingAll: (workspace?: string) => (workspace ? (['troubleshooting', workspace] as const) : (['troubleshooting'] as const)),
  /** What the person may do with a kind in a workspace (SelfSubjectAccessReview answers). */
  permissions: (kind: QueryKind, workspace: string) => ['permissions', kind, workspace] as const,
  /** Cluster and group names a GitRepo form offers as targets. */
  targetOptions: (workspace: string) => ['target-options', workspace] as const,
  /** An object loaded once for an edit form: outside 'detail', so live updates do not replace what is being edited. */
  edit: (kind: QueryKind, namespace: string, name: string) => ['edit', kind, namespace, name] as const,
  /** A registration token's values (read from its Secret). */
  tokenValues: (workspace: string, token: string, secret: string) => ['token-values', workspace, token, secret] as const,
  /** Whether clusters of a namespace can move to another workspace. */
  clusterMove: (namespace: string) => ['cluster-move', namespace] as const,
  /** A watched object's state for notifications: under its detail key, so a live change of it refetches this too. */
  watched: (kind: QueryKind, namespace: string, name: string) => [...queryKeys.detail(kind, namespace, name), 'watched'] as const,
  /** Kubernetes Events of one object (polled: Events are not in the watch cache). */
  objectEvents: (workspace: string, kind: string, name: string) => ['object-events', workspace, kind, name] as const,
  /** The graph of a GitRepo or HelmOp with the groups the person opened. */
  graph: (workspace: string, kind: string, name: string, params: string) => ['graph', workspace, kind, name, params] as const,
  /** Schedules and Policies, read directly (not from the watch cache): no live updates, polled instead. */
  schedules: (workspace: string) => ['schedules', workspace] as const,
  schedule: (workspace: string, name: string) => ['schedules', workspace, name] as const,
  policies: (workspace: string) => ['policies', workspace] as const,
  policy: (workspace: string, name: string) => ['policies', workspace, name] as const,
  /** One page of the applications view (GitRepos and HelmOps together): live changes of either kind refetch it. */
  applications: (workspace: string, params: string) => ['applications', workspace, params] as const,
  applicationsAll: (workspace?: string) => (workspace ? (['applications', workspace] as const) : (['applications'] as const)),
};
