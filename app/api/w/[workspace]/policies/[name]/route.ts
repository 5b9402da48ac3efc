// One Policy: GET (read as the person: its fields, the objects it rejects), PUT { form, resourceVersion } (409 in
// words when it changed since it was loaded; fields the form does not know are kept), DELETE
// (lib/http/direct-routes.ts, shared with the Schedule).
import { toPolicyDetail } from '@/lib/fleet/rows/policy-row';
import { forIdentity } from '@/lib/k8s/client';
import { directObjectRoutes, listParsed, readOne } from '@/lib/http/direct-routes';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, queryProblem } from '@/lib/http/route';
import { rejectionsIn } from '../_lib/rejections';
import { POLICY_KIND } from '../_lib/kind';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const t = await objectParams(ctx, 'Policy');
    const policy = await readOne(forIdentity(person.identity), POLICY_KIND, t.ws, t.name);
    // The others of the workspace too: an object is attributed to each Policy that rejects it on its own.
    const all = await listParsed(person, POLICY_KIND, t.ws);
    const { rejections, unreadable } = await rejectionsIn(person, [t.ws], all.some((p) => p.metadata.name === t.name) ? all : [...all, policy]);
    return json(toPolicyDetail(policy, rejections, unreadable));
  });
}

export const { PUT, DELETE } = directObjectRoutes(POLICY_KIND);
