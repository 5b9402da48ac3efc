// Limits on live streams (GET /api/events): how many one person and the whole process may hold open, and how much a
// stream may queue for a client that does not read. Each open stream costs a feed subscription, timers and, while
// the client is slow, memory; without limits one script could hold thousands or make the server queue without end.

export interface SlotLimits {
  total: number;
  perPerson: number;
}

export type Acquired = { ok: true; release: () => void } | { ok: false; status: 429 | 503; message: string; retryAfterSeconds: number };

/** Counts open streams per person and in total; acquire() before a stream starts, release() when it ends. */
export class StreamSlots {
  private readonly byPerson = new Map<string, number>();
  private open = 0;

  constructor(readonly limits: SlotLimits) {}

  get total(): number {
    return this.open;
  }

  countFor(person: string): number {
    return this.byPerson.get(person) ?? 0;
  }

  acquire(person: string): Acquired {
    const mine = this.countFor(person);
    if (mine >= this.limits.perPerson) {
      return {
        ok: false,
        status: 429,
        message: `You already have ${mine} live streams open (at most ${this.limits.perPerson} per person). Close some dashboard tabs; this one is not live until then.`,
        retryAfterSeconds: 30,
      };
    }
    if (this.open >= this.limits.total) {
      return { ok: false, status: 503, message: `The dashboard serves at most ${this.limits.total} live streams at once and is at that limit. Try again shortly.`, retryAfterSeconds: 10 };
    }
    this.open++;
    this.byPerson.set(person, mine + 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.open--;
        const n = this.countFor(person) - 1;
        if (n > 0) this.byPerson.set(person, n);
        else this.byPerson.delete(person);
      },
    };
  }
}

const num = (v: string | undefined, d: number) => (v && Number.isSafeInteger(Number(v)) && Number(v) > 0 ? Number(v) : d);

/** Defaults: 8 per person (a few tabs each), 1,000 in total; FLEETDASH_MAX_STREAMS[_PER_PERSON] override. */
export function slotLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SlotLimits {
  return { total: num(env.FLEETDASH_MAX_STREAMS, 1000), perPerson: num(env.FLEETDASH_MAX_STREAMS_PER_PERSON, 8) };
}

/** Bytes a stream may have queued for its client before it is closed (the browser reconnects and resumes). */
export function maxQueueBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return num(env.FLEETDASH_STREAM_MAX_QUEUE_BYTES, 1024 * 1024);
}

const KEY = Symbol.for('fleetdash.streamSlots');
type WithSlots = typeof globalThis & { [KEY]?: StreamSlots };

/** The process-wide counter (on globalThis: every route bundle of one process shares it). */
export function streamSlots(): StreamSlots {
  const g = globalThis as WithSlots;
  g[KEY] ??= new StreamSlots(slotLimitsFromEnv());
  return g[KEY];
}

/**
 * Enqueues into a stream whose queuing strategy counts bytes (highWaterMark = the bound). When what the client has not
 * read reaches the bound (desiredSize ≤ 0), calls onOverflow once instead of queueing more.
 */
export function boundedEnqueue(controller: ReadableStreamDefaultController<Uint8Array>, chunk: Uint8Array, onOverflow: () => void): boolean {
  controller.enqueue(chunk);
  if ((controller.desiredSize ?? 1) <= 0) {
    onOverflow();
    return false;
  }
  return true;
}
