// Sessions ended by signing out. The session is a sealed cookie (nothing stored server-side), so a live stream opened
// with it cannot see the cookie go; signing out records the session here and streams re-check on each heartbeat.
// Entries outlive no session: they are dropped once the session would have expired anyway. Per process: with several
// replicas, a stream on another replica ends at its session's expiry or its next access check instead.
import { SESSION_MAX_AGE_S, type Session } from './session';

const KEY = Symbol.for('fleetdash.revokedSessions');
type WithRevoked = typeof globalThis & { [KEY]?: Map<string, number> };

function revoked(): Map<string, number> {
  const g = globalThis as WithRevoked;
  g[KEY] ??= new Map();
  return g[KEY];
}

/** The session's csrf token is random per sign-in: it names the session without holding its bearer token. */
export function revokeSession(s: Pick<Session, 'csrf' | 'iat'>, now = Date.now()): void {
  const m = revoked();
  for (const [k, expires] of m) if (expires <= now) m.delete(k);
  m.set(s.csrf, (s.iat + SESSION_MAX_AGE_S) * 1000);
}

export function isRevoked(s: Pick<Session, 'csrf'>): boolean {
  return revoked().has(s.csrf);
}

/** Why a session may no longer be used (signed out, or past its maximum age), or undefined. */
export function sessionEnded(s: Pick<Session, 'csrf' | 'iat'>, now = Date.now()): string | undefined {
  if (isRevoked(s)) return 'You signed out, so this live stream has ended.';
  if (now / 1000 - s.iat > SESSION_MAX_AGE_S) return 'Your session has ended. Sign in again to see live updates.';
  return undefined;
}
