// Who is asking: in auth-proxy mode the person the trusted proxy names, else the signed-in session (their own token),
// else local mode's kubeconfig context, else nobody. Server components and route handlers both call this; it reads
// the request's cookies and headers.
// A session cookie that was sent but is expired, tampered with, signed out or from another key never falls back to
// local mode: the person was signed in as someone, and must sign in again rather than silently become the local user.
import { cookies, headers } from 'next/headers';
import type { Identity } from '@/lib/k8s/identity';
import { hasContext } from '@/lib/k8s/config';
import { localMode } from './local-mode';
import { readSessionCookie, type OpenSession } from './session';
import { liveSession } from './live-session';
import { proxyUser } from './auth-proxy';
import { authProxyConfig } from './proxy-config';

export interface Person {
  identity: Identity;
  session?: OpenSession;
}

/** The kubeconfig context of local mode, when it is on and allowed (see local-mode.ts). */
export function localModeContext(): string | undefined {
  // Behind an auth proxy, a request that bypassed it must not become the local user.
  if (authProxyConfig()) return undefined;
  const m = localMode();
  return m.enabled ? m.context : undefined;
}

/** A session cookie was sent but does not open (expired, tampered with, sealed by another key) or was signed out. */
export function isDeadSessionCookie(value: string | undefined): boolean {
  return !!value && liveSession(value) === undefined;
}

export function personFromSessionCookie(value: string | undefined): Person | undefined {
  const session = liveSession(value);
  if (session) {
    return { identity: { type: 'token', token: session.token, username: session.username, groups: session.groups }, session };
  }
  if (value) return undefined;
  const ctx = localModeContext();
  if (ctx && hasContext(ctx)) return { identity: { type: 'context', context: ctx, username: ctx, groups: [] } };
  return undefined;
}

export async function currentPerson(): Promise<Person | undefined> {
  const viaProxy = proxyUser(authProxyConfig(), await headers());
  if (viaProxy) return { identity: { type: 'impersonate', ...viaProxy } };
  const jar = await cookies();
  return personFromSessionCookie(readSessionCookie((n) => jar.get(n)?.value));
}
