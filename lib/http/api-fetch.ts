// Browser-side fetch for our own /api routes: sends the CSRF header on writes, parses JSON, and turns
// error answers into ApiFetchError carrying the server's plain-words message.
import type { z } from 'zod';
import { CSRF_COOKIE, CSRF_HEADER } from './csrf-names';
import type { FieldError } from './field-errors';
import { apiPath } from './api-path';

export class ApiFetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
    this.name = 'ApiFetchError';
  }
}

function csrfToken(): string {
  const m = document.cookie.match(new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`));
  return m?.[1] ? decodeURIComponent(m[1]) : '';
}

export async function apiFetch<T>(path: string, init: RequestInit & { schema?: z.ZodType<T> } = {}): Promise<T> {
  const { schema, ...rest } = init;
  const method = (rest.method ?? 'GET').toUpperCase();
  const headers = new Headers(rest.headers);
  headers.set('accept', 'application/json');
  if (method !== 'GET' && method !== 'HEAD') headers.set(CSRF_HEADER, csrfToken());
  if (rest.body !== undefined && typeof rest.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  let res: Response;
  try {
    res = await fetch(apiPath(path), { ...rest, method, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiFetchError(0, 'The dashboard server cannot be reached. Check your connection; it may be restarting.');
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const b = body as { error?: string; fieldErrors?: FieldError[] } | undefined;
    throw new ApiFetchError(res.status, b?.error ?? `The dashboard server answered ${res.status}.`, b?.fieldErrors);
  }
  if (!schema) return body as T;
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiFetchError(500, 'The dashboard server sent an answer this page does not understand. Reload the page.');
  return parsed.data;
}
