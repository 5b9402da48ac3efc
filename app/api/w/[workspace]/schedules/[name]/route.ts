// One Schedule: GET (read as the person: spec in words, Fleet's status, computed windows, form values),
// PUT { form, resourceVersion } (full update; 409 in words when it changed since it was loaded), DELETE.
import { z } from 'zod';
import { ScheduleFormSchema, formToSchedule } from '@/lib/fleet/forms/schedule-form';
import { ScheduleSchema, type Schedule } from '@/lib/fleet/kinds/schedule';
import { toScheduleDetail } from '@/lib/fleet/rows/schedule-row';
import { forIdentity } from '@/lib/k8s/client';
import { checkInput, readBody } from '@/lib/http/body';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';
import { HttpError } from '@/lib/http/http-error';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, queryProblem } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

async function readSchedule(k8s: ReturnType<typeof forIdentity>, ws: string, name: string): Promise<Schedule> {
  const s = ScheduleSchema.safeParse(await k8s.get('schedules', ws, name));
  if (!s.success) throw new HttpError(502, 'The API server sent a Schedule this dashboard cannot read.');
  return s.data;
}

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'Schedule');
    return json(toScheduleDetail(await readSchedule(forIdentity(identity), t.ws, t.name)));
  });
}

const RV_REQUIRED = 'resourceVersion is required: it is how a change made by someone else in the meantime is detected.';
const EditBodySchema = z.object({ form: z.unknown(), resourceVersion: z.string({ error: RV_REQUIRED }).min(1, RV_REQUIRED) });

export async function PUT(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'Schedule');
    const body = await readBody(req, EditBodySchema);
    const form = checkInput(ScheduleFormSchema, body.form, (f) => (f.name === t.name ? [] : [{ field: 'name', message: 'A Schedule cannot be renamed: create a new one, then delete this one.' }]));
    const k8s = forIdentity(identity);
    const existing = await readSchedule(k8s, t.ws, t.name);
    // The version the person loaded: the API server refuses (409) if the Schedule changed since.
    existing.metadata.resourceVersion = body.resourceVersion;
    await k8s.replace('schedules', t.ws, formToSchedule(form, { namespace: t.ws, existing }));
    return json({ name: t.name });
  });
}

export async function DELETE(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'Schedule');
    await deleteAsLoaded(forIdentity(identity), 'schedules', t.ws, t.name, loadedFromQuery(req), 'Schedule');
    return json({ name: t.name, deleted: true });
  });
}
