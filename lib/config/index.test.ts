import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, unknownVariables } from './index';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('accepts an empty environment and typed values', () => {
    const empty = loadConfig({});
    expect(empty.FLEETDASH_AUTH_PROXY).toBe(false);
    expect(empty.FLEETDASH_OIDC_ISSUER_URL).toBeUndefined();
    expect(empty.FLEETDASH_SESSION_SECRET).toBeUndefined();
    expect(loadConfig({ FLEETDASH_TRUST_PROXY: 'true', FLEETDASH_MAX_STREAMS: '50', FLEETDASH_BASE_PATH: '/fleet', FLEETDASH_METRICS: 'off' })).toMatchObject({
      FLEETDASH_TRUST_PROXY: true,
      FLEETDASH_MAX_STREAMS: 50,
      FLEETDASH_BASE_PATH: '/fleet',
      FLEETDASH_METRICS: false,
    });
  });
  it('names every bad variable, what it must be and what it got', () => {
    const p = problems({ FLEETDASH_TRUST_PROXY: 'maybe', FLEETDASH_PUBLIC_URL: 'fleet.example.com', FLEETDASH_BASE_PATH: 'fleet/', FLEETDASH_MAX_STREAMS: '-1' });
    expect(p).toEqual([
      'FLEETDASH_BASE_PATH must be a path such as /fleet (a leading slash, no trailing slash) (got "fleet/")',
      'FLEETDASH_PUBLIC_URL must be an http:// or https:// URL (got "fleet.example.com")',
      `FLEETDASH_TRUST_PROXY must be true or false (a reverse proxy in front sets X-Forwarded-Host/-Proto) (got "maybe")`,
      'FLEETDASH_MAX_STREAMS must be a whole number above 0 (live streams in total) (got "-1")',
    ]);
  });
  it('never shows a secret, only its name', () => {
    const secret = 'short-secret';
    const p = problems({ FLEETDASH_SESSION_SECRET: secret, FLEETDASH_METRICS_TOKEN: 'tiny' });
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^FLEETDASH_SESSION_SECRET must be at least 32 characters/);
    expect(p.join('\n')).not.toContain(secret);
    expect(p.join('\n')).not.toContain('tiny');
  });
  it('lists FLEETDASH_ variables it does not know (typos) separately', () => {
    expect(unknownVariables({ FLEETDASH_TRUST_PROXI: 'true', FLEETDASH_PUBLIC_URL: 'https://x', HOME: '/root', FLEETDASH_INSTANCE: 'test' })).toEqual(['FLEETDASH_TRUST_PROXI']);
  });
});
