// Workspaces with counts for the Workspaces page (GET /api/workspaces stays the switcher's light list).
import { fleetWorkspacesInstalled } from '@/lib/k8s/cluster-admin';
import { asPerson, json, queryProblem } from '@/lib/http/route';
import { workspaceSummaries } from '../_lib/counts';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async ({ identity }) => {
    const [items, fleetWorkspaces] = await Promise.all([workspaceSummaries(identity), fleetWorkspacesInstalled().catch(() => false)]);
    return json({ items, fleetWorkspaces });
  });
}
