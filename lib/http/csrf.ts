// CSRF defence for every state-changing /api route: double-submit cookie (the readable cookie
// `fleet_csrf` must equal the `x-csrf-token` header; a foreign page can neither read the cookie nor
// set the header) plus an Origin that matches this server. Pure functions over a web Request.
import crypto from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER } from './csrf-names';
import { normalizeHost, originConfig, requestHost, type OriginConfig } from './origin';

export { CSRF_COOKIE, CSRF_HEADER };

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/**
 * undefined when the request may proceed, else the reason it was refused (answer 403).
 * `sessionCsrf`: the token sealed in the session, when there is one; the cookie must also match it.
 * The Origin must name the host the browser talked to (X-Forwarded-Host only from a trusted proxy, see origin.ts).
 */
export function csrfProblem(req: Request, sessionCsrf?: string, cfg: OriginConfig = originConfig()): string | undefined {
  if (isSafeMethod(req.method)) return undefined;
  const origin = req.headers.get('origin');
  if (!origin) return 'Request refused: it has no Origin header (cross-site request protection).';
  let originHost: string | undefined;
  try {
    const u = new URL(origin);
    originHost = normalizeHost(u.host, u.protocol === 'https:' ? 'https:' : 'http:');
  } catch {
    return 'Request refused: its Origin header is malformed.';
  }
  if (!originHost) return 'Request refused: its Origin header is malformed.';
  const host = requestHost(req, cfg);
  const sameHost = host !== undefined && [normalizeHost(host, 'http:'), normalizeHost(host, 'https:')].includes(originHost);
  if (!sameHost) return `Request refused: it comes from another site (${origin}).`;
  const cookie = readCookie(req, CSRF_COOKIE);
  const header = req.headers.get(CSRF_HEADER);
  if (!cookie || !header) return 'Request refused: the security token is missing. Reload the page and try again.';
  if (!safeEqual(cookie, header)) return 'Request refused: the security token does not match. Reload the page and try again.';
  if (sessionCsrf !== undefined && !safeEqual(sessionCsrf, header)) {
    return 'Request refused: the security token does not belong to your session. Reload the page or sign in again.';
  }
  return undefined;
}
