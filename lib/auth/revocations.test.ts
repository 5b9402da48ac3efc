import { describe, expect, it } from 'vitest';
import { emptyRevocations, type RevocationList } from './revocation-list';
import { Revocations, type RevocationStore } from './revocations';

/** One shared object with a version, like the ConfigMap and its resourceVersion; `race` makes the next writes conflict. */
function memoryStore() {
  let list: RevocationList = emptyRevocations();
  let version = 1;
  const state = { reads: 0, writes: 0, conflicts: 0, race: 0, down: false };
  const store: RevocationStore = {
    where: 'memory',
    async read() {
      if (state.down) throw new Error('API server out of reach');
      state.reads++;
      return { list: { entries: new Map(list.entries), revokedBefore: list.revokedBefore }, version: String(version) };
    },
    async write(next, v) {
      if (state.down) throw new Error('API server out of reach');
      if (state.race > 0) {
        state.race--;
        version++; // another replica wrote in between
      }
      if (v !== String(version)) {
        state.conflicts++;
        return false;
      }
      state.writes++;
      list = next;
      version++;
      return true;
    },
  };
  return { store, state };
}

const session = (n: number) => ({ csrf: `csrf-token-number-${n}-abcdefgh`, iat: Math.floor(Date.now() / 1000) - 60 });

describe('Revocations shared by replicas', () => {
  it('a session signed out on replica A is refused by replica B once B re-reads (at most one TTL later)', async () => {
    const { store } = memoryStore();
    let clock = 0;
    const a = new Revocations(store, 2000, () => Date.now() + clock);
    const b = new Revocations(store, 2000, () => Date.now() + clock);
    await b.fresh();
    await a.revoke(session(1));
    expect(a.isRevoked(session(1))).toBe(true);
    await b.fresh(); // within the TTL: B still has its earlier copy
    expect(b.isRevoked(session(1))).toBe(false);
    clock += 2001;
    await b.fresh();
    expect(b.isRevoked(session(1))).toBe(true);
    expect(b.isRevoked(session(2))).toBe(false);
  });

  it('concurrent sign-outs on two replicas both land (a conflicting write is retried on the newer list)', async () => {
    const { store, state } = memoryStore();
    const a = new Revocations(store, 0);
    const b = new Revocations(store, 0);
    state.race = 2;
    await Promise.all([a.revoke(session(1)), b.revoke(session(2)), a.revoke(session(3))]);
    expect(state.conflicts).toBeGreaterThan(0);
    const c = new Revocations(store, 0);
    await c.fresh();
    expect([1, 2, 3, 4].map((n) => c.isRevoked(session(n)))).toEqual([true, true, true, false]);
  });

  it('with the store out of reach, the replica that signed out still refuses it, and hands it over with its next stored sign-out', async () => {
    const { store, state } = memoryStore();
    const a = new Revocations(store, 0);
    state.down = true;
    await a.revoke(session(1)); // does not throw
    expect(a.isRevoked(session(1))).toBe(true);
    await a.fresh(); // nor does reading
    state.down = false;
    await a.revoke(session(2));
    const b = new Revocations(store, 0);
    await b.fresh();
    expect(b.isRevoked(session(1)) && b.isRevoked(session(2))).toBe(true);
  });

  it('reads at most once per TTL however many requests ask', async () => {
    const { store, state } = memoryStore();
    const a = new Revocations(store, 60_000);
    await Promise.all(Array.from({ length: 20 }, () => a.fresh()));
    await a.fresh();
    expect(state.reads).toBe(1);
  });
});
