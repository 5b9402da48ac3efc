// Runs before every page and API request: makes sure the readable CSRF cookie exists (double-submit
// pattern, see lib/http/csrf.ts) and remembers the workspace of /w/<workspace>/ pages for `/`.
// Authentication is not decided here: pages and routes check the session themselves.
import { NextResponse, type NextRequest } from 'next/server';
import { CSRF_COOKIE } from '@/lib/http/csrf-names';
import { WORKSPACE_COOKIE } from '@/lib/http/workspace-cookie';

const WS_PATH = /^\/w\/([a-z0-9]([-a-z0-9]*[a-z0-9])?|_all)(\/|$)/;

export function proxy(req: NextRequest) {
  const res = NextResponse.next();
  const secure = req.nextUrl.protocol === 'https:' || req.headers.get('x-forwarded-proto') === 'https';
  if (!req.cookies.get(CSRF_COOKIE)?.value) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    const token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    res.cookies.set(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'strict', secure, path: '/' });
  }
  const ws = WS_PATH.exec(req.nextUrl.pathname)?.[1];
  if (ws && req.cookies.get(WORKSPACE_COOKIE)?.value !== ws) {
    res.cookies.set(WORKSPACE_COOKIE, ws, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 365 * 24 * 3600 });
  }
  return res;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)'],
};
