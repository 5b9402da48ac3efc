// Who a request acts as. Every Kubernetes call is made as a person: their own bearer token (signed in), a kubeconfig
// context the operator of this dashboard chose (local mode), or, in auth-proxy mode, the dashboard's own credentials
// impersonating the person the trusted proxy named (Impersonate-User / Impersonate-Group).
export type Identity =
  | { type: 'token'; token: string; username: string; groups: string[] }
  | { type: 'context'; context: string; username: string; groups: string[] }
  | { type: 'impersonate'; username: string; groups: string[] };

/** What the top bar shows. */
export function displayName(id: Identity): string {
  return id.type === 'context' ? `${id.username} (kubeconfig)` : id.username;
}
