// A restarted server answers from the first pages of its first list, says how far it got, and is synced only after.
import { describe, expect, it } from 'vitest';
import { FleetCache } from './index';
import type { KubeObject, KubeTransport, ListPage } from './types';

const repo = (name: string): KubeObject => ({ metadata: { name, namespace: 'fleet-default', resourceVersion: '7' }, spec: { repo: 'https://x' } });

/** GitRepos in two pages; the second is held until `release()`, as a slow API server would. */
function slowTransport() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const t: KubeTransport = {
    async listPage(path, query): Promise<ListPage> {
      if (!path.endsWith('/gitrepos')) return { items: [], resourceVersion: '1' };
      if (!query.continue) return { items: [repo('a'), repo('b')], resourceVersion: '10', continueToken: 'next', remainingItemCount: 3 };
      await held;
      return { items: [repo('c'), repo('d'), repo('e')], resourceVersion: '10' };
    },
    watch: (_p, _q, _e, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
  };
  return { t, release };
}

describe('cache loading progress', () => {
  it('answers list pages from the first page with "loading 2 of 5", then is synced with all 5', async () => {
    const { t, release } = slowTransport();
    const cache = new FleetCache({ transport: t, kinds: ['gitrepos', 'namespaces'], probeEveryMs: 0 });
    try {
      await cache.firstData(['gitrepos']);
      const page = cache.query('gitrepos', { workspaces: 'all', page: 1, pageSize: 50, sort: 'name', dir: 'asc' });
      expect(page.items.map((o) => o.metadata.name)).toEqual(['a', 'b']);
      expect(page.loading).toEqual({ loaded: 2, total: 5 });
      const p = cache.progress(['gitrepos']);
      expect(p).toMatchObject({ synced: false, loaded: 2, total: 5 });
      release();
      await cache.ready(['gitrepos']);
      const done = cache.query('gitrepos', { workspaces: 'all', page: 1, pageSize: 50, sort: 'name', dir: 'asc' });
      expect(done.total).toBe(5);
      expect(done.loading).toBeUndefined();
      expect(cache.progress(['gitrepos'])).toMatchObject({ synced: true, loaded: 5, total: 5 });
      await cache.ready();
      expect(cache.progress().synced).toBe(true);
    } finally {
      cache.stop();
    }
  });
});
