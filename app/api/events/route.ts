// Live updates: one Server-Sent Events stream per browser tab.
//   GET /api/events?kinds=gitrepos,clusters&workspace=fleet-default[&since=<event id>]
// Sends `change` messages [{ kind, workspace, names: ["namespace/name", ...] }] for the kinds and workspace asked for,
// only where the person may list that kind (the same RBAC check as the list routes). Each message carries the change
// feed's `id:`, so the browser's automatic reconnect (Last-Event-ID) resumes where it left off; when the server no
// longer has those events (restart, too old) it sends `refetch` and the tab reloads what it shows.
// Bounded: a few streams per person and a total (lib/cache/streams.ts); a client that stops reading is cut off once
// its queue passes a bound (it reconnects and resumes); each heartbeat re-checks the session and the person's access,
// so a stream ends (`ended`) at sign-out, session expiry or a token the API server no longer accepts. At shutdown
// (SIGTERM, lib/server/shutdown.ts) every stream is closed so its browser reconnects to another replica.
import { getCache, type CacheKind } from '@/lib/cache';
import { accessChecker, personKey } from '@/lib/cache/authz';
import { boundedEnqueue, maxQueueBytesFromEnv, streamSlots } from '@/lib/cache/streams';
import { freshRevocations, sessionEnded } from '@/lib/auth/revoked';
import { K8sError } from '@/lib/k8s/errors';
import type { FeedEvent } from '@/lib/cache/feed';
import { ALL, groupEvents, parseEventsQuery, sseMessage, type LiveBatch } from '@/lib/cache/live';
import { KIND_WORDS, mayList } from '@/lib/http/read';
import { asPerson, jsonError } from '@/lib/http/route';
import { isDraining, trackStream } from '@/lib/server/shutdown';

export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 15_000;
/** Browser reconnect delay after a dropped connection. */
const RETRY_MS = 2_000;
/** How often the stream checks whether the cache still follows the API server. */
const UPSTREAM_CHECK_MS = 2_000;

export async function GET(req: Request) {
  const parsed = parseEventsQuery(new URL(req.url).searchParams, req.headers.get('last-event-id'));
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { kinds, workspace, since } = parsed.value;

  return asPerson(req, async (person) => {
    // Shutting down: this replica takes no new streams; the browser retries and reaches another one.
    if (isDraining()) {
      const res = jsonError(503, 'This dashboard server is shutting down; live updates reconnect to another one.');
      res.headers.set('retry-after', '1');
      return res;
    }
    const checker = accessChecker(person.identity);
    const allowedKinds = async (ws: string) => (await Promise.all(kinds.map((k) => mayList(checker, k, ws)))).some(Boolean);
    if (workspace !== ALL && !(await allowedKinds(workspace))) {
      return jsonError(403, `You are not allowed to list ${kinds.map((k) => KIND_WORDS[k]).join(' or ')} in workspace ${workspace}.`);
    }
    const slot = streamSlots().acquire(personKey(person.identity));
    if (!slot.ok) {
      const res = jsonError(slot.status, slot.message);
      res.headers.set('retry-after', String(slot.retryAfterSeconds));
      return res;
    }
    const cache = getCache();
    const kindSet = new Set<CacheKind>(kinds);
    const encoder = new TextEncoder();
    let stop = () => slot.release();

    /** Why this stream must end now (sign-out, expiry, a token no longer accepted, access withdrawn), or undefined. */
    const ended = async (): Promise<string | undefined> => {
      if (person.session) await freshRevocations();
      const s = person.session && sessionEnded(person.session);
      if (s) return s;
      try {
        if (workspace !== ALL && !(await allowedKinds(workspace))) return `You are no longer allowed to list ${kinds.map((k) => KIND_WORDS[k]).join(' or ')} in workspace ${workspace}.`;
      } catch (e) {
        if (e instanceof K8sError && e.httpStatus === 401) return 'The Kubernetes API server no longer accepts your sign-in. Sign in again.';
        // Anything else (the API server out of reach) is not the person's doing: the upstream message says it.
      }
      return undefined;
    };

    const stream = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          let closed = false;
          const send = (s: string) => {
            if (closed) return;
            try {
              // A client that stops reading: past the bound, drop it rather than queue without end.
              boundedEnqueue(controller, encoder.encode(s), () => {
                // error(), not close(): drops what is queued at once instead of keeping it for a reader that never comes.
                controller.error(new Error('live stream client stopped reading'));
                stop();
              });
            } catch {
              stop();
            }
          };
          // RBAC checks are async: a chain keeps messages (and their ids) in feed order.
          let chain = Promise.resolve();
          let skippedId: string | undefined;
          const deliver = (events: readonly FeedEvent[], lastId: string) => {
            chain = chain.then(async () => {
              const groups = groupEvents(events, kindSet, workspace);
              const ok = await Promise.all(groups.map((g) => mayList(checker, g.kind, g.workspace).catch(() => false)));
              const visible: LiveBatch[] = groups.filter((_, i) => ok[i]);
              if (visible.length) {
                send(sseMessage('change', visible, lastId));
                skippedId = undefined;
              } else skippedId = lastId; // sent with the next heartbeat, so a resume does not replay what this tab skipped

            });
          };

          send(`retry: ${RETRY_MS}\n\n`);
          // Subscribing and reading the backlog happen in one synchronous step: the feed publishes from a timer, so no
          // batch can fall between the two.
          const unsubscribe = cache.subscribe((batch) => {
            if (batch.length) deliver(batch, batch[batch.length - 1]!.id);
          });
          if (since) {
            const r = cache.since(since, kindSet);
            if ('refetch' in r) send(sseMessage('refetch', { kinds }, cache.feed.lastId));
            else deliver(r.events, cache.feed.lastId);
          } else {
            send(sseMessage('ready', { kinds, workspace }, cache.feed.lastId));
          }
          // The tab's indicator shows when the cache itself cannot follow the API server (restart, outage).
          let upstream: string | undefined;
          const checkUpstream = () => {
            const problem = cache.upstreamProblem(kinds);
            if (problem === upstream) return;
            upstream = problem;
            send(sseMessage('upstream', problem ? { ok: false, message: problem } : { ok: true }));
          };
          checkUpstream();
          const upstreamTimer = setInterval(checkUpstream, UPSTREAM_CHECK_MS);
          // An id with no data moves the browser's Last-Event-ID forward without dispatching an event.
          const heartbeat = setInterval(() => {
            void ended().then((why) => {
              if (why) {
                send(sseMessage('ended', { message: why }));
                stop();
                return;
              }
              send(skippedId ? `: ping\nid: ${skippedId}\n\n` : ': ping\n\n');
              skippedId = undefined;
            });
          }, HEARTBEAT_MS);

          // At shutdown the stream ends normally, so the browser's EventSource reconnects (to another replica).
          const untrack = trackStream(() => stop());
          stop = () => {
            if (closed) return;
            closed = true;
            untrack();
            slot.release();
            clearInterval(heartbeat);
            clearInterval(upstreamTimer);
            unsubscribe();
            req.signal.removeEventListener('abort', stop);
            try {
              controller.close();
            } catch {
              // already closed by the client
            }
          };
          req.signal.addEventListener('abort', stop);
        },
        cancel() {
          stop();
        },
      },
      new ByteLengthQueuingStrategy({ highWaterMark: maxQueueBytesFromEnv() }),
    );

    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        // no-transform: keeps compression middleware from buffering the stream.
        'cache-control': 'no-cache, no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      },
    });
  });
}
