import { describe, expect, it } from 'vitest';
import { csrfProblem, readCookie } from './csrf';
import { originConfig } from './origin';

function req(method: string, headers: Record<string, string>): Request {
  return new Request('http://127.0.0.1:3200/api/session', { method, headers: { host: '127.0.0.1:3200', ...headers } });
}
const good = { origin: 'http://127.0.0.1:3200', cookie: 'a=1; fleet_csrf=tok123; b=2', 'x-csrf-token': 'tok123' };

describe('csrfProblem', () => {
  it('lets GET through without anything', () => {
    expect(csrfProblem(req('GET', {}))).toBeUndefined();
  });
  it('accepts a same-origin POST whose header matches the cookie', () => {
    expect(csrfProblem(req('POST', good))).toBeUndefined();
    expect(csrfProblem(req('DELETE', good), 'tok123')).toBeUndefined();
  });
  it('refuses a missing or foreign Origin', () => {
    const noOrigin: Partial<typeof good> = { ...good };
    delete noOrigin.origin;
    expect(csrfProblem(req('POST', noOrigin as Record<string, string>))).toMatch(/no Origin/);
    expect(csrfProblem(req('POST', { ...good, origin: 'http://evil.example' }))).toMatch(/another site/);
    expect(csrfProblem(req('POST', { ...good, origin: 'http://127.0.0.1:3201' }))).toMatch(/another site/);
    expect(csrfProblem(req('POST', { ...good, origin: 'null' }))).toMatch(/malformed/);
  });
  it('honours X-Forwarded-Host only from a configured reverse proxy (FLEETDASH_TRUST_PROXY)', () => {
    const forwarded = { ...good, origin: 'https://fleet.example.com', 'x-forwarded-host': 'fleet.example.com' };
    const trusting = originConfig({ FLEETDASH_TRUST_PROXY: 'true', PORT: '3200' });
    expect(csrfProblem(req('POST', forwarded), undefined, trusting)).toBeUndefined();
    // Without a trusted proxy, anyone can send X-Forwarded-Host: it must not make a foreign Origin match.
    expect(csrfProblem(req('POST', forwarded), undefined, originConfig({ PORT: '3200' }))).toMatch(/another site/);
    expect(csrfProblem(req('POST', { ...good, 'x-forwarded-host': 'evil.example' }), undefined, originConfig({ PORT: '3200' }))).toBeUndefined();
  });
  it('refuses a missing or different token', () => {
    expect(csrfProblem(req('POST', { ...good, 'x-csrf-token': '' }))).toMatch(/missing/);
    expect(csrfProblem(req('POST', { ...good, cookie: 'a=1' }))).toMatch(/missing/);
    expect(csrfProblem(req('PATCH', { ...good, 'x-csrf-token': 'tok124' }))).toMatch(/does not match/);
    expect(csrfProblem(req('PUT', { ...good, 'x-csrf-token': 'tok12' }))).toMatch(/does not match/);
  });
  it('refuses a token that is not the session one', () => {
    expect(csrfProblem(req('POST', good), 'other-session-token')).toMatch(/session/);
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and tolerates bad encoding', () => {
    const r = new Request('http://x/', { headers: { cookie: 'fleet_csrf=a%20b; x=%E0%A4%A' } });
    expect(readCookie(r, 'fleet_csrf')).toBe('a b');
    expect(readCookie(r, 'x')).toBeUndefined();
    expect(readCookie(r, 'nope')).toBeUndefined();
  });
});
