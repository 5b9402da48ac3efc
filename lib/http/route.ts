// Small helpers every API route uses: one JSON answer (never cached), one error shape ({ error, fieldErrors? }), the
// person making the request (401 when nobody), and CSRF for anything that is not a read. Bodies: body.ts; path
// parameters: path.ts; cache reads: read.ts.
import { NextResponse } from 'next/server';
import { paramKeyProblem } from './params';
import { currentPerson, type Person } from '@/lib/auth/current';
import { K8sError, toApiError } from '@/lib/k8s/errors';
import { log, REQUEST_ID_HEADER } from '@/lib/log';
import { metrics, observeRequest, routeLabel } from '@/lib/metrics';
import { trackRequest } from '@/lib/server/shutdown';
import { BASE_PATH } from './api-path';
import type { FieldError } from './field-errors';
import { csrfProblem } from './csrf';
import { HttpError } from './http-error';

export interface ErrorBody {
  error: string;
  fieldErrors?: FieldError[];
}

/**
 * Every JSON answer of an API route: `Cache-Control: no-store`, because answers depend on who asks and change with
 * the cluster (a shared cache or the browser's back button must not replay them).
 */
export function json<T>(body: T, init: { status?: number; headers?: Record<string, string> } = {}): NextResponse<T> {
  return NextResponse.json(body, { status: init.status, headers: { ...init.headers, 'cache-control': 'no-store' } });
}

export function jsonError(status: number, error: string, fieldErrors?: FieldError[]): NextResponse<ErrorBody> {
  return json(fieldErrors?.length ? { error, fieldErrors } : { error }, { status });
}

/** Any thrown error → its mapped status and plain-words message; unexpected ones are logged (never secrets). */
export function errorResponse(err: unknown, req?: Request): NextResponse<ErrorBody> {
  if (err instanceof HttpError) return jsonError(err.status, err.message, err.fieldErrors);
  if (err instanceof K8sError) metrics().apiServerErrors.inc({ status: String(err.httpStatus ?? 0) });
  const e = toApiError(err);
  if (e.status === 500) log.error('unexpected error in API route', { requestId: req?.headers.get(REQUEST_ID_HEADER) ?? undefined, error: err instanceof Error ? err.stack : String(err) });
  const res = jsonError(e.status, e.message, e.fieldErrors);
  if (e.retryAfterSeconds) res.headers.set('retry-after', String(e.retryAfterSeconds));
  return res;
}

/** Largest request body any write accepts: a GitRepo with its Git/Helm secrets is a few KiB; objects cap at 1.5 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Body size check for every state-changing request, before anything reads the body. Node's HTTP parser never reads
 * past Content-Length, so the header is enough; a chunked body (no length) is refused rather than read blindly.
 */
export function bodyProblem(req: Request): { status: number; error: string } | undefined {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const raw = req.headers.get('content-length');
  if (raw === null) {
    if (req.headers.get('transfer-encoding')) return { status: 411, error: 'Send the request body with a Content-Length header.' };
    return undefined; // no body at all
  }
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) return { status: 400, error: 'The Content-Length header is not a number of bytes.' };
  if (n > MAX_BODY_BYTES) {
    return { status: 413, error: `The request body is ${n} bytes; the limit is ${MAX_BODY_BYTES} bytes (1 MiB).` };
  }
  return undefined;
}

export const NOT_SIGNED_IN = 'You are not signed in. Sign in with a Kubernetes token.';

/**
 * Runs `handler` as the person behind the request: 401 without one, 403 when a state-changing
 * request fails the CSRF check, 413 when its body is over MAX_BODY_BYTES, mapped errors for anything thrown.
 */
export async function asPerson(req: Request, handler: (p: Person) => Promise<Response>): Promise<Response> {
  const started = performance.now();
  const done = trackRequest();
  let res: Response;
  try {
    const person = await currentPerson();
    if (!person) res = jsonError(401, NOT_SIGNED_IN);
    else {
      const problem = csrfProblem(req, person.session?.csrf);
      const tooBig = bodyProblem(req);
      if (problem) res = jsonError(403, problem);
      else if (tooBig) res = jsonError(tooBig.status, tooBig.error);
      else res = await handler(person);
    }
  } catch (err) {
    res = errorResponse(err, req);
  } finally {
    done();
  }
  const seconds = (performance.now() - started) / 1000;
  const { pathname } = new URL(req.url);
  observeRequest(req.method, pathname, res.status, seconds, BASE_PATH);
  log.info('request', { requestId: req.headers.get(REQUEST_ID_HEADER) ?? undefined, method: req.method, route: routeLabel(pathname, BASE_PATH), status: res.status, ms: Math.round(seconds * 1000) });
  return res;
}

export const NAMESPACE_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const ALL_WORKSPACES = '_all';

/** A workspace path segment: a namespace name or `_all`. */
export function isWorkspaceParam(ws: string): boolean {
  return ws === ALL_WORKSPACES || (ws.length <= 63 && NAMESPACE_RE.test(ws));
}

/** 400 in words when the query string has a key the route does not take (or one twice); undefined when fine. */
export function queryProblem(req: Request, known: readonly string[]): NextResponse<ErrorBody> | undefined {
  const problem = paramKeyProblem(new URL(req.url).searchParams, known);
  return problem ? jsonError(400, problem) : undefined;
}
