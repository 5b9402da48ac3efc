// Schedules of a workspace (GET) and POST to create one from the form. Read straight from the API server as the
// person (lib/http/read-direct.ts): a workspace holds a handful, so the watch cache does not keep them.
import { ScheduleFormSchema, formToSchedule } from '@/lib/fleet/forms/schedule-form';
import { ScheduleSchema } from '@/lib/fleet/kinds/schedule';
import { toScheduleRow } from '@/lib/fleet/rows/schedule-row';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { listDirect } from '@/lib/http/read-direct';
import { asPerson, json, queryProblem } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const workspace = await workspaceParam(ctx);
    const now = new Date();
    const items = (await listDirect(person, 'schedules', workspace, 'Schedules'))
      .flatMap((o) => {
        const s = ScheduleSchema.safeParse(o);
        return s.success ? [toScheduleRow(s.data, now)] : [];
      })
      .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
    return json({ items });
  });
}

export async function POST(req: Request, ctx: WorkspaceCtx) {
  return asPerson(req, async ({ identity }) => {
    const workspace = await workspaceParam(ctx, 'to create the Schedule in');
    const form = await readBody(req, ScheduleFormSchema);
    const created = await forIdentity(identity).create('schedules', workspace, formToSchedule(form, { namespace: workspace }));
    return json({ name: created.metadata.name }, { status: 201 });
  });
}
