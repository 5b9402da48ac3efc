// Browser-side call for the applications view (through apiFetch: CSRF and plain-words errors handled).
import { ApplicationListSchema } from '@/lib/fleet/rows/application-row';
import { apiFetch } from '@/lib/http/api-fetch';
import { apiUrl } from '@/lib/http/urls';

export function fetchApplications(ws: string, params: string) {
  return apiFetch(apiUrl.applications(ws, params), { schema: ApplicationListSchema });
}
