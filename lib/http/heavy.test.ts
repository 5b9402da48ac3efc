import { beforeAll, describe, expect, it } from 'vitest';
import { FleetCache } from '@/lib/cache';
import type { KubeTransport } from '@/lib/cache/types';
import type { Identity } from '@/lib/k8s/identity';
import { heavyJson, heavySlot, heavyStats, jsonOf, MAX_PER_PERSON, MAX_WAITING, RawJson } from './heavy';
import { HttpError } from './http-error';

const never: KubeTransport = { listPage: () => new Promise(() => {}), watch: () => new Promise(() => {}) };
let cache: FleetCache;
beforeAll(() => {
  cache = new FleetCache({ transport: never, kinds: ['gitrepos', 'clusters'] });
  (globalThis as Record<symbol, unknown>)[Symbol.for('fleetdash.cache')] = cache;
});

const gr = (name: string) => ({ apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', metadata: { name, namespace: 'fleet-default', resourceVersion: name }, spec: { repo: 'r' } });

describe('heavyJson', () => {
  it('computes once per (visible scope, cache version, query), and again when any of them changes', async () => {
    let runs = 0;
    const compute = () => ({ n: ++runs });
    const scope = { workspaces: { gitrepos: ['fleet-default'] }, forbidden: [] };
    const key = { route: 't1', scope, query: 'q' };
    expect(await heavyJson(key, compute)).toBe('{"n":1}');
    expect(await heavyJson(key, compute)).toBe('{"n":1}');
    expect(await heavyJson({ ...key, query: 'other' }, compute)).toBe('{"n":2}');
    // Someone who may see another set of workspaces never gets this answer.
    expect(await heavyJson({ ...key, scope: { workspaces: { gitrepos: 'all' as const }, forbidden: [] } }, compute)).toBe('{"n":3}');
    cache.store('gitrepos').upsert(gr('a'));
    expect(await heavyJson(key, compute)).toBe('{"n":4}');
    // A kind the answer did not read changing does not matter.
    expect(await heavyJson(key, compute)).toBe('{"n":4}');
  });

  it('keeps one answer per view and query: a newer version replaces the older one instead of piling up', async () => {
    const key = { route: 't3', scope: { workspaces: { gitrepos: 'all' as const }, forbidden: [] }, query: '' };
    const big = (i: number) => ({ i, pad: 'x'.repeat(100_000) });
    const before = heavyStats();
    for (let i = 0; i < 50; i++) {
      cache.store('gitrepos').upsert(gr(`v${i}`));
      await heavyJson(key, () => big(i));
    }
    const after = heavyStats();
    // 50 versions of a 100 kB answer: one is kept, not 50 (5 MB).
    expect(after.entries - before.entries).toBe(1);
    expect(after.bytes - before.bytes).toBeLessThan(110_000);
  });

  it('shares one computation between identical requests in flight', async () => {
    let runs = 0;
    const key = { route: 't2', scope: { workspaces: { clusters: 'all' as const }, forbidden: [] }, query: '' };
    const [a, b] = await Promise.all([heavyJson(key, () => ++runs), heavyJson(key, () => ++runs)]);
    expect([a, b, runs]).toEqual(['1', '1', 1]);
  });
});

describe('RawJson and jsonOf', () => {
  it('keeps an answer already in JSON as it is, and one object\'s JSON text with it', async () => {
    const key = { route: 'raw-json-test', scope: { workspaces: {}, forbidden: [], entries: () => [] }, query: '' };
    const finding = { id: 'x', objects: [{ name: 'a' }] };
    const text = await heavyJson(key, () => new RawJson(`{"findings":[${jsonOf(finding)}]}`));
    expect(JSON.parse(text)).toEqual({ findings: [finding] });
    expect(jsonOf(finding)).toBe(JSON.stringify(finding));
    // Kept, not redone: a later change to the (supposedly immutable) object does not show.
    finding.id = 'changed';
    expect(jsonOf(finding)).toContain('"id":"x"');
  });
});

describe('heavySlot', () => {
  it(`lets one person run ${MAX_PER_PERSON} at a time, queues ${MAX_WAITING} more, refuses the rest; others are not affected`, async () => {
    const alice: Identity = { type: 'context', context: 'alice', username: 'alice', groups: [] };
    const bob: Identity = { type: 'context', context: 'bob', username: 'bob', groups: [] };
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let concurrent = 0;
    let most = 0;
    const job = async () => {
      most = Math.max(most, ++concurrent);
      await gate;
      concurrent--;
      return 'done';
    };
    const accepted = Array.from({ length: MAX_PER_PERSON + MAX_WAITING }, () => heavySlot(alice, job));
    const refused = await heavySlot(alice, job).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).status).toBe(429);
    expect((refused as HttpError).message).toMatch(/already have 10 overview, troubleshooting or matrix requests running or waiting/);
    expect(await heavySlot(bob, async () => 'bob ran')).toBe('bob ran');
    release();
    expect(await Promise.all(accepted)).toEqual(Array(MAX_PER_PERSON + MAX_WAITING).fill('done'));
    expect(most).toBe(MAX_PER_PERSON);
    expect(await heavySlot(alice, async () => 'ran')).toBe('ran');
  });
});
