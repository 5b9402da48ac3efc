// Who a request acts as. Every Kubernetes call is made as a person: either their own bearer token
// (signed in) or, in local mode, a kubeconfig context the operator of this dashboard chose.
export type Identity =
  | { type: 'token'; token: string; username: string; groups: string[] }
  | { type: 'context'; context: string; username: string; groups: string[] };

/** What the top bar shows. */
export function displayName(id: Identity): string {
  return id.type === 'context' ? `${id.username} (kubeconfig)` : id.username;
}
