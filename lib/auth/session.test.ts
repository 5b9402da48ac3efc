import { describe, expect, it } from 'vitest';
import {
  CHUNK_CHARS,
  chunkName,
  MAX_CHUNKS,
  readSessionCookie,
  sealSession,
  sessionCookieValues,
  sessionKey,
  sessionKeys,
  unsealSession,
  SESSION_MAX_AGE_S,
  type Session,
} from './session';

const key = sessionKey('test-secret');
const s: Session = { kind: 'token', token: 'tok-123', username: 'operator', groups: ['fleet-operators'], csrf: 'c'.repeat(32), iat: Math.floor(Date.now() / 1000) };

/** A JWT-like token of about `n` characters (random, so it does not compress away). */
const bigToken = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(Math.random() * 256))).toString('base64url').slice(0, n);

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
      expect(unsealSession(`v2.${t.toString('base64url')}`, key)).toBeUndefined();
    }
  });

  it('rejects another key, garbage, truncation, an older format and a missing cookie', () => {
    const sealed = sealSession(s, key);
    expect(unsealSession(sealed, sessionKey('other-secret'))).toBeUndefined();
    expect(unsealSession('v2.AAAA', key)).toBeUndefined();
    expect(unsealSession(sealed.slice(0, 20), key)).toBeUndefined();
    expect(unsealSession('v1' + sealed.slice(2), key)).toBeUndefined();
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

describe('key rotation', () => {
  it('seals with the current secret and opens with it or any previous one', () => {
    const old = sealSession(s, sessionKey('old-secret'));
    const keys = sessionKeys({ FLEETDASH_SESSION_SECRET: 'new-secret', FLEETDASH_SESSION_PREVIOUS_SECRETS: 'older-secret, old-secret' });
    expect(keys).toHaveLength(3);
    expect(keys[0]).toEqual(sessionKey('new-secret'));
    expect(unsealSession(old, keys)).toEqual(s);
    expect(unsealSession(sealSession(s, keys[0]!), keys)).toEqual(s);
    // Once the old secret is dropped from the list, its sessions end.
    expect(unsealSession(old, sessionKeys({ FLEETDASH_SESSION_SECRET: 'new-secret' }))).toBeUndefined();
  });
});

describe('chunked session cookies', () => {
  it('an OpenID session with a 4 KB ID token spans several cookies, each under the browsers’ 4 KB limit, and reads back whole', () => {
    const oidc: Session = { ...s, kind: 'oidc', token: bigToken(4096), refresh: bigToken(43), exp: s.iat + 3600, groups: Array.from({ length: 60 }, (_, i) => `oidc:team-${i}`) };
    const sealed = sealSession(oidc, key);
    const cookies = sessionCookieValues(sealed);
    const used = cookies.filter((c) => c.value);
    expect(used.length).toBeGreaterThan(1);
    for (const c of used) expect(c.name.length + c.value.length).toBeLessThanOrEqual(CHUNK_CHARS + 20);
    // Every further chunk name is cleared, so a shorter session never inherits a longer one's tail.
    expect(cookies).toHaveLength(MAX_CHUNKS);
    const jar = new Map(used.map((c) => [c.name, c.value]));
    expect(unsealSession(readSessionCookie((n) => jar.get(n)), key)).toEqual(oidc);
  });

  it('a missing middle chunk leaves a session that does not open', () => {
    const sealed = sealSession({ ...s, token: bigToken(9000) }, key);
    const jar = new Map(sessionCookieValues(sealed).filter((c) => c.value).map((c) => [c.name, c.value]));
    jar.delete(chunkName(1));
    expect(unsealSession(readSessionCookie((n) => jar.get(n)), key)).toBeUndefined();
  });

  it('no session cookie: nothing; sign-out clears every chunk name', () => {
    expect(readSessionCookie(() => undefined)).toBeUndefined();
    expect(sessionCookieValues(undefined).every((c) => c.value === '')).toBe(true);
  });

  it('refuses a session too large for its cookies rather than storing half of it', () => {
    expect(() => sessionCookieValues('x'.repeat(CHUNK_CHARS * MAX_CHUNKS + 1))).toThrow(/too large/);
  });
});
