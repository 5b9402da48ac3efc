// Change feed for live updates. Changes are coalesced per object over a short window (10,000 status writes to the
// same objects become one event each), then numbered and kept in a ring buffer so an SSE client can resume from
// Last-Event-ID. Event ids carry the process epoch: after a restart old ids are unknown → the client refetches.
import type { CacheKind } from './kinds';
import type { Change } from './store';

export interface FeedEvent extends Change {
  seq: number;
  /** `${epoch}-${seq}`, what SSE sends as `id:`. */
  id: string;
}

export type FeedListener = (events: FeedEvent[]) => void;

/** What a resuming client gets: the events after its id, or `refetch` when they are no longer (or never were) here. */
export type ResumeResult = { events: FeedEvent[] } | { refetch: true };

export interface FeedOptions {
  capacity?: number;
  coalesceMs?: number;
  epoch?: string;
}

export class ChangeFeed {
  readonly epoch: string;
  private seq = 0;
  private readonly ring: (FeedEvent | undefined)[];
  private readonly pending = new Map<string, Change>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<FeedListener>();
  private readonly coalesceMs: number;

  constructor(o: FeedOptions = {}) {
    this.ring = new Array(o.capacity ?? 10_000);
    this.coalesceMs = o.coalesceMs ?? 100;
    this.epoch = o.epoch ?? Date.now().toString(36);
  }

  /** Last id handed out (what a fresh client that just fetched a page should resume from). */
  get lastId(): string {
    return `${this.epoch}-${this.seq}`;
  }

  push(c: Change): void {
    // Last write per object wins; an upsert after a delete (recreate) is just the upsert.
    const k = `${c.kind}\u0000${c.namespace}\u0000${c.name}`;
    this.pending.delete(k); // re-insert so flush order follows the latest change
    this.pending.set(k, c);
    if (this.coalesceMs <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.coalesceMs);
  }

  /** Publishes what is pending now (also used by tests instead of waiting). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending.size) return;
    const batch: FeedEvent[] = [];
    for (const c of this.pending.values()) {
      const seq = ++this.seq;
      const ev: FeedEvent = { ...c, seq, id: `${this.epoch}-${seq}` };
      this.ring[seq % this.ring.length] = ev;
      batch.push(ev);
    }
    this.pending.clear();
    for (const l of this.listeners) {
      try {
        l(batch);
      } catch {
        // one broken subscriber (a closed SSE stream) must not starve the others
      }
    }
  }

  subscribe(l: FeedListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** Events after `lastEventId`, optionally only for some kinds. */
  since(lastEventId: string, kinds?: ReadonlySet<CacheKind>): ResumeResult {
    const m = /^([0-9a-z]+)-(\d+)$/.exec(lastEventId);
    if (!m || m[1] !== this.epoch) return { refetch: true };
    const from = Number(m[2]);
    if (from > this.seq) return { refetch: true };
    const oldest = Math.max(1, this.seq - this.ring.length + 1);
    if (from + 1 < oldest) return { refetch: true };
    const events: FeedEvent[] = [];
    for (let s = from + 1; s <= this.seq; s++) {
      const ev = this.ring[s % this.ring.length];
      if (ev && ev.seq === s && (!kinds || kinds.has(ev.kind))) events.push(ev);
    }
    return { events };
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.listeners.clear();
  }
}
