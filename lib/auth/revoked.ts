// Sessions ended by signing out. The session is a sealed cookie (nothing stored server-side), so a replayed cookie and
// a live stream opened with it are refused by checking this list: this process's sign-outs at once, every replica's
// through the shared list in a ConfigMap (revocation-store.ts), re-read at most every REVOCATIONS_TTL_MS by
// proxy.ts before a request with a session is decided, and by live streams on each heartbeat.
import { configMapRevocationStore } from './revocation-store';
import { Revocations } from './revocations';
import { SESSION_MAX_AGE_S, type Session } from './session';

/** How stale a replica's copy of the shared list may be when it decides a request. */
export const REVOCATIONS_TTL_MS = 2000;

const KEY = Symbol.for('fleetdash.revokedSessions');
type WithRevocations = typeof globalThis & { [KEY]?: Revocations };

/** One per process: proxy.ts and the route handlers share it (as they share globalThis). */
function revocations(): Revocations {
  const g = globalThis as WithRevocations;
  g[KEY] ??= new Revocations(configMapRevocationStore(), REVOCATIONS_TTL_MS);
  return g[KEY];
}

/** Refused here at once; resolves once the other replicas can see it too (or storing it failed, which is logged). */
export function revokeSession(s: Pick<Session, 'csrf' | 'iat'>): Promise<void> {
  return revocations().revoke(s);
}

/** Bring this process's copy of the shared list up to date if it is older than the TTL. Never throws. */
export function freshRevocations(): Promise<void> {
  return revocations().fresh();
}

export function isRevoked(s: Pick<Session, 'csrf' | 'iat'>): boolean {
  return revocations().isRevoked(s);
}

/** Why a session may no longer be used (signed out, or past its maximum age), or undefined. */
export function sessionEnded(s: Pick<Session, 'csrf' | 'iat'>, now = Date.now()): string | undefined {
  if (isRevoked(s)) return 'You signed out, so this live stream has ended.';
  if (now / 1000 - s.iat > SESSION_MAX_AGE_S) return 'Your session has ended. Sign in again to see live updates.';
  return undefined;
}
