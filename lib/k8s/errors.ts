// Kubernetes failures turned into { status, message } a person can act on. The API server's Status
// message is written for kubectl users ("gitrepos.fleet.cattle.io is forbidden: User ..."); we rebuild
// it in plain words from the Status fields and, for 403, from the authorizer's fixed sentence shape.
import { z } from 'zod';
import type { FieldError } from '@/lib/http/field-errors';

const StatusCauseSchema = z.object({
  reason: z.string().optional(),
  message: z.string().optional(),
  field: z.string().optional(),
});

export const K8sStatusSchema = z.object({
  kind: z.literal('Status'),
  status: z.string().optional(),
  message: z.string().optional(),
  reason: z.string().optional(),
  code: z.number().int(),
  details: z
    .object({
      name: z.string().optional(),
      group: z.string().optional(),
      kind: z.string().optional(),
      causes: z.array(StatusCauseSchema).optional(),
      retryAfterSeconds: z.number().optional(),
    })
    .optional(),
});
export type K8sStatus = z.infer<typeof K8sStatusSchema>;

export type { FieldError };

/** The shape every API route answers with on failure. */
export interface ApiError {
  status: number;
  message: string;
  fieldErrors?: FieldError[];
  retryAfterSeconds?: number;
}

/** Thrown by lib/k8s for any non-2xx answer or transport failure. */
export class K8sError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly k8sStatus: K8sStatus | undefined,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'K8sError';
  }

  /** Build from an HTTP answer; the body may be a Status object, other JSON or plain text. */
  static fromResponse(httpStatus: number, body: unknown): K8sError {
    const parsed = K8sStatusSchema.safeParse(body);
    const st = parsed.success ? parsed.data : undefined;
    const text = st?.message ?? (typeof body === 'string' ? body.slice(0, 500) : `HTTP ${httpStatus}`);
    return new K8sError(httpStatus, st, text);
  }

  /** A transport failure: connection refused, DNS, TLS, timeout. */
  static network(cause: unknown): K8sError {
    const msg = cause instanceof Error ? cause.message : String(cause);
    return new K8sError(0, undefined, msg, cause);
  }
}

// "User \"operator\" cannot list resource \"gitrepos\" in API group \"fleet.cattle.io\" in the namespace \"fleet-local\""
// (or "at the cluster scope"). Fixed by the RBAC authorizer's forbidden message in apiserver/pkg/endpoints/handlers/responsewriters.
const FORBIDDEN_RE =
  /User "([^"]*)" cannot (\w+) resource "([^"]+)"(?: in API group "([^"]*)")?(?: in the namespace "([^"]+)"| at the cluster scope)?/;

function describeForbidden(st: K8sStatus | undefined): string {
  const m = st?.message ? FORBIDDEN_RE.exec(st.message) : null;
  if (!m) {
    const what = st?.details?.kind ?? 'this';
    return `You are not allowed to do this with ${what}.${st?.message ? ` (${st.message})` : ''}`;
  }
  const [, user, verb, resource, , namespace] = m;
  const subresource = resource?.includes('/') ? resource : undefined;
  const name = st?.details?.name;
  const target = subresource ?? (name ? `${singular(resource ?? '')} ${name}` : resource);
  const where = namespace ? ` in workspace ${namespace}` : '';
  const who = user ? `You (${user}) are` : 'You are';
  return `${who} not allowed to ${verb} ${target}${where}.`;
}

function singular(plural: string): string {
  return plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.replace(/s$/, '');
}

function objectLabel(st: K8sStatus | undefined): string {
  const kind = st?.details?.kind ?? 'object';
  const name = st?.details?.name;
  return name ? `${singular(kind)} ${name}` : kind;
}

function networkMessage(err: K8sError): string {
  const raw = err.message;
  const code = (err.cause as { code?: string } | undefined)?.code ?? '';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS|SSL|certificate/i.test(code + raw)) {
    return `The Kubernetes API server's TLS certificate was not accepted (${code || raw}). Check the certificate authority in the kubeconfig.`;
  }
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|ETIMEDOUT|timeout/i.test(code + raw)) {
    return `The Kubernetes API server cannot be reached (${code || raw}). It may be down or restarting; try again shortly.`;
  }
  return `The Kubernetes API server cannot be reached: ${raw}`;
}

/**
 * A name or namespace that is not a valid Kubernetes name reached lib/k8s (a route forgot to check it): refused before
 * any request, and answered 400 in words rather than 500 with a stack trace.
 */
export class InvalidNameError extends Error {
  constructor(
    readonly what: 'name' | 'namespace',
    readonly value: string,
  ) {
    super(
      what === 'namespace'
        ? `"${value.slice(0, 80)}" is not a valid workspace (namespace) name: lower-case letters, digits and '-', at most 63 characters.`
        : `"${value.slice(0, 80)}" is not a valid Kubernetes object name: lower-case letters, digits, '-' and '.', at most 253 characters.`,
    );
    this.name = 'InvalidNameError';
  }
}

/** Map any error thrown while talking to Kubernetes to a status code and a plain-words message. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof InvalidNameError) return { status: 400, message: err.message };
  if (!(err instanceof K8sError)) {
    return { status: 500, message: 'Something went wrong on the dashboard server. Details are in its log.' };
  }
  const st = err.k8sStatus;
  const status = err.httpStatus;
  if (status === 0) {
    const cause = err.cause as { code?: string; deadlineMs?: number } | undefined;
    if (cause?.code === 'FLEETDASH_DEADLINE') {
      return {
        status: 504,
        message: `The Kubernetes API server did not answer within ${Math.round((cause.deadlineMs ?? 0) / 1000)} s: the dashboard has lost it (it may be overloaded, hung or unreachable). Try again shortly; if this was a change, reload first to see whether it was applied.`,
      };
    }
    return { status: 502, message: networkMessage(err) };
  }
  switch (status) {
    case 401:
      return { status, message: 'Your sign-in is no longer accepted by the Kubernetes API server. Sign in again.' };
    case 403:
      return { status, message: describeForbidden(st) };
    case 404:
      return { status, message: `The ${objectLabel(st)} does not exist (it may have just been deleted).` };
    case 409:
      if (st?.reason === 'AlreadyExists') return { status, message: `A ${objectLabel(st)} already exists. Pick another name.` };
      return {
        status,
        message: `The ${objectLabel(st)} was changed by someone else since you loaded it. Reload it and apply your change again.`,
      };
    case 422: {
      const fieldErrors = (st?.details?.causes ?? [])
        .filter((c) => c.field)
        .map((c) => ({ field: c.field ?? '', message: c.message ?? c.reason ?? 'invalid' }));
      const list = fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ');
      return {
        status,
        message: `The ${objectLabel(st)} was rejected as invalid${list ? `: ${list}` : st?.message ? `: ${st.message}` : '.'}`,
        fieldErrors,
      };
    }
    case 429:
      return {
        status,
        message: 'The Kubernetes API server is busy and asked us to slow down. Try again in a moment.',
        retryAfterSeconds: st?.details?.retryAfterSeconds,
      };
    default:
      if (status >= 500) {
        return {
          status: 502,
          message: `The Kubernetes API server failed to answer (${status}${st?.message ? `: ${st.message}` : ''}). Try again shortly.`,
        };
      }
      return { status, message: st?.message ?? err.message };
  }
}
