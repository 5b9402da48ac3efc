// The query string of a delete: the object as the page loaded it (uid, and a GitRepo's generation), which the server
// turns into the API server's delete preconditions (lib/http/delete.ts).
export function loadedQuery(l: { uid?: string; generation?: number }): string {
  const q = new URLSearchParams();
  if (l.uid) q.set('uid', l.uid);
  if (l.generation !== undefined) q.set('generation', String(l.generation));
  const s = q.toString();
  return s ? `?${s}` : '';
}
