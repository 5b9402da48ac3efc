// One Schedule: GET (read as the person: spec in words, Fleet's status, computed windows, form values),
// PUT { form, resourceVersion } (full update; 409 in words when it changed since it was loaded), DELETE
// (lib/http/direct-routes.ts, shared with the Policy).
import { toScheduleDetail } from '@/lib/fleet/rows/schedule-row';
import { forIdentity } from '@/lib/k8s/client';
import { directObjectRoutes, readOne } from '@/lib/http/direct-routes';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, queryProblem } from '@/lib/http/route';
import { SCHEDULE_KIND } from '../_lib/kind';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'Schedule');
    return json(toScheduleDetail(await readOne(forIdentity(identity), SCHEDULE_KIND, t.ws, t.name)));
  });
}

export const { PUT, DELETE } = directObjectRoutes(SCHEDULE_KIND);
