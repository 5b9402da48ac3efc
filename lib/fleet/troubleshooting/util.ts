// Small helpers shared by detectors.
import type { ObjectRef } from './types';

export const LABEL_CLUSTER = 'fleet.cattle.io/cluster';
export const LABEL_CLUSTER_NS = 'fleet.cattle.io/cluster-namespace';
export const LABEL_BUNDLE = 'fleet.cattle.io/bundle-name';
export const LABEL_BUNDLE_NS = 'fleet.cattle.io/bundle-namespace';
export const LABEL_REPO = 'fleet.cattle.io/repo-name';

export const key = (ns: string | undefined, name: string) => `${ns ?? ''}/${name}`;

/** The order localeCompare gives, from one collator: localeCompare builds one per call (~10 µs), which at thousands
 * of clusters per finding is most of a request. */
export const byText = new Intl.Collator().compare;

export function ref(kind: ObjectRef['kind'], m: { name: string; namespace?: string }, note?: string): ObjectRef {
  return note ? { kind, namespace: m.namespace ?? '', name: m.name, note } : { kind, namespace: m.namespace ?? '', name: m.name };
}

/** "3 days", "2 hours", "5 minutes": how long ago, in words. */
export function ago(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} minute${min === 1 ? '' : 's'}`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} hour${h === 1 ? '' : 's'}`;
  const d = Math.round(h / 24);
  return `${d} day${d === 1 ? '' : 's'}`;
}

/** Plural helper: "1 cluster", "3 clusters". */
export const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Lists at most `max` names, then "and N more". */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
