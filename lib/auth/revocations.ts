// One replica's view of the signed-out sessions: what it revoked itself (refused at once, even if the shared store is
// out of reach) merged with the shared list, which it re-reads at most every `ttlMs` when asked to be fresh. Writes
// go through the store's optimistic concurrency (read, add, write with the version read; on a conflict, again), so
// replicas signing people out at the same moment never drop each other's entries. No I/O of its own: the store does it.
import { log } from '@/lib/log';
import { emptyRevocations, mergeRevocations, refuses, revocationId, withRevocation, type RevocationList } from './revocation-list';
import { SESSION_MAX_AGE_S } from './session';

export interface RevocationStore {
  /** Where the list lives, for messages. */
  readonly where: string;
  read(): Promise<{ list: RevocationList; version: string }>;
  /** Resolves false when the list changed since `version` was read (write again). */
  write(list: RevocationList, version: string): Promise<boolean>;
}

const WRITE_ATTEMPTS = 8;

export class Revocations {
  private local = emptyRevocations();
  private shared = emptyRevocations();
  private readAt = -Infinity;
  private reading: Promise<void> | undefined;
  private failing = false;

  constructor(
    private readonly store: RevocationStore | undefined,
    private readonly ttlMs = 2000,
    private readonly clock = () => Date.now(),
  ) {}

  /** Refused here from now on; resolves once the shared list holds it too (or the store failed, logged). */
  async revoke(s: { csrf: string; iat: number }): Promise<void> {
    const nowS = Math.floor(this.clock() / 1000);
    const id = revocationId(s.csrf);
    const exp = s.iat + SESSION_MAX_AGE_S;
    this.local = withRevocation(this.local, id, exp, nowS);
    if (!this.store) return;
    try {
      for (let i = 0; i < WRITE_ATTEMPTS; i++) {
        const { list, version } = await this.store.read();
        // This replica's earlier sign-outs ride along, in case the store was out of reach when they happened.
        const next = withRevocation(mergeRevocations(list, this.local), id, exp, nowS);
        if (await this.store.write(next, version)) {
          this.shared = next;
          this.readAt = this.clock();
          this.ok();
          return;
        }
      }
      throw new Error(`still conflicting after ${WRITE_ATTEMPTS} attempts`);
    } catch (err) {
      this.fail('recording a sign-out', err);
    }
  }

  /** Re-read the shared list when the last read is older than the TTL; one read at a time; never throws. */
  fresh(): Promise<void> {
    if (!this.store || this.clock() - this.readAt < this.ttlMs) return Promise.resolve();
    this.reading ??= this.store
      .read()
      .then(({ list }) => {
        this.shared = list;
        this.readAt = this.clock();
        this.ok();
      })
      .catch((err: unknown) => {
        // Keep what was read before; try again on the next request after the TTL.
        this.readAt = this.clock();
        this.fail('reading the sign-outs', err);
      })
      .finally(() => (this.reading = undefined));
    return this.reading;
  }

  isRevoked(s: { csrf: string; iat: number }): boolean {
    return refuses(this.local, s) || refuses(this.shared, s);
  }

  /** Everything known here (for tests and diagnostics). */
  known(): RevocationList {
    return mergeRevocations(this.local, this.shared);
  }

  private ok() {
    if (this.failing) log.info('sign-outs are shared between replicas again', { store: this.store?.where });
    this.failing = false;
  }

  private fail(what: string, err: unknown) {
    if (!this.failing) {
      log.warn(`${what} failed: sign-outs are refused by this replica only until a later one is stored`, {
        store: this.store?.where,
        error: err instanceof Error ? err.message : String(err),
      });
    }
    this.failing = true;
  }
}
