import { describe, expect, it } from 'vitest';
import { INITIAL_EVENTS_END, Informer, type InformerSink } from './informer';
import { KindStore } from './store';
import { KubeHttpError, type KubeObject, type KubeTransport, type ListPage, type WatchEvent } from './types';

const repo = (name: string, rv: string): KubeObject => ({ metadata: { name, namespace: 'fleet-default', resourceVersion: rv } });

/** Scripted API server: each list call returns pages from `lists`, each watch call runs the next script. */
function fakeTransport(lists: KubeObject[][][], watches: ((emit: (e: WatchEvent) => void) => Promise<void>)[]) {
  const calls: string[] = [];
  let list = 0;
  let watch = 0;
  const t: KubeTransport = {
    async listPage(path, query): Promise<ListPage> {
      calls.push(`list ${query.continue ?? ''} limit=${query.limit}`);
      const pages = lists[Math.min(list, lists.length - 1)]!;
      const page = query.continue ? Number(query.continue.slice(1)) : 0;
      const items = pages[page] ?? [];
      const more = page < pages.length - 1;
      const rv = String(100 * (list + 1));
      if (!more) list++;
      return { items, resourceVersion: rv, continueToken: more ? `p${page + 1}` : undefined };
    },
    async watch(path, query, onEvent, signal) {
      calls.push(`watch rv=${query.resourceVersion} bookmarks=${query.allowWatchBookmarks}`);
      const script = watches[watch++];
      if (!script) {
        // Idle until stopped.
        await new Promise<void>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
        return;
      }
      await script(onEvent);
    },
  };
  return { t, calls };
}

function storeSink(store: KindStore, log: string[]): InformerSink {
  return {
    replace: (objs, initial) => {
      for (const c of store.replace(objs)) if (!initial) log.push(`${c.type} ${c.name}`);
    },
    upsert: (o) => void (store.upsert(o) && log.push(`upsert ${o.metadata.name}`)),
    remove: (o) => void (store.remove(o) && log.push(`delete ${o.metadata.name}`)),
  };
}

