// react-query keys, built in one place so invalidation and live updates find them.
export const queryKeys = {
  workspaces: () => ['workspaces'] as const,
  list: (kind: string, workspace: string, params: string) => ['list', kind, workspace, params] as const,
  listAll: (kind: string, workspace?: string) => (workspace ? (['list', kind, workspace] as const) : (['list', kind] as const)),
};
