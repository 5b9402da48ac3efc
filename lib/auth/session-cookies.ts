// Writing the session's cookies on a response: every chunk httpOnly, SameSite=Lax (the OpenID provider redirects
// back cross-site; writes stay guarded by the CSRF check), Secure when served over https.
import type { NextResponse } from 'next/server';
import { originConfig } from '@/lib/http/origin';
import { sealSession, sessionCookieValues, SESSION_MAX_AGE_S, type Session } from './session';

export function setSessionCookies(res: NextResponse, session: Session | undefined, secure = originConfig().secureCookies): void {
  for (const c of sessionCookieValues(session ? sealSession(session) : undefined)) {
    if (!c.value) res.cookies.set(c.name, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
    else res.cookies.set(c.name, c.value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_MAX_AGE_S });
  }
}
