import { describe, expect, it } from 'vitest';
import { Informer, type InformerSink } from './informer';
import { KindStore } from './store';
import { KubeHttpError, type KubeObject, type KubeTransport, type ListPage, type WatchEvent } from './types';

const repo = (name: string, rv: string): KubeObject => ({ metadata: { name, namespace: 'fleet-default', resourceVersion: rv } });

/** Scripted API server: each list call returns pages from `lists`, each watch call runs the next script. */
function fakeTransport(lists: KubeObject[][][], watches: ((emit: (e: WatchEvent) => void) => Promise<void>)[]) {
  const calls: string[] = [];
  let list = 0;
  let page = 0;
  let watch = 0;
  const t: KubeTransport = {
    async listPage(path, query): Promise<ListPage> {
      calls.push(`list ${query.continue ?? ''} limit=${query.limit}`);
      const pages = lists[Math.min(list, lists.length - 1)]!;
      const items = pages[page] ?? [];
      const more = page < pages.length - 1;
      const rv = String(100 * (list + 1));
      if (more) page++;
      else {
        page = 0;
        list++;
      }
      return { items, resourceVersion: rv, continueToken: more ? `p${page}` : undefined };
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
});
