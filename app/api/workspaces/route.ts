// The switcher's light list: workspaces the person can see, including ones created here that do not
// hold Fleet objects yet (labelled namespaces, from the watch cache).
import { asPerson, json, queryProblem } from '@/lib/http/route';
import { workspacesFor } from '@/lib/k8s/workspaces';
import { workspaceSummaries } from './_lib/counts';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async ({ identity }) => {
    const [listed, summaries] = await Promise.all([workspacesFor(identity), workspaceSummaries(identity).catch(() => [])]);
    const names = new Set(listed.map((w) => w.name));
    const items = [...listed, ...summaries.filter((s) => !names.has(s.name)).map((s) => ({ name: s.name, canList: s.canList }))].sort((a, b) => a.name.localeCompare(b.name));
    return json({ items });
  });
}
