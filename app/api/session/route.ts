// Sign-in and sign-out. POST { token }: the token is checked by asking the API server who it belongs
// to (SelfSubjectReview, as that token); on success it is sealed into the httpOnly session cookies.
// DELETE: forget it (and for an OpenID session, revoke its refresh token and answer the provider's sign-out URL).
// GET: who is signed in.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { displayName } from '@/lib/k8s/identity';
import { newCsrfToken, readSessionCookie, unsealSession } from '@/lib/auth/session';
import { setSessionCookies } from '@/lib/auth/session-cookies';
import { currentPerson } from '@/lib/auth/current';
import { identify, requestOrigin } from '@/lib/auth/identify';
import { oidcConfig } from '@/lib/auth/oidc-config';
import { signOutAtProvider } from '@/lib/auth/oidc';
import { revokeSession } from '@/lib/auth/revoked';
import { HttpError } from '@/lib/http/http-error';
import { CSRF_COOKIE, csrfProblem } from '@/lib/http/csrf';
import { originConfig } from '@/lib/http/origin';
import { bodyProblem, jsonError, errorResponse, NOT_SIGNED_IN } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const MAX_BODY = 16 * 1024;
const SignInSchema = z.object({
  token: z
    .string({ error: 'token is required' })
    .trim()
    .min(1, 'Paste a Kubernetes bearer token.')
    .max(8192, 'That token is too long.')
    .regex(/^[\x21-\x7e]+$/, 'A bearer token has no spaces or special characters. Paste the token only.'),
});

export async function POST(req: NextRequest) {
  // No session yet: plain double-submit + Origin (stops a foreign site from signing you in as them).
  const problem = csrfProblem(req);
  if (problem) return jsonError(403, problem);
  const tooBig = bodyProblem(req);
  if (tooBig) return jsonError(tooBig.status, tooBig.error);
  const text = await req.text();
  if (text.length > MAX_BODY) return jsonError(413, 'The request is too large.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return jsonError(400, 'The request body must be JSON: { "token": "..." }.');
  }
  const parsed = SignInSchema.safeParse(json);
  if (!parsed.success) return jsonError(400, parsed.error.issues.map((i) => i.message).join('; '));
  const token = parsed.data.token;

  let user;
  try {
    user = await identify(token, 'The Kubernetes API server did not accept this token. Check that it is complete and not expired.');
  } catch (err) {
    if (err instanceof HttpError) return jsonError(err.status, err.message);
    throw err;
  }

  const csrf = newCsrfToken();
  const session = { kind: 'token' as const, token, username: user.username, groups: user.groups, csrf, iat: Math.floor(Date.now() / 1000) };
  const res = NextResponse.json({ username: session.username, groups: session.groups }, { headers: { 'cache-control': 'no-store' } });
  const secure = originConfig().secureCookies;
  setSessionCookies(res, session, secure);
  res.cookies.set(CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
  return res;
}

export async function DELETE(req: NextRequest) {
  const session = unsealSession(readSessionCookie((n) => req.cookies.get(n)?.value));
  const problem = csrfProblem(req, session?.csrf);
  if (problem) return jsonError(403, problem);
  if (session) revokeSession(session); // this cookie is refused from now on; live streams opened with it end at their next heartbeat
  const cfg = session?.kind === 'oidc' ? oidcConfig() : undefined;
  const endSessionUrl =
    cfg && session ? await signOutAtProvider(cfg, session, new URL('/signin', requestOrigin(req)).toString()).catch(() => undefined) : undefined;
  const res = NextResponse.json({ endSessionUrl }, { headers: { 'cache-control': 'no-store' } });
  setSessionCookies(res, undefined);
  return res;
}

export async function GET() {
  try {
    const p = await currentPerson();
    if (!p) return jsonError(401, NOT_SIGNED_IN);
    return NextResponse.json(
      { username: p.identity.username, groups: p.identity.groups, display: displayName(p.identity), mode: p.session ? 'session' : p.identity.type === 'impersonate' ? 'proxy' : 'local' },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (err) {
    return errorResponse(err);
  }
}
