// Sign-in and sign-out. POST { token }: the token is checked by asking the API server who it belongs
// to (SelfSubjectReview, as that token); on success it is sealed into the httpOnly session cookies.
// DELETE: forget it (and for an OpenID session, revoke its refresh token and answer the provider's sign-out URL).
// GET: who is signed in.
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { displayName } from '@/lib/k8s/identity';
import { newCsrfToken, readSessionCookie, unsealSession } from '@/lib/auth/session';
import { setSessionCookies } from '@/lib/auth/session-cookies';
import { currentPerson } from '@/lib/auth/current';
import { identify, requestOrigin } from '@/lib/auth/identify';
import { oidcConfig } from '@/lib/auth/oidc-config';
import { signOutAtProvider } from '@/lib/auth/oidc';
import { revokeSession } from '@/lib/auth/revoked';
import { readBody } from '@/lib/http/body';
import { CSRF_COOKIE, csrfProblem } from '@/lib/http/csrf';
import { originConfig } from '@/lib/http/origin';
import { bodyProblem, json, jsonError, errorResponse, NOT_SIGNED_IN } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

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
  let token: string;
  let user;
  try {
    ({ token } = await readBody(req, SignInSchema));
    user = await identify(token, 'The Kubernetes API server did not accept this token. Check that it is complete and not expired.');
  } catch (err) {
    return errorResponse(err, req);
  }

  const csrf = newCsrfToken();
  const session = { kind: 'token' as const, token, username: user.username, groups: user.groups, csrf, iat: Math.floor(Date.now() / 1000) };
  const res = json({ username: session.username, groups: session.groups });
  const secure = originConfig().secureCookies;
  setSessionCookies(res, session, secure);
  res.cookies.set(CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
  return res;
}

export async function DELETE(req: NextRequest) {
  const session = unsealSession(readSessionCookie((n) => req.cookies.get(n)?.value));
  const problem = csrfProblem(req, session?.csrf);
  if (problem) return jsonError(403, problem);
  // This cookie is refused from now on, by every replica once the shared list holds it (awaited); live streams opened
  // with it end at their next heartbeat.
  if (session) await revokeSession(session);
  const cfg = session?.kind === 'oidc' ? oidcConfig() : undefined;
  const endSessionUrl =
    cfg && session ? await signOutAtProvider(cfg, session, new URL('/signin', requestOrigin(req)).toString()).catch(() => undefined) : undefined;
  const res = json({ endSessionUrl });
  setSessionCookies(res, undefined);
  return res;
}

export async function GET() {
  try {
    const p = await currentPerson();
    if (!p) return jsonError(401, NOT_SIGNED_IN);
    return json({ username: p.identity.username, groups: p.identity.groups, display: displayName(p.identity), mode: p.session ? 'session' : p.identity.type === 'impersonate' ? 'proxy' : 'local' });
  } catch (err) {
    return errorResponse(err);
  }
}
