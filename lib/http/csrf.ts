// CSRF defence for every state-changing /api route: double-submit cookie (the readable cookie
// `fleet_csrf` must equal the `x-csrf-token` header; a foreign page can neither read the cookie nor
// set the header) plus an Origin that matches this server. Pure functions over a web Request.
import crypto from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER } from './csrf-names';

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

/** The host the browser talked to: a reverse proxy's X-Forwarded-Host, else Host. */
function requestHost(req: Request): string | undefined {
  const fwd = req.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return fwd || req.headers.get('host') || new URL(req.url).host;
}

export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/**
 * undefined when the request may proceed, else the reason it was refused (answer 403).
 * `sessionCsrf`: the token sealed in the session, when there is one; the cookie must also match it.
 */
export function csrfProblem(req: Request, sessionCsrf?: string): string | undefined {
  if (isSafeMethod(req.method)) return undefined;
  const origin = req.headers.get('origin');
  if (!origin) return 'Request refused: it has no Origin header (cross-site request protection).';
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return 'Request refused: its Origin header is malformed.';
  }
  if (originHost !== requestHost(req)) return `Request refused: it comes from another site (${origin}).`;
  const cookie = readCookie(req, CSRF_COOKIE);
  const header = req.headers.get(CSRF_HEADER);
  if (!cookie || !header) return 'Request refused: the security token is missing. Reload the page and try again.';
  if (!safeEqual(cookie, header)) return 'Request refused: the security token does not match. Reload the page and try again.';
  if (sessionCsrf !== undefined && !safeEqual(sessionCsrf, header)) {
    return 'Request refused: the security token does not belong to your session. Reload the page or sign in again.';
  }
  return undefined;
}
