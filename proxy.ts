// Runs before every page and API request, in this order:
// 1. refuses a Host this server is not configured for (421): a foreign name re-resolved to 127.0.0.1 (DNS rebinding)
//    gets nothing, not even the CSRF cookie (see lib/http/origin.ts);
// 2. a session cookie that was sent but no longer opens (expired, tampered, other key) is answered, never ignored:
//    401 for the API, the sign-in page with a message for pages; it must not fall back to local mode;
// 3. security headers: a per-request nonce-based Content-Security-Policy, Permissions-Policy, HSTS over https (lib/http/security-headers.ts);
// 4. the readable CSRF cookie (double-submit pattern, see lib/http/csrf.ts) and the workspace of /w/<workspace>/ pages;
// 5. a request id (x-request-id: a load balancer's when well-formed, else new) on the request, for the route's log
//    lines (lib/log.ts), and on the answer.
// Authentication itself is decided by pages and routes (lib/auth/current.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE, SESSION_ENDED, unsealSession } from '@/lib/auth/session';
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

export function proxy(req: NextRequest) {
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

  const session = req.cookies.get(SESSION_COOKIE)?.value;
  if (session && path !== SESSION_ROUTE && !probe && path !== '/signin' && !unsealSession(session)) {
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
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  headers.set('x-fleetdash-path', path); // for app/forbidden.tsx, which is not given the URL
  headers.set(REQUEST_ID_HEADER, requestId);
  const res = secured(NextResponse.next({ request: { headers } }));
  const secure = cfg.secureCookies;
  if (!req.cookies.get(CSRF_COOKIE)?.value) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    const token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    res.cookies.set(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'strict', secure, path: '/' });
  }
  const ws = WS_PATH.exec(path)?.[1];
  if (ws && req.cookies.get(WORKSPACE_COOKIE)?.value !== ws) {
    res.cookies.set(WORKSPACE_COOKIE, ws, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 365 * 24 * 3600 });
  }
  return res;
}

export const config = {
  // Only Next's own build assets skip the proxy: object names may end in ".txt" or ".png" too.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
