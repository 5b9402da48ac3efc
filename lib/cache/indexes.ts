// Secondary indexes: value → set of object keys, updated incrementally as entries change.
import { INDEX_NAMES, type IndexName, type IndexValues } from './derive';

const EMPTY: ReadonlySet<string> = new Set();

export class Indexes {
  private readonly maps = new Map<IndexName, Map<string, Set<string>>>(INDEX_NAMES.map((n) => [n, new Map()]));

  /** Moves `key` from its old index values to its new ones; unchanged values cost one string compare. */
  update(key: string, before: IndexValues | undefined, after: IndexValues | undefined): void {
    for (const name of INDEX_NAMES) {
      const a = before?.[name];
      const b = after?.[name];
      if (a === b) continue;
      const m = this.maps.get(name)!;
      if (a !== undefined) {
        const s = m.get(a);
        if (s) {
          s.delete(key);
          if (s.size === 0) m.delete(a);
        }
      }
      if (b !== undefined) {
        let s = m.get(b);
        if (!s) m.set(b, (s = new Set()));
        s.add(key);
      }
    }
  }

  get(name: IndexName, value: string): ReadonlySet<string> {
    return this.maps.get(name)!.get(value) ?? EMPTY;
  }

  /** Distinct values of an index with their sizes (e.g. which workspaces hold objects of this kind). */
  values(name: IndexName): Map<string, number> {
    const out = new Map<string, number>();
    for (const [v, s] of this.maps.get(name)!) out.set(v, s.size);
    return out;
  }

  clear(): void {
    for (const m of this.maps.values()) m.clear();
  }
}
