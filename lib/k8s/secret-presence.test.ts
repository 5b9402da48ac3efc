import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSecretsWith, forgetSecret } from './secret-presence';

describe('checkSecretsWith', () => {
  afterEach(() => vi.useRealTimers());

  it('asks the API server once, answers from the memo while fresh, then serves the last answer while renewing it in the background', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    let present = false;
    let release = () => {};
    const calls: string[] = [];
    // The renewal's API call stays in flight until released.
    const exists = (ns: string, name: string) => {
      calls.push(`${ns}/${name}`);
      const v = present;
      return calls.length !== 2 ? Promise.resolve(v) : new Promise<boolean>((r) => (release = () => r(v)));
    };
    const refs = [{ ns: 'fleet-default', name: 'git-auth' }];
    expect((await checkSecretsWith('alice', exists, refs)).get('fleet-default/git-auth')).toBe(false);
    expect(calls).toHaveLength(1);
    present = true;
    vi.advanceTimersByTime(10_000);
    expect((await checkSecretsWith('alice', exists, refs)).get('fleet-default/git-auth')).toBe(false);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(15_000);
    // Stale: the old answer at once, one renewal under way, not a second one for a second request.
    expect((await checkSecretsWith('alice', exists, refs)).get('fleet-default/git-auth')).toBe(false);
    expect((await checkSecretsWith('alice', exists, refs)).get('fleet-default/git-auth')).toBe(false);
    expect(calls).toHaveLength(2);
    release();
    await vi.runAllTimersAsync();
    expect((await checkSecretsWith('alice', exists, refs)).get('fleet-default/git-auth')).toBe(true);
    expect(calls).toHaveLength(2);
    // Another person has a memo of their own.
    await checkSecretsWith('bob', exists, refs);
    expect(calls).toHaveLength(3);
  });

  it('asks again, and waits for it, when the memo is too old or the Secret was forgotten (recreated)', async () => {
    vi.useFakeTimers({ now: 2_000_000 });
    let present = false;
    const exists = async () => present;
    const refs = [{ ns: 'ws', name: 's' }];
    await checkSecretsWith('carol', exists, refs);
    present = true;
    forgetSecret('ws', 's');
    expect((await checkSecretsWith('carol', exists, refs)).get('ws/s')).toBe(true);
    present = false;
    vi.advanceTimersByTime(6 * 60_000);
    expect((await checkSecretsWith('carol', exists, refs)).get('ws/s')).toBe(false);
  });

  it('says "unknown" (undefined) when the check fails, e.g. a 403 for this person', async () => {
    const r = await checkSecretsWith('dave', async () => Promise.reject(new Error('forbidden')), [{ ns: 'ws', name: 'x' }]);
    expect(r.has('ws/x')).toBe(true);
    expect(r.get('ws/x')).toBeUndefined();
  });
});
