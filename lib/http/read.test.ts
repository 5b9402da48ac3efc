import { afterEach, describe, expect, it, vi } from 'vitest';

// A cache whose first list never arrives: the read must give up in words instead of hanging.
const never = new Promise<void>(() => undefined);
vi.mock('@/lib/cache', () => ({
  getCache: () => ({ ready: () => never, status: () => ({ kinds: { clusters: { lastError: 'connection refused' } } }) }),
  QueryError: class extends Error {},
}));

const { readyCache, allIn } = await import('./read');

afterEach(() => vi.useRealTimers());

describe('waiting for the cache', () => {
  it('answers 503 "still loading" with the last error after the timeout', async () => {
    await expect(readyCache('clusters', 20)).rejects.toMatchObject({
      status: 503,
      message: 'The dashboard is still loading clusters from the Kubernetes API server (last error: connection refused). Try again in a moment.',
    });
  });
  it('every read goes through it (allIn waits at most READY_TIMEOUT_MS)', async () => {
    vi.useFakeTimers();
    const p = allIn('clusters', 'fleet-default').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await p).toMatchObject({ status: 503 });
  });
});
