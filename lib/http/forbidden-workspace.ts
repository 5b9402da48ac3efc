// The workspace a forbidden page is about, from its path: /w/<ws>/workspaces/<name> is about <name>, any other
// /w/<ws>/… about <ws>. Only well-formed names come back (they are shown on the page).
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function forbiddenWorkspace(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[1] !== 'w') return undefined;
  let ws: string | undefined;
  try {
    ws = decodeURIComponent(parts[3] === 'workspaces' && parts[4] ? parts[4] : (parts[2] ?? ''));
  } catch {
    return undefined;
  }
  return ws.length <= 63 && NAME.test(ws) ? ws : undefined;
}
