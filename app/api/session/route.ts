// Sign-in and sign-out. POST { token }: the token is checked by asking the API server who it belongs
// to (SelfSubjectReview, as that token); on success it is sealed into the httpOnly session cookie.
// DELETE: forget it. GET: who is signed in.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { forIdentity } from '@/lib/k8s/client';
import { K8sError, toApiError } from '@/lib/k8s/errors';
import { displayName } from '@/lib/k8s/identity';
import { newCsrfToken, sealSession, SESSION_COOKIE, SESSION_MAX_AGE_S, unsealSession } from '@/lib/auth/session';
import { currentPerson } from '@/lib/auth/current';
import { revokeSession } from '@/lib/auth/revoked';
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
    const review = await forIdentity({ type: 'token', token, username: '', groups: [] }).selfSubjectReview();
    user = review.status?.userInfo;
  } catch (err) {
    if (err instanceof K8sError && err.httpStatus === 401) {
      return jsonError(401, 'The Kubernetes API server did not accept this token. Check that it is complete and not expired.');
    }
    if (err instanceof K8sError && err.httpStatus === 403) {
      // Authenticated but not allowed to ask who it is (unusual RBAC): still a valid token.
      user = { username: 'unknown user', groups: [] as string[] };
    } else {
      const e = toApiError(err);
      return jsonError(e.status, e.message);
    }
  }
  if (!user?.username) return jsonError(401, 'The Kubernetes API server did not say who this token belongs to.');

  const csrf = newCsrfToken();
  const session = { token, username: user.username, groups: user.groups ?? [], csrf, iat: Math.floor(Date.now() / 1000) };
  const res = NextResponse.json({ username: session.username, groups: session.groups }, { headers: { 'cache-control': 'no-store' } });
  const secure = originConfig().secureCookies;
  res.cookies.set(SESSION_COOKIE, sealSession(session), { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_MAX_AGE_S });
  res.cookies.set(CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'strict', secure, path: '/' });
  return res;
}

export async function DELETE(req: NextRequest) {
  const session = unsealSession(req.cookies.get(SESSION_COOKIE)?.value);
  const problem = csrfProblem(req, session?.csrf);
  if (problem) return jsonError(403, problem);
  if (session) revokeSession(session); // live streams opened with it end at their next heartbeat
  const res = new NextResponse(null, { status: 204 });
  res.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', secure: originConfig().secureCookies, path: '/', maxAge: 0 });
  return res;
}

export async function GET() {
  try {
    const p = await currentPerson();
    if (!p) return jsonError(401, NOT_SIGNED_IN);
    return NextResponse.json(
      { username: p.identity.username, groups: p.identity.groups, display: displayName(p.identity), mode: p.session ? 'session' : 'local' },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (err) {
    return errorResponse(err);
  }
}
