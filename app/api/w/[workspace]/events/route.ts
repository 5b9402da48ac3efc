// GET ?kind=GitRepo|HelmOp|Bundle|Cluster&name=…: the Kubernetes Events about one Fleet object in this workspace,
// newest first, read from the API server as the person (Events are not in the watch cache): someone who may not
// list Events there gets 403 in words. Other kinds are refused, so this is no general Event reader.
import { EVENT_KINDS, eventRows, involvedSelector, isEventKind, type CoreEventLike, type EventList } from '@/lib/fleet/events';
import type { FieldError } from '@/lib/http/field-errors';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';
import { forIdentity, isValidName } from '@/lib/k8s/client';

export const dynamic = 'force-dynamic';

/** Most recent Events asked of the API server per object (Fleet repeats a reason as a series, not new objects). */
const LIMIT = 200;

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const badQuery = queryProblem(req, ['kind', 'name']);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const ws = await workspaceParam(ctx, 'to read Events in');
    const params = new URL(req.url).searchParams;
    const kind = params.get('kind') ?? '';
    const name = params.get('name') ?? '';
    const errors: FieldError[] = [];
    if (!isEventKind(kind)) errors.push({ field: 'kind', message: `Events are shown for ${EVENT_KINDS.join(', ')}; got "${kind.slice(0, 40)}".` });
    if (!isValidName(name)) errors.push({ field: 'name', message: name ? `"${name.slice(0, 80)}" is not a valid object name.` : 'Name the object.' });
    if (errors.length || !isEventKind(kind)) return jsonError(400, 'Ask for the Events of one GitRepo, HelmOp, Bundle or Cluster by kind and name.', errors);
    const list = await forIdentity(person.identity).events.list(ws, involvedSelector(kind, name), LIMIT);
    const items = eventRows(list.items as CoreEventLike[]);
    const body: EventList = { items, total: items.length };
    return json(body);
  });
}
