import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clusterNameForClientID, clusterNamespaceName, keyHash, safeConcatName } from './cluster-namespace';
import { sha256Hex } from './sha256';

const nodeSha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

describe('sha256Hex', () => {
  it('agrees with node:crypto across padding boundaries', () => {
    for (const len of [0, 1, 55, 56, 63, 64, 65, 119, 120, 200]) {
      const bytes = new Uint8Array(len).map((_, i) => (i * 31 + 7) & 0xff);
      expect(sha256Hex(bytes)).toBe(nodeSha(bytes));
    }
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('Fleet cluster namespace names (internal/names/safeconcat.go, keyhash.go)', () => {
  it('reproduces the documented examples', () => {
    expect(keyHash('fleet-local::cluster-294db1acfa77')).toBe('d9ccf852678f');
    expect(clusterNamespaceName('fleet-local', 'cluster-294db1acfa77')).toBe('cluster-fleet-local-cluster-294db1acfa77-d9ccf852678f');
    expect(clusterNamespaceName('fleet-local', 'local')).toBe('cluster-fleet-local-local-1a3d67d0a899');
  });

  it('KeyHash only hashes the first 100 bytes', () => {
    const long = 'x'.repeat(150);
    expect(keyHash(long)).toBe(nodeSha('x'.repeat(100)).slice(0, 12));
  });

  it('SafeConcatName shortens at 64 chars to 63, with 5 or 6 hash chars', () => {
    const exactly63 = safeConcatName('a'.repeat(31), 'b'.repeat(31));
    expect(exactly63).toHaveLength(63);
    expect(exactly63).toBe(`${'a'.repeat(31)}-${'b'.repeat(31)}`);

    const full = `${'a'.repeat(40)}-${'b'.repeat(30)}`;
    const cut = safeConcatName('a'.repeat(40), 'b'.repeat(30));
    expect(cut).toBe(`${full.slice(0, 57)}-${nodeSha(full).slice(0, 5)}`);
    expect(cut).toHaveLength(63);

    // byte 56 is '-', which must not end the prefix: drop it and use 6 hash chars
    const dashAt56 = `${'a'.repeat(56)}-${'b'.repeat(20)}`;
    expect(safeConcatName('a'.repeat(56), 'b'.repeat(20))).toBe(`${'a'.repeat(56)}-${nodeSha(dashAt56).slice(0, 6)}`);
  });

  it('long workspace/cluster names still give a valid 63-char namespace', () => {
    const ns = clusterNamespaceName('fleet-default', 'a-very-long-downstream-cluster-name-for-eu-west-production');
    expect(ns).toHaveLength(63);
    expect(ns).toMatch(/^cluster-fleet-default-a-very-long-[a-z0-9-]+[a-z0-9]$/);
  });

  it('derives agent-registered cluster names from the client ID', () => {
    expect(clusterNameForClientID('agent-client-id')).toBe(`cluster-${nodeSha('agent-client-id').slice(0, 12)}`);
  });
});
