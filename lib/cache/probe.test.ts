import { describe, expect, it } from 'vitest';
import { FleetCache } from './index';
import type { KubeTransport } from './types';

describe('the API server readiness probe', () => {
  it('reports the API server lost while probes go unanswered (even with quiet watches), and clears once it answers', async () => {
    let answering = true;
    const transport: KubeTransport = {
      listPage: async () => ({ items: [], resourceVersion: '1' }),
      // A watch on a hung server: open, silent.
      watch: (_p, _q, _on, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
      probe: (timeoutMs) =>
        new Promise((resolve, reject) => (answering ? setTimeout(resolve, 1) : setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    };
    const cache = new FleetCache({ transport, kinds: ['gitrepos'], probeEveryMs: 10, probeTimeoutMs: 30, probeLostAfterMs: 150 }).start();
    try {
      await cache.ready();
      await new Promise((r) => setTimeout(r, 100));
      expect(cache.upstreamProblem(['gitrepos'])).toBeUndefined();
      answering = false;
      await expect.poll(() => cache.upstreamProblem(['gitrepos']), { timeout: 2000, interval: 20 }).toMatch(/lost the Kubernetes API server: it has not answered for \d+ s \(no answer within 30 ms\)/);
      answering = true;
      await expect.poll(() => cache.upstreamProblem(['gitrepos']), { timeout: 2000, interval: 20 }).toBeUndefined();
    } finally {
      cache.stop();
    }
  });
});
