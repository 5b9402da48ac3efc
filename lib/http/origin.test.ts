import { describe, expect, it } from 'vitest';
import { hostProblem, isHttps, normalizeHost, originConfig, requestHost } from './origin';

const req = (url: string, headers: Record<string, string>) => new Request(url, { headers });

describe('host allow-list (DNS rebinding)', () => {
  const cfg = originConfig({ PORT: '3000' });
  it('serves loopback names on the server port', () => {
    for (const host of ['127.0.0.1:3000', 'localhost:3000', '[::1]:3000', 'LOCALHOST:3000']) {
      expect(hostProblem(req('http://127.0.0.1:3000/', { host }), cfg), host).toBeUndefined();
    }
  });
  it('refuses a foreign name, another port, and no host', () => {
    expect(hostProblem(req('http://127.0.0.1:3000/', { host: 'evil.example:3000' }), cfg)).toMatch(/does not answer to the host name "evil.example:3000"/);
    expect(hostProblem(req('http://127.0.0.1:3000/', { host: 'evil.example' }), cfg)).toMatch(/does not answer/);
    expect(hostProblem(req('http://127.0.0.1:3000/', { host: '127.0.0.1:3001' }), cfg)).toMatch(/does not answer/);
    expect(hostProblem(req('http://127.0.0.1:3000/', { host: '127.0.0.1' }), cfg)).toMatch(/does not answer/);
    expect(hostProblem(req('http://127.0.0.1:3000/', { host: 'localhost.evil.example:3000' }), cfg)).toMatch(/does not answer/);
    expect(hostProblem(req('http://127.0.0.1:3000/', { host: 'a@127.0.0.1:3000' }), cfg)).toMatch(/does not answer/);
  });
  it('serves the host of FLEETDASH_PUBLIC_URL and FLEETDASH_ALLOWED_HOSTS', () => {
    const c = originConfig({ PORT: '3000', FLEETDASH_PUBLIC_URL: 'https://Fleet.Example.com/', FLEETDASH_ALLOWED_HOSTS: 'fleet.internal:8080, bad host' });
    expect(hostProblem(req('http://10.0.0.5:3000/', { host: 'fleet.example.com' }), c)).toBeUndefined();
    expect(hostProblem(req('http://10.0.0.5:3000/', { host: 'fleet.example.com:443' }), c)).toBeUndefined();
    expect(hostProblem(req('http://10.0.0.5:3000/', { host: 'fleet.internal:8080' }), c)).toBeUndefined();
    expect(hostProblem(req('http://10.0.0.5:3000/', { host: 'fleet.example.com:8443' }), c)).toMatch(/does not answer/);
  });
  it('reads X-Forwarded-Host only from a trusted proxy', () => {
    const untrusted = originConfig({ PORT: '3000' });
    const trusted = originConfig({ PORT: '3000', FLEETDASH_TRUST_PROXY: 'true', FLEETDASH_PUBLIC_URL: 'https://fleet.example.com' });
    const r = req('http://127.0.0.1:3000/', { host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example' });
    expect(requestHost(r, untrusted)).toBe('127.0.0.1:3000');
    expect(hostProblem(r, untrusted)).toBeUndefined();
    expect(requestHost(r, trusted)).toBe('evil.example');
    expect(hostProblem(r, trusted)).toMatch(/evil.example/);
    expect(hostProblem(req('http://10.0.0.5:3000/', { host: '10.0.0.5:3000', 'x-forwarded-host': 'fleet.example.com' }), trusted)).toBeUndefined();
  });
  it('without a known port, accepts loopback names on any port', () => {
    const c = originConfig({});
    expect(hostProblem(req('http://127.0.0.1:9/', { host: '127.0.0.1:9' }), c)).toBeUndefined();
    expect(hostProblem(req('http://127.0.0.1:9/', { host: 'evil.example:9' }), c)).toMatch(/does not answer/);
  });
});

describe('https and the Secure cookie flag', () => {
  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    const r = req('http://127.0.0.1:3000/', { 'x-forwarded-proto': 'https' });
    expect(isHttps(r, originConfig({}))).toBe(false);
    expect(isHttps(r, originConfig({ FLEETDASH_TRUST_PROXY: '1' }))).toBe(true);
    expect(isHttps(req('http://x/', {}), originConfig({ FLEETDASH_PUBLIC_URL: 'https://fleet.example.com' }))).toBe(true);
  });
  it('Secure cookies: one setting, on by default in production', () => {
    expect(originConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(originConfig({ NODE_ENV: 'development' }).secureCookies).toBe(false);
    expect(originConfig({ NODE_ENV: 'production', FLEETDASH_SECURE_COOKIES: 'false' }).secureCookies).toBe(false);
    expect(originConfig({ NODE_ENV: 'development', FLEETDASH_SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
  });
  it('normalizes hosts with default ports', () => {
    expect(normalizeHost('Example.com')).toBe('example.com:80');
    expect(normalizeHost('example.com', 'https:')).toBe('example.com:443');
    expect(normalizeHost('[::1]:3000')).toBe('[::1]:3000');
    expect(normalizeHost('a/b')).toBeUndefined();
  });
});
