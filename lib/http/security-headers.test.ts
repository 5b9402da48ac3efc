import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './security-headers';

describe('Content-Security-Policy', () => {
  it('allows scripts only with the nonce, forbids framing, and has no unsafe-eval in production', () => {
    const csp = contentSecurityPolicy('abc123', false);
    const dir = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(dir['script-src']).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(dir['frame-ancestors']).toEqual(["'none'"]);
    expect(dir['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(contentSecurityPolicy('abc123', true)).toMatch(/'unsafe-eval'/);
  });
  it('nonces are fresh and 128-bit', () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
  });
});
