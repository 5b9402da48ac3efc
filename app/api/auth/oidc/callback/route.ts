// GET /api/auth/oidc/callback?code=…&state=…: the provider sends the browser back here. The code is redeemed with
// the PKCE verifier, state and nonce from the pending cookie (openid-client refuses any mismatch); the ID token is
// then shown to the API server (SelfSubjectReview) to learn who it names, and sealed into the session cookies.
import { NextResponse, type NextRequest } from 'next/server';
import { SIGNIN_ERROR_COOKIE, CALLBACK_PATH, finishSignIn, openPending, PENDING_COOKIE, requireOidc } from '@/lib/auth/oidc';
import { identify, requestOrigin } from '@/lib/auth/identify';
import { newCsrfToken } from '@/lib/auth/session';
import { setSessionCookies } from '@/lib/auth/session-cookies';
import { CSRF_COOKIE } from '@/lib/http/csrf';
import { originConfig } from '@/lib/http/origin';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  const origin = requestOrigin(req);
  const pending = openPending(req.cookies.get(PENDING_COOKIE)?.value);
  const secure = originConfig().secureCookies;
  const fail = (message: string) => {
    const to = new URL('/signin', origin);
    if (pending) to.searchParams.set('next', pending.next);
    const res = NextResponse.redirect(to, 303);
    res.cookies.set(SIGNIN_ERROR_COOKIE, message.slice(0, 500), { httpOnly: true, sameSite: 'lax', secure, path: '/signin', maxAge: 30 });
    res.cookies.set(PENDING_COOKIE, '', { path: CALLBACK_PATH, maxAge: 0, httpOnly: true, sameSite: 'lax', secure });
    return res;
  };
  const providerError = req.nextUrl.searchParams.get('error');
  if (providerError) return fail(`The OpenID provider refused the sign-in: ${req.nextUrl.searchParams.get('error_description') ?? providerError}.`);
  if (!pending) return fail('This sign-in was not started from this browser, or took longer than 10 minutes. Start again.');
  let username: string, groups: string[], tokens;
  try {
    const cfg = requireOidc();
    tokens = await finishSignIn(cfg, req.nextUrl, pending);
    ({ username, groups } = await identify(tokens.idToken, 'The Kubernetes API server does not accept ID tokens from this provider. Check its authentication configuration (issuer, audience, claims).'));
  } catch (err) {
    return fail(`Sign-in failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const csrf = newCsrfToken();
  const res = NextResponse.redirect(new URL(pending.next, origin), { status: 303, headers: { 'cache-control': 'no-store' } });
  setSessionCookies(res, { kind: 'oidc', token: tokens.idToken, refresh: tokens.refresh, exp: tokens.exp, username, groups, csrf, iat: Math.floor(Date.now() / 1000) }, secure);
  res.cookies.set(CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
  res.cookies.set(PENDING_COOKIE, '', { path: CALLBACK_PATH, maxAge: 0, httpOnly: true, sameSite: 'lax', secure });
  return res;
}
