import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyThrottle } from './key-throttle';

describe('KeyThrottle', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at once, then collapses a burst into one trailing run per key', () => {
    vi.useFakeTimers();
    const t = new KeyThrottle(500);
    const runs: string[] = [];
    for (let i = 0; i < 50; i++) t.run('a', () => runs.push('a'));
    t.run('b', () => runs.push('b'));
    expect(runs).toEqual(['a', 'b']);
    vi.advanceTimersByTime(499);
    expect(runs).toEqual(['a', 'b']);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['a', 'b', 'a']);
    vi.advanceTimersByTime(2000);
    expect(runs).toEqual(['a', 'b', 'a']);
    t.run('a', () => runs.push('a'));
    expect(runs).toEqual(['a', 'b', 'a', 'a']);
  });

  it('never exceeds one run per interval per key under a steady stream', () => {
    vi.useFakeTimers();
    const t = new KeyThrottle(500);
    let n = 0;
    for (let ms = 0; ms < 10_000; ms += 20) {
      t.run('k', () => n++);
      vi.advanceTimersByTime(20);
    }
    expect(n).toBeGreaterThanOrEqual(19);
    expect(n).toBeLessThanOrEqual(21);
  });
});
