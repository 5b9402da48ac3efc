import { describe, expect, it } from 'vitest';
import { oidcConfig } from './oidc-config';
import { openPending, sealPending, type Pending } from './oidc';
import { sessionKey } from './session';

describe('OpenID Connect settings', () => {
  it('off without an issuer', () => {
    expect(oidcConfig({})).toBeUndefined();
  });
  it('names the variable that is wrong', () => {
    expect(() => oidcConfig({ FLEETDASH_OIDC_ISSUER_URL: 'http://id.example.com', FLEETDASH_OIDC_CLIENT_ID: 'c', FLEETDASH_OIDC_CLIENT_SECRET: 's' })).toThrow(/FLEETDASH_OIDC_ISSUER_URL must be an https URL/);
    expect(() => oidcConfig({ FLEETDASH_OIDC_ISSUER_URL: 'https://id.example.com' })).toThrow(/FLEETDASH_OIDC_CLIENT_ID is required/);
    expect(() => oidcConfig({ FLEETDASH_OIDC_ISSUER_URL: 'https://id.example.com', FLEETDASH_OIDC_CLIENT_ID: 'c' })).toThrow(/FLEETDASH_OIDC_CLIENT_SECRET is required/);
  });
  it('defaults: scopes with groups and offline_access, the issuer host as the button name', () => {
    const c = oidcConfig({ FLEETDASH_OIDC_ISSUER_URL: 'https://id.example.com/realms/x', FLEETDASH_OIDC_CLIENT_ID: 'c', FLEETDASH_OIDC_CLIENT_SECRET: 's' });
    expect(c).toMatchObject({ clientId: 'c', scopes: 'openid profile email groups offline_access', providerName: 'id.example.com', refreshBeforeS: 120 });
  });
});

describe('pending sign-in cookie', () => {
  const p: Pending = { verifier: 'v'.repeat(43), state: 'st', nonce: 'no', next: '/w/_all', redirectUri: 'http://127.0.0.1:3000/api/auth/oidc/callback', at: Date.now() };
  it('round-trips under the session keys and expires after 10 minutes', () => {
    const k = sessionKey('pending-secret');
    expect(openPending(sealPending(p, k), [k])).toEqual(p);
    expect(openPending(sealPending(p, k), [sessionKey('other')])).toBeUndefined();
    expect(openPending(sealPending(p, k), [k], p.at + 601_000)).toBeUndefined();
    expect(openPending('garbage', [k])).toBeUndefined();
  });
});
