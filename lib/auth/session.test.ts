import { describe, expect, it } from 'vitest';
import { sealSession, sessionKey, unsealSession, SESSION_MAX_AGE_S, type Session } from './session';

const key = sessionKey('test-secret');
const s: Session = { token: 'tok-123', username: 'operator', groups: ['fleet-operators'], csrf: 'c'.repeat(32), iat: Math.floor(Date.now() / 1000) };

describe('session cookie', () => {
  it('round-trips and does not contain the token in clear', () => {
    const sealed = sealSession(s, key);
    expect(sealed).not.toContain('tok-123');
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('tok-123');
    expect(unsealSession(sealed, key)).toEqual(s);
  });

  it('uses a fresh IV each time', () => {
    expect(sealSession(s, key)).not.toBe(sealSession(s, key));
  });

  it('rejects any flipped byte', () => {
    const sealed = sealSession(s, key);
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    for (const i of [0, 13, 30, raw.length - 1]) {
      const t = Buffer.from(raw);
      t[i] = (t[i] ?? 0) ^ 1;
      expect(unsealSession(`v1.${t.toString('base64url')}`, key)).toBeUndefined();
    }
  });

  it('rejects another key, garbage, truncation and a missing cookie', () => {
    const sealed = sealSession(s, key);
    expect(unsealSession(sealed, sessionKey('other-secret'))).toBeUndefined();
    expect(unsealSession('v1.AAAA', key)).toBeUndefined();
    expect(unsealSession(sealed.slice(0, 20), key)).toBeUndefined();
    expect(unsealSession('v2' + sealed.slice(2), key)).toBeUndefined();
    expect(unsealSession(undefined, key)).toBeUndefined();
  });

  it('expires', () => {
    const sealed = sealSession(s, key);
    expect(unsealSession(sealed, key, (s.iat + SESSION_MAX_AGE_S + 1) * 1000)).toBeUndefined();
  });

  it('without a secret, uses one random key per process', () => {
    expect(sessionKey(undefined)).toEqual(sessionKey(undefined));
    expect(sessionKey(undefined)).not.toEqual(key);
  });
});
