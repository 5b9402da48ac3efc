// The Schedule's pieces of the direct-read routes it shares with the Policy (lib/http/direct-routes.ts).
import { ScheduleFormSchema, formToSchedule, type ScheduleForm } from '@/lib/fleet/forms/schedule-form';
import { ScheduleSchema, type Schedule } from '@/lib/fleet/kinds/schedule';
import type { DirectKind } from '@/lib/http/direct-routes';

export const SCHEDULE_KIND: DirectKind<Schedule, ScheduleForm> = {
  kind: 'Schedule',
  words: 'Schedules',
  resource: 'schedules',
  schema: ScheduleSchema,
  formSchema: ScheduleFormSchema,
  toManifest: formToSchedule,
};
