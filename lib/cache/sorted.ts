// A kind's entries in ascending order of one sort column, built once and then patched by binary search as entries
// change: a status write to one of 100,000 BundleDeployments costs two array splices, not a re-sort.
import type { Entry } from './store';

/** Ascending by the column's value, ties broken by key, so every entry has exactly one position. */
export function compareBy(col: number): (a: Entry, b: Entry) => number {
  return (a, b) => {
    const va = a.sort[col]!;
    const vb = b.sort[col]!;
    if (va < vb) return -1;
    if (va > vb) return 1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}

export class SortedView {
  private arr: Entry[] | undefined;
  /** key → the entry currently in `arr` (undefined: not in it) for changes not yet applied. */
  private pending = new Map<string, Entry | undefined>();
  private readonly cmp: (a: Entry, b: Entry) => number;

  constructor(
    private readonly col: number,
    private readonly all: () => Iterable<Entry>,
    private readonly lookup: (key: string) => Entry | undefined,
    /** Only entries passing this are in the view (e.g. one state), so a filtered page needs no scan. */
    private readonly member: (e: Entry) => boolean = () => true,
  ) {
    this.cmp = compareBy(col);
  }

  changed(key: string, old: Entry | undefined): void {
    if (this.arr && !this.pending.has(key)) this.pending.set(key, old);
  }

  get(): readonly Entry[] {
    const arr = this.arr;
    // Past a few thousand changes (a relist, a fleet-wide rollout) one sort beats many splices.
    if (!arr || this.pending.size > Math.max(2000, arr.length / 20)) return this.rebuild();
    try {
      for (const [key, inArr] of this.pending) {
        const was = inArr && this.member(inArr) ? inArr : undefined;
        const found = this.lookup(key);
        const cur = found && this.member(found) ? found : undefined;
        if (was && cur && was.sort[this.col] === cur.sort[this.col]) {
          arr[this.find(arr, was)] = cur; // same position: swap in place
          continue;
        }
        if (was) arr.splice(this.find(arr, was), 1);
        if (cur) arr.splice(this.insertionPoint(arr, cur), 0, cur);
      }
    } catch {
      return this.rebuild(); // cannot happen unless entries were mutated in place; recover rather than serve a wrong order
    }
    this.pending.clear();
    return arr;
  }

  private rebuild(): Entry[] {
    this.pending.clear();
    this.arr = Array.from(this.all()).filter(this.member).sort(this.cmp);
    return this.arr;
  }

  private insertionPoint(arr: Entry[], e: Entry): number {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(arr[mid]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private find(arr: Entry[], e: Entry): number {
    const i = this.insertionPoint(arr, e);
    if (arr[i]?.key !== e.key) throw new Error(`sorted view out of step at ${e.key}`);
    return i;
  }
}
