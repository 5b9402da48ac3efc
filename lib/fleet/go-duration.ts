// Go's time.Duration text ("15s", "1h30m", "500ms"), as Fleet's CRDs and its controller config carry it.

export const DURATION_RE = /^([0-9]+([.][0-9]+)?(ns|us|µs|ms|s|m|h))+$/;
const PART_RE = /([0-9]+)(?:[.]([0-9]+))?(ns|us|µs|ms|s|m|h)/g;
const UNIT_NS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};
export const MAX_DURATION_NS = 2562047n * UNIT_NS.h!;

/** Duration in nanoseconds, truncating fractions like Go's time.ParseDuration. */
export function durationNs(value: string): bigint {
  let total = 0n;
  for (const [, int = '0', frac = '', unit = 'ns'] of value.matchAll(PART_RE)) {
    const scale = UNIT_NS[unit] ?? 1n;
    total += BigInt(int) * scale;
    if (frac) total += (BigInt(frac) * scale) / 10n ** BigInt(frac.length);
  }
  return total;
}

/** Milliseconds of a Go duration, or undefined when the text is not one. */
export function durationMs(value: string | undefined): number | undefined {
  if (!value || !DURATION_RE.test(value)) return undefined;
  return Number(durationNs(value) / 1000000n);
}
