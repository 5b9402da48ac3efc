// Browser calls for the Policies pages.
import { z } from 'zod';
import type { PolicyForm } from '@/lib/fleet/forms/policy-form';
import { PolicyDetailSchema, PolicyListSchema } from '@/lib/fleet/rows/policy-row';
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';
import { apiUrl } from '@/lib/http/urls';

export const fetchPolicies = (ws: string) => apiFetch(apiUrl.policies(ws), { schema: PolicyListSchema });
export const fetchPolicy = (ws: string, name: string) => apiFetch(apiUrl.policy(ws, name), { schema: PolicyDetailSchema });
export const createPolicy = (ws: string, form: PolicyForm) => apiFetch(apiUrl.policies(ws), { method: 'POST', body: JSON.stringify(form), schema: z.object({ name: z.string() }) });
export const updatePolicy = (ws: string, name: string, form: PolicyForm, resourceVersion: string) =>
  apiFetch(apiUrl.policy(ws, name), { method: 'PUT', body: JSON.stringify({ form, resourceVersion }) });
export const deletePolicy = (ws: string, name: string, uid?: string) => apiFetch(apiUrl.policy(ws, name, loadedQuery({ uid })), { method: 'DELETE' });
