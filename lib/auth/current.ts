// Who is asking: the signed-in session (their own token), else local mode's kubeconfig context, else
// nobody. Server components and route handlers both call this; it reads the request's cookies.
// A session cookie that was sent but is expired, tampered with or from another key never falls back to local
// mode: the person was signed in as someone, and must sign in again rather than silently become the local user.
import { cookies } from 'next/headers';
import type { Identity } from '@/lib/k8s/identity';
import { hasContext } from '@/lib/k8s/config';
import { localMode } from './local-mode';
import { SESSION_COOKIE, unsealSession, type Session } from './session';

export interface Person {
  identity: Identity;
  session?: Session;
}

/** The kubeconfig context of local mode, when it is on and allowed (see local-mode.ts). */
export function localModeContext(): string | undefined {
  const m = localMode();
  return m.enabled ? m.context : undefined;
}

/** A session cookie was sent but does not open: expired, tampered with, or sealed by another key. */
export function isDeadSessionCookie(value: string | undefined): boolean {
  return !!value && unsealSession(value) === undefined;
}

export function personFromSessionCookie(value: string | undefined): Person | undefined {
  const session = unsealSession(value);
  if (session) {
    return { identity: { type: 'token', token: session.token, username: session.username, groups: session.groups }, session };
  }
  if (value) return undefined;
  const ctx = localModeContext();
  if (ctx && hasContext(ctx)) return { identity: { type: 'context', context: ctx, username: ctx, groups: [] } };
  return undefined;
}

export async function currentPerson(): Promise<Person | undefined> {
  const jar = await cookies();
  return personFromSessionCookie(jar.get(SESSION_COOKIE)?.value);
}
