import { describe, expect, it } from 'vitest';
import { line, redact, requestIdFor } from './log';

const now = new Date('2026-11-30T12:00:00Z');

describe('logs', () => {
  it('one JSON object per line in production, with the fields given', () => {
    expect(JSON.parse(line('info', 'request', { requestId: 'abc12345', status: 200, ms: 4 }, { NODE_ENV: 'production' }, now))).toEqual({
      time: '2026-11-30T12:00:00.000Z',
      level: 'info',
      msg: 'request',
      requestId: 'abc12345',
      status: 200,
      ms: 4,
    });
    expect(line('warn', 'slow', { ms: 900 }, { NODE_ENV: 'development' }, now)).toBe('WARN slow ms=900');
  });
  it('never writes a credential, whatever the field is called or where it sits', () => {
    const s = line('error', 'failed', { token: 'eyJhbGci', headers: { Authorization: 'Bearer x', cookie: 'fleet_session=y' }, list: [{ clientSecret: 'z' }] }, { NODE_ENV: 'production' }, now);
    for (const secret of ['eyJhbGci', 'Bearer x', 'fleet_session=y', '"z"']) expect(s).not.toContain(secret);
    expect(redact({ password: 'p', name: 'n' })).toEqual({ password: '[redacted]', name: 'n' });
  });
  it("keeps a caller's well-formed request id, else makes one", () => {
    expect(requestIdFor('lb-0123456789')).toBe('lb-0123456789');
    expect(requestIdFor('bad id with spaces')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
