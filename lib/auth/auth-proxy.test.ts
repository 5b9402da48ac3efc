import { describe, expect, it } from 'vitest';
import { proxyUser } from './auth-proxy';
import { authProxyConfig } from './proxy-config';

const SECRET = 'proxy-shared-secret-0123456789';
const h = (o: Record<string, string>) => new Headers(o);
const forged = { 'x-forwarded-user': 'admin', 'x-forwarded-groups': 'system:masters' };

describe('auth-proxy mode', () => {
  it('is off by default: forged user headers are ignored', () => {
    const cfg = authProxyConfig({});
    expect(cfg).toBeUndefined();
    expect(proxyUser(cfg, h({ ...forged, 'x-fleetdash-proxy-secret': SECRET }))).toBeUndefined();
  });

  it('when on, trusts the headers only from a request carrying the shared secret', () => {
    const cfg = authProxyConfig({ FLEETDASH_AUTH_PROXY: 'true', FLEETDASH_AUTH_PROXY_SECRET: SECRET });
    expect(proxyUser(cfg, h(forged))).toBeUndefined();
    expect(proxyUser(cfg, h({ ...forged, 'x-fleetdash-proxy-secret': `${SECRET}x` }))).toBeUndefined();
    expect(proxyUser(cfg, h({ 'x-forwarded-user': 'alice', 'x-forwarded-groups': 'fleet-operators, team-a ,', 'x-fleetdash-proxy-secret': SECRET }))).toEqual({
      username: 'alice',
      groups: ['fleet-operators', 'team-a'],
    });
    // From the proxy but naming nobody: nobody.
    expect(proxyUser(cfg, h({ 'x-fleetdash-proxy-secret': SECRET }))).toBeUndefined();
  });

  it('reads the configured header names', () => {
    const cfg = authProxyConfig({
      FLEETDASH_AUTH_PROXY: 'true',
      FLEETDASH_AUTH_PROXY_SECRET: SECRET,
      FLEETDASH_AUTH_PROXY_USER_HEADER: 'X-Auth-Request-User',
      FLEETDASH_AUTH_PROXY_GROUPS_HEADER: 'X-Auth-Request-Groups',
      FLEETDASH_AUTH_PROXY_SECRET_HEADER: 'X-Proxy-Secret',
    });
    expect(proxyUser(cfg, h({ 'x-auth-request-user': 'bob', 'x-auth-request-groups': 'fleet-viewers', 'x-proxy-secret': SECRET }))).toEqual({ username: 'bob', groups: ['fleet-viewers'] });
    expect(proxyUser(cfg, h({ ...forged, 'x-proxy-secret': SECRET }))).toBeUndefined();
  });

  it('refuses to start without a long enough shared secret, naming the variable', () => {
    expect(() => authProxyConfig({ FLEETDASH_AUTH_PROXY: 'true' })).toThrow(/FLEETDASH_AUTH_PROXY_SECRET/);
    expect(() => authProxyConfig({ FLEETDASH_AUTH_PROXY: 'true', FLEETDASH_AUTH_PROXY_SECRET: 'short' })).toThrow(/at least 16/);
    expect(() => authProxyConfig({ FLEETDASH_AUTH_PROXY: 'maybe' })).toThrow(/FLEETDASH_AUTH_PROXY/);
  });
});
