// Schedules of a workspace (GET) and POST to create one from the form. Read straight from the API server as the
// person (lib/http/read-direct.ts): a workspace holds a handful, so the watch cache does not keep them.
import { toScheduleRow } from '@/lib/fleet/rows/schedule-row';
import { byWorkspaceThenName, directCreateRoute, listParsed } from '@/lib/http/direct-routes';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { asPerson, json, queryProblem } from '@/lib/http/route';
import { SCHEDULE_KIND } from './_lib/kind';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const now = new Date();
    const items = (await listParsed(person, SCHEDULE_KIND, workspace)).map((s) => toScheduleRow(s, now)).sort(byWorkspaceThenName);
    return json({ items });
  });
}

export const POST = directCreateRoute(SCHEDULE_KIND);
