import { describe, expect, it, vi } from 'vitest';
import { isDraining, onShutdown, openStreams, shutdown, trackRequest, trackStream } from './shutdown';

describe('graceful shutdown', () => {
  it('closes live streams, waits for requests in flight, stops the informers, then exits 0', async () => {
    const order: string[] = [];
    const stream = vi.fn(() => order.push('stream closed'));
    const untrack = trackStream(stream);
    trackStream(() => order.push('second stream closed'));
    const ended = trackStream(() => order.push('must not run: it ended before'));
    ended();
    onShutdown(() => order.push('informers stopped'));
    const done = trackRequest();
    setTimeout(() => {
      order.push('request finished');
      done();
    }, 120);
    expect(openStreams()).toBe(2);
    const exit = vi.fn();
    await shutdown('SIGTERM', { exit, graceMs: 2000, flushMs: 10 });
    expect(isDraining()).toBe(true);
    expect(order).toEqual(['stream closed', 'second stream closed', 'request finished', 'informers stopped']);
    expect(exit).toHaveBeenCalledWith(0);
    untrack();
  });
  it('a second signal during the drain exits at once', async () => {
    const exit = vi.fn();
    await shutdown('SIGTERM', { exit });
    expect(exit).toHaveBeenCalledWith(0);
  });
});
