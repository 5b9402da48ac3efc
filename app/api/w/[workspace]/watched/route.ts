// The state of one object a person watches for browser notifications (components/notify): GET ?kind=gitrepos&name=web
// answers its state and ready/desired clusters from the watch cache, as the person may see it (404 in words
// otherwise). Read-only: the watch list itself stays in the browser.
import { z } from 'zod';
import { WATCH_KINDS } from '@/lib/notify/watch-list';
import { toWatchedState, type WatchedState } from '@/lib/notify/watched-state';
import { isDns1123Subdomain } from '@/lib/fleet/names';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { readOne } from '@/lib/http/read';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const QuerySchema = z.object({
  kind: z.enum(WATCH_KINDS, { error: `kind must be one of: ${WATCH_KINDS.join(', ')}` }),
  name: z.string({ error: 'name is required' }).refine(isDns1123Subdomain, 'name is not a valid Kubernetes object name'),
});

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const bad = queryProblem(req, ['kind', 'name']);
  if (bad) return bad;
  const q = QuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) return jsonError(400, q.error.issues.map((i) => i.message).join('; '));
  return asPerson(req, async (person) => {
    const ws = await workspaceParam(ctx, 'to read a watched object in');
    const obj = await readOne(person, q.data.kind, ws, q.data.name);
    const body: WatchedState | undefined = toWatchedState(q.data.kind, obj);
    if (!body) return jsonError(502, `${q.data.name} has a shape this dashboard does not understand.`);
    return json(body);
  });
}
