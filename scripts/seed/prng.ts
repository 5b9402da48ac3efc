// Deterministic randomness: every generated object draws from a PRNG seeded by its own key, so
// cluster #17 looks the same whether the seed makes 30 or 10,000 clusters.
import { createHash } from 'node:crypto';

/** 32-bit FNV-1a of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for picking demo data. */
export function prng(seed: number | string): () => number {
  let a = typeof seed === 'string' ? hash32(seed) : seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform number in [0,1) for a key, without keeping a generator around. */
export function unit(key: string): number {
  return prng(key)();
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Weighted pick: entries are [item, weight]. */
export function pickWeighted<T>(rand: () => number, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of entries) {
    r -= w;
    if (r < 0) return item;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error('pickWeighted from an empty list');
  return last[0];
}

export function sha256hex(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** A 40-hex "git commit" derived from a key. */
export function fakeCommit(key: string): string {
  return sha256hex(`commit:${key}`).slice(0, 40);
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
