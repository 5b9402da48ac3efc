import { describe, expect, it } from 'vitest';
import { bodyProblem, MAX_BODY_BYTES } from './route';

const req = (method: string, headers: Record<string, string> = {}) => new Request('http://x/api/y', { method, headers });

describe('bodyProblem (the one body size limit of every write)', () => {
  it('lets reads and bodies within the limit through', () => {
    expect(bodyProblem(req('GET', { 'content-length': String(MAX_BODY_BYTES * 10) }))).toBeUndefined();
    expect(bodyProblem(req('POST', { 'content-length': String(MAX_BODY_BYTES) }))).toBeUndefined();
    expect(bodyProblem(req('DELETE'))).toBeUndefined();
  });
  it('refuses a body over the limit with 413 naming both sizes', () => {
    expect(bodyProblem(req('PUT', { 'content-length': String(MAX_BODY_BYTES + 1) }))).toEqual({
      status: 413,
      error: `The request body is ${MAX_BODY_BYTES + 1} bytes; the limit is ${MAX_BODY_BYTES} bytes (1 MiB).`,
    });
  });
  it('refuses a chunked body (no length) and a nonsense length', () => {
    expect(bodyProblem(req('POST', { 'transfer-encoding': 'chunked' }))?.status).toBe(411);
    expect(bodyProblem(req('POST', { 'content-length': 'lots' }))?.status).toBe(400);
  });
});
