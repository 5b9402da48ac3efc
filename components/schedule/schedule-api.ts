// Browser calls for the Schedules pages.
import { z } from 'zod';
import type { ScheduleForm } from '@/lib/fleet/forms/schedule-form';
import { ScheduleDetailSchema, ScheduleListSchema } from '@/lib/fleet/rows/schedule-row';
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';
import { apiUrl } from '@/lib/http/urls';

export const fetchSchedules = (ws: string) => apiFetch(apiUrl.schedules(ws), { schema: ScheduleListSchema });
export const fetchSchedule = (ws: string, name: string) => apiFetch(apiUrl.schedule(ws, name), { schema: ScheduleDetailSchema });
export const createSchedule = (ws: string, form: ScheduleForm) =>
  apiFetch(apiUrl.schedules(ws), { method: 'POST', body: JSON.stringify(form), schema: z.object({ name: z.string() }) });
export const updateSchedule = (ws: string, name: string, form: ScheduleForm, resourceVersion: string) =>
  apiFetch(apiUrl.schedule(ws, name), { method: 'PUT', body: JSON.stringify({ form, resourceVersion }) });
export const deleteSchedule = (ws: string, name: string, uid?: string) => apiFetch(apiUrl.schedule(ws, name, loadedQuery({ uid })), { method: 'DELETE' });
