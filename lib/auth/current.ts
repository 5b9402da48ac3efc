// Who is asking: the signed-in session (their own token), else local mode's kubeconfig context, else
// nobody. Server components and route handlers both call this; it reads the request's cookies.
import { cookies } from 'next/headers';
import type { Identity } from '@/lib/k8s/identity';
import { hasContext } from '@/lib/k8s/config';
import { SESSION_COOKIE, unsealSession, type Session } from './session';

export interface Person {
  identity: Identity;
  session?: Session;
}

export function localModeContext(): string | undefined {
  return process.env.FLEETDASH_LOCAL_USER_CONTEXT || undefined;
}

export function personFromSessionCookie(value: string | undefined): Person | undefined {
  const session = unsealSession(value);
  if (session) {
    return { identity: { type: 'token', token: session.token, username: session.username, groups: session.groups }, session };
  }
  const ctx = localModeContext();
  if (ctx && hasContext(ctx)) return { identity: { type: 'context', context: ctx, username: ctx, groups: [] } };
  return undefined;
}

export async function currentPerson(): Promise<Person | undefined> {
  const jar = await cookies();
  return personFromSessionCookie(jar.get(SESSION_COOKIE)?.value);
}
