import { describe, expect, it, vi } from 'vitest';
import { revokeSession, sessionEnded } from './revoked';
import { SESSION_MAX_AGE_S } from './session';

describe('sessionEnded', () => {
  it('says a session has ended after sign-out or past its maximum age, not before', async () => {
    vi.stubEnv('FLEETDASH_SIGNOUT_CONFIGMAP', '-'); // this process's list only: no API server here
    const now = Date.now();
    const s = { csrf: `csrf-${now}-abcdefghijkl`, iat: Math.floor(now / 1000) };
    expect(sessionEnded(s, now)).toBeUndefined();
    expect(sessionEnded(s, now + (SESSION_MAX_AGE_S + 1) * 1000)).toMatch(/session has ended/);
    await revokeSession(s);
    expect(sessionEnded(s, now)).toMatch(/signed out/);
    expect(sessionEnded({ ...s, csrf: `${s.csrf}-other` }, now)).toBeUndefined();
    vi.unstubAllEnvs();
  });
});
