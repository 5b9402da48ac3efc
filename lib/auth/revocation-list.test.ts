import { describe, expect, it } from 'vitest';
import { ENTRIES_KEY, emptyRevocations, mergeRevocations, parseRevocations, refuses, revocationId, serializeRevocations, withRevocation } from './revocation-list';
import { SESSION_MAX_AGE_S } from './session';

const NOW = 1_800_000_000;
const session = (n: number, iat = NOW - 60) => ({ csrf: `csrf-token-number-${n}-abcdefgh`, iat });

describe('revocation list', () => {
  it('names a session by a hash of its CSRF token, never the token itself', () => {
    const s = session(1);
    const data = serializeRevocations(withRevocation(emptyRevocations(), revocationId(s.csrf), s.iat + SESSION_MAX_AGE_S, NOW));
    expect(data[ENTRIES_KEY]).not.toContain(s.csrf);
    expect(revocationId(s.csrf)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('round-trips through the ConfigMap data, refusing exactly the listed sessions', () => {
    let list = emptyRevocations();
    for (const n of [1, 2, 3]) list = withRevocation(list, revocationId(session(n).csrf), session(n).iat + SESSION_MAX_AGE_S, NOW);
    const read = parseRevocations(serializeRevocations(list), NOW);
    expect([1, 2, 3, 4].map((n) => refuses(read, session(n)))).toEqual([true, true, true, false]);
  });

  it('drops entries once their session would have expired anyway, on read and on write', () => {
    const old = session(1, NOW - SESSION_MAX_AGE_S - 10);
    const list = { entries: new Map([[revocationId(old.csrf), old.iat + SESSION_MAX_AGE_S]]), revokedBefore: 0 };
    expect(parseRevocations(serializeRevocations(list), NOW).entries.size).toBe(0);
    expect(withRevocation(list, revocationId(session(2).csrf), NOW + 100, NOW).entries.size).toBe(1);
  });

  it('stays bounded: past the maximum, the soonest-expiring are folded into revokedBefore, so none of them is let back in', () => {
    let list = emptyRevocations();
    const people = Array.from({ length: 50 }, (_, i) => session(i, NOW - 1000 + i));
    for (const s of people) list = withRevocation(list, revocationId(s.csrf), s.iat + SESSION_MAX_AGE_S, NOW, 10);
    expect(list.entries.size).toBe(10);
    expect(people.every((s) => refuses(list, s))).toBe(true);
    // Sessions that began after the cut-off and were never signed out still work.
    expect(refuses(list, session(999, NOW - 1))).toBe(false);
    expect(refuses(parseRevocations(serializeRevocations(list), NOW), people[0]!)).toBe(true);
  });

  it('skips lines that do not parse instead of failing', () => {
    const id = revocationId(session(1).csrf);
    const read = parseRevocations({ [ENTRIES_KEY]: `garbage\n${id} ${NOW + 10}\n${id}x 12\n`, revokedBefore: 'soon' }, NOW);
    expect([...read.entries.keys()]).toEqual([id]);
    expect(read.revokedBefore).toBe(0);
  });

  it('merges two lists', () => {
    const a = withRevocation(emptyRevocations(), revocationId(session(1).csrf), NOW + 10, NOW);
    const b = withRevocation(emptyRevocations(), revocationId(session(2).csrf), NOW + 10, NOW);
    const m = mergeRevocations(a, b);
    expect(refuses(m, session(1)) && refuses(m, session(2))).toBe(true);
  });
});