const until = async (cond: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('Informer', () => {
  it('starts the list over when its continue token expired (410), and ends with every object, not an empty store', async () => {
    const pages = [[repo('a', '1'), repo('b', '2')], [repo('c', '3')]];
    const calls: string[] = [];
    let expired = false;
    const t: KubeTransport = {
      async listPage(_path, query): Promise<ListPage> {
        const i = query.continue ? Number(query.continue.slice(1)) : 0;
        if (i > 0 && !expired) {
          expired = true;
          calls.push(`list ${query.continue} → 410`);
          throw new KubeHttpError(410, 'The provided continue parameter is too old', 'Expired');
        }
        calls.push(`list ${query.continue ?? ''}`);
        return { items: pages[i]!, resourceVersion: '10', continueToken: i < pages.length - 1 ? `p${i + 1}` : undefined };
      },
      watch: (_p, _q, _e, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
    };
    const store = new KindStore('gitrepos');
    const inf = new Informer({ kind: 'gitrepos', transport: t, sink: storeSink(store, []), project: (o) => o, pageSize: 2 }).start();
    await inf.ready;
    inf.stop();
    expect(calls).toEqual(['list ', 'list p1 → 410', 'list ', 'list p1']);
    expect([...store.all()].map((e) => e.key).sort()).toEqual(['fleet-default/a', 'fleet-default/b', 'fleet-default/c']);
  });

  it('asks for the same page again when one page of the list fails, instead of starting the list over', async () => {
    const { t, calls } = fakeTransport([[[repo('a', '1'), repo('b', '2')], [repo('c', '3')]]], []);
    let failed = false;
    const flaky: KubeTransport = {
      ...t,
      async listPage(path, query, signal) {
        if (query.continue && !failed) {
          failed = true;
          calls.push(`list ${query.continue} limit=${query.limit} → timeout`);
          throw new Error('GET …: no answer from the API server within 15 s');
        }
        return t.listPage(path, query, signal);
      },
    };
    const store = new KindStore('gitrepos');
    const inf = new Informer({ kind: 'gitrepos', transport: flaky, sink: storeSink(store, []), project: (o) => o, pageSize: 2, backoffInitialMs: 1 }).start();
    await inf.ready;
    inf.stop();
    expect(calls.filter((c) => c.startsWith('list'))).toEqual(['list  limit=2', 'list p1 limit=2 → timeout', 'list p1 limit=2']);
    expect(store.size).toBe(3);
    expect(inf.status()).toMatchObject({ synced: true, errors: 1, listed: 3, expected: 3 });
  });

  it('lists all pages, then watches from the list resourceVersion with bookmarks and applies events', async () => {
    const { t, calls } = fakeTransport(
      [[[repo('a', '1'), repo('b', '2')], [repo('c', '3')]]],
      [
        async (emit) => {
          emit({ type: 'ADDED', object: repo('d', '101') });
          emit({ type: 'MODIFIED', object: repo('a', '102') });
          emit({ type: 'DELETED', object: repo('b', '103') });
          emit({ type: 'BOOKMARK', object: { metadata: { name: '', resourceVersion: '150' } } });
        },
      ],
    );
    const store = new KindStore('gitrepos');
    const log: string[] = [];
    const inf = new Informer({ kind: 'gitrepos', transport: t, sink: storeSink(store, log), project: (o) => o, pageSize: 2 }).start();
    await inf.ready;
    await until(() => calls.length >= 4);
    inf.stop();
    expect(calls.slice(0, 4)).toEqual(['list  limit=2', 'list p1 limit=2', 'watch rv=100 bookmarks=true', 'watch rv=150 bookmarks=true']);
    expect([...store.all()].map((e) => e.key).sort()).toEqual(['fleet-default/a', 'fleet-default/c', 'fleet-default/d']);
    expect(log).toEqual(['upsert d', 'upsert a', 'delete b']);
    expect(inf.status()).toMatchObject({ synced: true, lists: 1, relists: 0, resourceVersion: '150' });
  });

  it('relists on a 410 ERROR event and emits only the difference', async () => {
    const { t, calls } = fakeTransport(
      [[[repo('a', '1'), repo('b', '2')]], [[repo('a', '1'), repo('c', '5')]]],
      [
        async (emit) => emit({ type: 'ERROR', object: { metadata: { name: '' }, code: 410, message: 'too old resource version' } }),
      ],
    );
    const store = new KindStore('gitrepos');
    const log: string[] = [];
    const inf = new Informer({ kind: 'gitrepos', transport: t, sink: storeSink(store, log), project: (o) => o }).start();
    await until(() => inf.status().lists === 2);
    inf.stop();
    expect(calls).toContain('watch rv=200 bookmarks=true');
    expect(log.sort()).toEqual(['delete b', 'upsert c']);
    expect(inf.status()).toMatchObject({ relists: 1, errors: 0 });
  });

  it('relists on an HTTP 410 and backs off (growing, capped) on other errors', async () => {
    const failures = [
      async () => {
        throw new KubeHttpError(500, 'boom');
      },
      async () => {
        throw new KubeHttpError(503, 'unavailable');
      },
      async () => {
        throw new KubeHttpError(410, 'Gone');
      },
    ];
    const { t, calls } = fakeTransport([[[repo('a', '1')]]], failures);
    const store = new KindStore('gitrepos');
    const started = Date.now();
    const inf = new Informer({ kind: 'gitrepos', transport: t, sink: storeSink(store, []), project: (o) => o, backoffInitialMs: 40, backoffMaxMs: 60 }).start();
    await until(() => inf.status().lists === 2);
    const elapsed = Date.now() - started;
    inf.stop();
    expect(inf.status()).toMatchObject({ errors: 2, relists: 1, lastError: 'unavailable' });
    // 40 ms ±20% then min(80, 60) ±20%
    expect(elapsed).toBeGreaterThanOrEqual(32 + 48);
    expect(calls.filter((c) => c.startsWith('watch rv=100'))).toHaveLength(3);
  });

  it('does not spin when the server closes an empty watch at once', async () => {
    const { t } = fakeTransport([[[repo('a', '1')]]], [async () => {}, async () => {}]);
    const inf = new Informer({ kind: 'gitrepos', transport: t, sink: storeSink(new KindStore('gitrepos'), []), project: (o) => o, backoffInitialMs: 30 }).start();
    await until(() => inf.status().errors === 2);
    inf.stop();
    expect(inf.status().lastError).toBe('watch ended immediately');
  });
  it('keeps the start of a run of failures (the outage signal) and clears it once the API server answers', async () => {
    let failingDuring: (number | undefined)[] = [];
    const fail = (code: number) => async () => {
      throw new KubeHttpError(code, `down ${code}`);
    };
    const { t } = fakeTransport(
      [[[repo('a', '1')]]],
      [
        fail(500),
        fail(503),
        async (emit) => {
          failingDuring = [inf.status().failingSince];
          emit({ type: 'ADDED', object: repo('b', '101') });
          failingDuring.push(inf.status().failingSince);
        },
      ],
    );
    const inf = new Informer({ kind: 'gitrepos', transport: t, sink: storeSink(new KindStore('gitrepos'), []), project: (o) => o, backoffInitialMs: 10, backoffMaxMs: 10 }).start();
    await until(() => failingDuring.length === 2);
    inf.stop();
    const [during, after] = failingDuring;
    expect(during).toBeTypeOf('number');
    expect(inf.status().lastErrorAt).toBeGreaterThan(during!);
    expect(after).toBeUndefined();
  });

  describe('watch-list', () => {
    const endBookmark = (rv: string): WatchEvent => ({ type: 'BOOKMARK', object: { metadata: { name: '', resourceVersion: rv, annotations: { [INITIAL_EVENTS_END]: 'true' } } } });
    const many = (n: number) => Array.from({ length: n }, (_, i) => repo(`r${i}`, String(i + 1)));

    /** An API server that does watch-list: the first WATCH streams `initial`, the bookmark, then `after`. */
    function watchListServer(initial: KubeObject[], after: WatchEvent[], opts: { total?: number; pauseAt?: number } = {}) {
      const calls: string[] = [];
      let resume: () => void = () => {};
      const paused = new Promise<void>((r) => (resume = r));
      let watches = 0;
      const t: KubeTransport = {
        async listPage(_path, query) {
          calls.push(`list limit=${query.limit}`);
          return { items: initial.slice(0, 1), resourceVersion: '1', continueToken: 'c', remainingItemCount: (opts.total ?? initial.length) - 1 };
        },
        async watch(_path, query, emit, signal) {
          calls.push(`watch rv=${query.resourceVersion ?? ''} sendInitialEvents=${query.sendInitialEvents ?? ''} match=${query.resourceVersionMatch ?? ''}`);
          if (watches++ > 0) return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
          for (let i = 0; i < initial.length; i++) {
            if (i === opts.pauseAt) await paused;
            emit({ type: 'ADDED', object: initial[i]! });
          }
          emit(endBookmark('5000'));
          for (const e of after) emit(e);
        },
      };
      return { t, calls, resume };
    }

    it('streams the initial state in batches (pages answer while it loads), replaces the store at the initial-events-end bookmark, then applies changes', async () => {
      const { t, calls, resume } = watchListServer(many(1200), [{ type: 'MODIFIED', object: repo('r0', '5001') }, { type: 'DELETED', object: repo('r1', '5002') }], { pauseAt: 1100 });
      const store = new KindStore('gitrepos');
      const log: string[] = [];
      const added: number[] = [];
      const sink = { ...storeSink(store, log), add: (objs: KubeObject[]) => void (added.push(objs.length), objs.forEach((o) => store.upsert(o))) };
      const inf = new Informer({ kind: 'gitrepos', transport: t, sink, project: (o) => o, watchList: true }).start();
      await inf.firstData;
      await until(() => inf.status().listed === 1100);
      // Mid-stream: two batches stored, the count from a LIST of one object, not synced.
      expect(added).toEqual([500, 500]);
      expect(store.size).toBe(1000);
      expect(inf.status()).toMatchObject({ synced: false, listed: 1100, expected: 1200 });
      resume();
      await inf.ready;
      await until(() => calls.length >= 3);
      inf.stop();
      expect(calls).toEqual(['list limit=1', 'watch rv= sendInitialEvents=true match=NotOlderThan', 'watch rv=5002 sendInitialEvents= match=']);
      expect(store.size).toBe(1199);
      expect(store.get('fleet-default/r0')?.obj.metadata.resourceVersion).toBe('5001');
      expect(log).toEqual(['upsert r0', 'delete r1']);
      expect(inf.status()).toMatchObject({ synced: true, lists: 1, listed: 1200, expected: 1200, resourceVersion: '5002' });
    });

    it('does not take a stream that ended before the initial-events-end bookmark as the state, and starts again', async () => {
      let n = 0;
      const t: KubeTransport = {
        listPage: async () => ({ items: [], resourceVersion: '1' }),
        async watch(_p, query, emit, signal) {
          n++;
          if (n === 1) return emit({ type: 'ADDED', object: repo('a', '1') }); // cut off
          if (n === 2) {
            emit({ type: 'ADDED', object: repo('a', '1') });
            emit({ type: 'ADDED', object: repo('b', '2') });
            return emit(endBookmark('3'));
          }
          expect(query.resourceVersion).toBe('3');
          return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
        },
      };
      const store = new KindStore('gitrepos');
      const replaced: number[] = [];
      const sink = { ...storeSink(store, []), replace: (objs: KubeObject[]) => void (replaced.push(objs.length), store.replace(objs)) };
      const inf = new Informer({ kind: 'gitrepos', transport: t, sink, project: (o) => o, watchList: true, backoffInitialMs: 1 }).start();
      await inf.ready;
      await until(() => n >= 3);
      inf.stop();
      expect(replaced).toEqual([2]);
      expect(inf.status()).toMatchObject({ synced: true, errors: 1 });
      expect(inf.status().lastError).toMatch(/ended after 1 objects, before its initial events were complete/);
    });

    for (const [what, refuse] of [
      ['refuses sendInitialEvents (422, the WatchList feature gate off)', async () => Promise.reject(new KubeHttpError(422, 'sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled', 'Invalid'))],
      ['ignores it (a bookmark before any initial-events-end one)', async (emit: (e: WatchEvent) => void) => emit({ type: 'BOOKMARK', object: { metadata: { name: '', resourceVersion: '7' } } })],
    ] as const) {
      it(`falls back to a paginated LIST when the API server ${what}`, async () => {
        const { t, calls } = fakeTransport([[[repo('a', '1'), repo('b', '2')], [repo('c', '3')]]], [refuse]);
        const store = new KindStore('gitrepos');
        const inf = new Informer({ kind: 'gitrepos', transport: t, sink: storeSink(store, []), project: (o) => o, pageSize: 2, watchList: true }).start();
        await inf.ready;
        inf.stop();
        expect(calls.filter((c) => c.startsWith('list') && !c.includes('limit=1'))).toEqual(['list  limit=2', 'list p1 limit=2']);
        expect(store.size).toBe(3);
        expect(inf.status()).toMatchObject({ synced: true, errors: 0 });
      });
    }
    it('asks again soon, not with a growing backoff, while the API server says its watch cache is still filling (429)', async () => {
      let n = 0;
      const t: KubeTransport = {
        listPage: async () => ({ items: [], resourceVersion: '1' }),
        async watch(_p, _q, emit, signal) {
          if (++n <= 4) throw new KubeHttpError(429, 'storage is (re)initializing', 'TooManyRequests');
          if (n === 5) return emit(endBookmark('2'));
          return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
        },
      };
      const started = Date.now();
      const logged: string[] = [];
      const inf = new Informer({ kind: 'gitrepos', transport: t, sink: storeSink(new KindStore('gitrepos'), []), project: (o) => o, watchList: true, retryAfterMs: 20, backoffInitialMs: 1000, log: (m) => logged.push(m) }).start();
      await inf.ready;
      inf.stop();
      // Said once, not on every retry.
      expect(logged.filter((m) => m.includes('(re)initializing'))).toHaveLength(1);
      // Four growing backoffs from 1 s would take 15 s.
      expect(Date.now() - started).toBeLessThan(1000);
      expect(inf.status()).toMatchObject({ synced: true, errors: 4, lastError: 'storage is (re)initializing' });
    });
  });
});