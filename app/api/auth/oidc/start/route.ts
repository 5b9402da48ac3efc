// GET /api/auth/oidc/start?next=/w/…: off to the OpenID provider. The state, nonce and PKCE verifier travel in a
// sealed, httpOnly cookie scoped to the callback, so only this browser can finish the sign-in it started.
import { NextResponse, type NextRequest } from 'next/server';
import { SIGNIN_ERROR_COOKIE, CALLBACK_PATH, PENDING_COOKIE, PENDING_MAX_AGE_S, requireOidc, sealPending, startSignIn } from '@/lib/auth/oidc';
import { requestOrigin } from '@/lib/auth/identify';
import { originConfig } from '@/lib/http/origin';
import { safeNext } from '@/lib/http/safe-next';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  const origin = requestOrigin(req);
  const next = safeNext(req.nextUrl.searchParams.get('next'));
  try {
    const { url, pending } = await startSignIn(requireOidc(), origin, next);
    const res = NextResponse.redirect(url, { status: 303, headers: { 'cache-control': 'no-store' } });
    res.cookies.set(PENDING_COOKIE, sealPending(pending), {
      httpOnly: true,
      sameSite: 'lax',
      secure: originConfig().secureCookies,
      path: CALLBACK_PATH,
      maxAge: PENDING_MAX_AGE_S,
    });
    return res;
  } catch (err) {
    const to = new URL('/signin', origin);
    to.searchParams.set('next', next);
    const res = NextResponse.redirect(to, 303);
    const message = err instanceof Error ? err.message : 'Sign-in could not start.';
    res.cookies.set(SIGNIN_ERROR_COOKIE, message.slice(0, 500), { httpOnly: true, sameSite: 'lax', secure: originConfig().secureCookies, path: '/signin', maxAge: 30 });
    return res;
  }
}
