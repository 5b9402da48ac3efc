import { describe, expect, it } from 'vitest';
import { admit, emptyMemory, forget, MAX_PER_WINDOW, PER_OBJECT_MS, step, transition, WINDOW_MS, type NotifierMemory, type WatchSnapshot } from './transitions';
import type { WatchEntry } from './watch-list';

const repo: WatchEntry = { kind: 'gitrepos', namespace: 'fleet-default', name: 'web' };
const bundle: WatchEntry = { kind: 'bundles', namespace: 'fleet-default', name: 'web-deploy' };
const s = (state: WatchSnapshot['state'], ready = 2, desired = 2, message?: string): WatchSnapshot => ({ state, ready, desired, message });

describe('transition', () => {
  it('announces nothing for the first state seen (the baseline), even an error', () => {
    expect(transition(repo, undefined, s('Error', 0, 2, 'boom'))).toBeUndefined();
  });

  it('announces entering an error state with Fleet\'s message', () => {
    const n = transition(repo, s('Ready'), s('Error', 2, 2, 'authentication required: Repository not found.'));
    expect(n).toMatchObject({ event: 'error', title: 'GitRepo web: Error', tag: 'gitrepos/fleet-default/web:error' });
    expect(n?.body).toBe('fleet-default · authentication required: Repository not found.');
  });

  it('treats Error Applied like Error and words it', () => {
    expect(transition(bundle, s('NotReady', 1, 2), s('ErrApplied', 1, 2))).toMatchObject({ event: 'error', title: 'Bundle web-deploy: Error Applied', body: 'fleet-default · Fleet reports Error Applied.' });
  });

  it('does not announce an error again while it stays in error (another message, another error state)', () => {
    expect(transition(repo, s('Error', 0, 2, 'a'), s('Error', 0, 2, 'b'))).toBeUndefined();
    expect(transition(repo, s('ErrApplied', 0, 2), s('Error', 0, 2))).toBeUndefined();
  });

  it('does not take other bad states for errors', () => {
    for (const st of ['NotReady', 'Modified', 'OutOfSync', 'WaitApplied', 'Pending', 'GitUpdating', 'NotProcessed'] as const) expect(transition(repo, s('Ready'), s(st, 2, 2)), st).toBeUndefined();
  });

  it('announces a rollout finishing: all desired clusters ready after not being so', () => {
    expect(transition(repo, s('NotReady', 1, 3), s('Ready', 3, 3))).toMatchObject({ event: 'rolled-out', title: 'GitRepo web: rolled out', body: 'fleet-default · ready on all 3 clusters' });
    expect(transition(repo, s('NotProcessed', 0, 0), s('Ready', 1, 1))?.body).toBe('fleet-default · ready on all 1 cluster');
  });

  it('does not announce a rollout that was already complete, or one with nothing to deploy', () => {
    expect(transition(repo, s('Ready', 3, 3), s('Ready', 3, 3))).toBeUndefined();
    expect(transition(repo, s('GitUpdating', 3, 3), s('Ready', 3, 3))).toBeUndefined();
    expect(transition(repo, s('NotReady', 0, 2), s('Ready', 0, 0))).toBeUndefined();
    expect(transition(repo, s('NotReady', 1, 3), s('NotReady', 2, 3))).toBeUndefined();
  });

  it('an object whose counts complete while it is in error is announced as an error, not rolled out', () => {
    expect(transition(repo, s('NotReady', 1, 2), s('Error', 2, 2))?.event).toBe('error');
  });

  it('clips a long message', () => {
    const n = transition(repo, s('Ready'), s('Error', 0, 2, 'x'.repeat(1000)));
    expect(n!.body.length).toBeLessThanOrEqual(180);
    expect(n!.body.endsWith('…')).toBe(true);
  });
});

describe('step (memory, de-duplication, rate limit)', () => {
  const run = (mem: NotifierMemory, e: WatchEntry, snap: WatchSnapshot, at: number) => step(mem, e, snap, at);

  it('keeps the last state per object, so a change is judged against it', () => {
    let m = emptyMemory();
    let r = run(m, repo, s('Ready'), 0);
    expect(r.notice).toBeUndefined();
    m = r.memory;
    r = run(m, repo, s('Error'), 1000);
    expect(r.notice?.event).toBe('error');
    // Same state again (a refetch after a reconnect): nothing.
    expect(run(r.memory, repo, s('Error'), 2000).notice).toBeUndefined();
  });

  it('drops the same notice of the same object again within the repeat interval (flapping), then allows it', () => {
    let m = run(emptyMemory(), repo, s('Ready'), 0).memory;
    const first = run(m, repo, s('Error'), 1_000);
    expect(first.notice).toBeDefined();
    m = run(first.memory, repo, s('Ready'), 2_000).memory;
    const again = run(m, repo, s('Error'), 3_000);
    expect(again.notice).toBeUndefined();
    expect(again.dropped?.reason).toBe('repeat');
    m = run(again.memory, repo, s('Ready'), 4_000).memory;
    expect(run(m, repo, s('Error'), 1_000 + PER_OBJECT_MS).notice?.event).toBe('error');
  });

  it('an error and a later rollout of the same object are different notices', () => {
    let m = run(emptyMemory(), repo, s('NotReady', 1, 2), 0).memory;
    const e = run(m, repo, s('Error', 1, 2), 1);
    m = e.memory;
    const done = run(m, repo, s('Ready', 2, 2), 2);
    expect([e.notice?.event, done.notice?.event]).toEqual(['error', 'rolled-out']);
  });

  it(`shows at most ${MAX_PER_WINDOW} notices per window across objects`, () => {
    let m = emptyMemory();
    const entries = Array.from({ length: MAX_PER_WINDOW + 2 }, (_, i): WatchEntry => ({ kind: 'bundles', namespace: 'fleet-default', name: `b${i}` }));
    for (const e of entries) m = run(m, e, s('Ready'), 0).memory;
    const shown: string[] = [];
    const dropped: string[] = [];
    entries.forEach((e, i) => {
      const r = run(m, e, s('Error'), 10 + i);
      m = r.memory;
      if (r.notice) shown.push(e.name);
      if (r.dropped) dropped.push(`${e.name}:${r.dropped.reason}`);
    });
    expect(shown).toHaveLength(MAX_PER_WINDOW);
    expect(dropped).toEqual([`b${MAX_PER_WINDOW}:rate-limit`, `b${MAX_PER_WINDOW + 1}:rate-limit`]);
    // After the window, there is room again.
    const later: WatchEntry = { kind: 'bundles', namespace: 'fleet-default', name: 'late' };
    m = run(m, later, s('Ready'), WINDOW_MS + 20).memory;
    expect(run(m, later, s('Error'), WINDOW_MS + 21).notice).toBeDefined();
  });

  it('admit alone: repeat is checked per object and event', () => {
    const sent = [{ key: 'gitrepos/fleet-default/web', event: 'error' as const, at: 0 }];
    expect(admit(sent, { key: 'gitrepos/fleet-default/web', event: 'error' }, 10)).toEqual({ show: false, reason: 'repeat' });
    expect(admit(sent, { key: 'gitrepos/fleet-default/web', event: 'rolled-out' }, 10)).toEqual({ show: true });
    expect(admit(sent, { key: 'gitrepos/fleet-default/api', event: 'error' }, 10)).toEqual({ show: true });
  });

  it('forget drops unwatched objects, so watching again starts from a new baseline', () => {
    let m = run(emptyMemory(), repo, s('Ready'), 0).memory;
    m = forget(m, new Set());
    expect(run(m, repo, s('Error'), 1).notice).toBeUndefined();
  });
});
