// Runs before every page and API request, in this order:
// 1. refuses a Host this server is not configured for (421): a foreign name re-resolved to 127.0.0.1 (DNS rebinding)
//    gets nothing, not even the CSRF cookie (see lib/http/origin.ts);
// 2. a session cookie that was sent but no longer opens (expired, tampered, other key, signed out) is answered, never
//    ignored: 401 for the API, the sign-in page with a message for pages; it must not fall back to local mode. An
//    OpenID session whose ID token expires soon is renewed here with its refresh token (lib/auth/refresh.ts), and the
//    request goes on with the new cookies;
// 3. security headers: a per-request nonce-based Content-Security-Policy, Permissions-Policy, HSTS over https (lib/http/security-headers.ts);
// 4. the readable CSRF cookie (double-submit pattern, see lib/http/csrf.ts) and the workspace of /w/<workspace>/ pages;
// 5. a request id (x-request-id: a load balancer's when well-formed, else new) on the request, for the route's log
//    lines (lib/log.ts), and on the answer.
// Authentication itself is decided by pages and routes (lib/auth/current.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { chunkName, readSessionCookie, sealSession, sessionCookieValues, SESSION_ENDED, MAX_CHUNKS, type OpenSession } from '@/lib/auth/session';
import { liveSession } from '@/lib/auth/live-session';
import { freshRevocations } from '@/lib/auth/revoked';
import { refreshedSession } from '@/lib/auth/refresh';
import { setSessionCookies } from '@/lib/auth/session-cookies';
import { CSRF_COOKIE } from '@/lib/http/csrf-names';
import { hostProblem, isHttps, originConfig } from '@/lib/http/origin';
import { contentSecurityPolicy, newNonce, PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY } from '@/lib/http/security-headers';
import { WORKSPACE_COOKIE } from '@/lib/http/workspace-cookie';
import { REQUEST_ID_HEADER, requestIdFor } from '@/lib/log';

const WS_PATH = /^\/w\/([a-z0-9]([-a-z0-9]*[a-z0-9])?|_all)(\/|$)/;
/** Probes and scrapes reach the server by its pod IP or any name: these answers (ok or not) are served to every host. */
const PROBES = new Set(['/api/health', '/api/health/live', '/api/health/ready', '/metrics']);
/** Sign-in replaces a dead session cookie, sign-out deletes it. */
const SESSION_ROUTE = '/api/session';

export async function proxy(req: NextRequest) {
  const cfg = originConfig();
  const path = req.nextUrl.pathname;
  const probe = PROBES.has(path) && req.method === 'GET';
  const requestId = requestIdFor(req.headers.get(REQUEST_ID_HEADER));
  const hostErr = probe ? undefined : hostProblem(req, cfg);
  if (hostErr) {
    return new NextResponse(`${hostErr}\n`, { status: 421, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', [REQUEST_ID_HEADER]: requestId } });
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const https = isHttps(req, cfg);
  const secured = <R extends NextResponse>(res: R): R => {
    res.headers.set('content-security-policy', csp);
    res.headers.set('permissions-policy', PERMISSIONS_POLICY);
    if (https) res.headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    res.headers.set(REQUEST_ID_HEADER, requestId);
    return res;
  };

  const sealed = readSessionCookie((n) => req.cookies.get(n)?.value);
  const exempt = path === SESSION_ROUTE || probe || path === '/signin' || path.startsWith('/api/auth/');
  // A sign-out on another replica reaches this one through the shared list, re-read when older than its TTL.
  if (sealed && !probe) await freshRevocations();
  let session = sealed && !probe ? liveSession(sealed) : undefined;
  let renewed: OpenSession | undefined;
  if (session && !path.startsWith('/api/auth/')) {
    const r = await refreshedSession(session);
    if (r === 'ended') session = undefined;
    else if (r) session = renewed = r;
  }
  if (sealed && !exempt && !session) {
    if (path.startsWith('/api/')) return secured(NextResponse.json({ error: SESSION_ENDED }, { status: 401, headers: { 'cache-control': 'no-store' } }));
    // nextUrl keeps the base path (FLEETDASH_BASE_PATH) a plain URL would drop.
    const to = req.nextUrl.clone();
    to.pathname = '/signin';
    to.search = '';
    to.searchParams.set('next', `${path}${req.nextUrl.search}`);
    to.searchParams.set('expired', '1');
    return secured(NextResponse.redirect(to));
  }

  // Next.js reads the nonce from the request's policy while rendering and puts it on its scripts.
  const headers = new Headers(req.headers);
  if (renewed) headers.set('cookie', withSession(req, sealSession(renewed)));
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  headers.set('x-fleetdash-path', path); // for app/forbidden.tsx, which is not given the URL
  headers.set(REQUEST_ID_HEADER, requestId);
  const res = secured(NextResponse.next({ request: { headers } }));
  const secure = cfg.secureCookies;
  if (renewed) setSessionCookies(res, renewed, secure);
  if (!req.cookies.get(CSRF_COOKIE)?.value) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    const token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    res.cookies.set(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
  }
  const ws = WS_PATH.exec(path)?.[1];
  if (ws && req.cookies.get(WORKSPACE_COOKIE)?.value !== ws) {
    res.cookies.set(WORKSPACE_COOKIE, ws, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 365 * 24 * 3600 });
  }
  return res;
}

/** The request's Cookie header with the session chunks replaced, so this request already runs with the renewed token. */
function withSession(req: NextRequest, sealed: string): string {
  const names = new Set(Array.from({ length: MAX_CHUNKS }, (_, i) => chunkName(i)));
  const kept = req.cookies.getAll().filter((c) => !names.has(c.name)).map((c) => `${c.name}=${encodeURIComponent(c.value)}`);
  const chunks = sessionCookieValues(sealed).filter((c) => c.value).map((c) => `${c.name}=${c.value}`);
  return [...kept, ...chunks].join('; ');
}

export const config = {
  // Only Next's own build assets skip the proxy: object names may end in ".txt" or ".png" too.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
