// react-query keys, built in one place so invalidation and live updates find them. Every key of a kind's data starts
// with a scope word and the kind, so live updates can invalidate by prefix:
//   ['list', kind, workspace, params] · ['detail', kind, namespace, name] · ['counts', kind, workspace]
export const queryKeys = {
  workspaces: () => ['workspaces'] as const,
  list: (kind: string, workspace: string, params: string) => ['list', kind, workspace, params] as const,
  /** Prefix of every list of a kind (optionally of one workspace). */
  listAll: (kind: string, workspace?: string) => (workspace ? (['list', kind, workspace] as const) : (['list', kind] as const)),
  /** One object; cluster-scoped kinds pass namespace ''. */
  detail: (kind: string, namespace: string, name: string) => ['detail', kind, namespace, name] as const,
  /** Prefix of every detail of a kind (optionally in one namespace). */
  detailAll: (kind: string, namespace?: string) => (namespace !== undefined ? (['detail', kind, namespace] as const) : (['detail', kind] as const)),
  /** Objects per state, for overviews. */
  counts: (kind: string, workspace: string) => ['counts', kind, workspace] as const,
  countsAll: (kind: string) => ['counts', kind] as const,
};
