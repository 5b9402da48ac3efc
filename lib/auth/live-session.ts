// A session cookie's session, unless it does not open (expired, tampered with, other key) or was signed out here.
import { isRevoked } from './revoked';
import { unsealSession, type OpenSession } from './session';

export function liveSession(value: string | undefined): OpenSession | undefined {
  const s = unsealSession(value);
  return s && !isRevoked(s) ? s : undefined;
}
