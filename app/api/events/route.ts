// Live updates: one Server-Sent Events stream per browser tab.
//   GET /api/events?kinds=gitrepos,clusters&workspace=fleet-default[&since=<event id>]
// Sends `change` messages [{ kind, workspace, names: ["namespace/name", ...] }] for the kinds and workspace asked for,
// only where the person may list that kind (the same RBAC check as the list routes). Each message carries the change
// feed's `id:`, so the browser's automatic reconnect (Last-Event-ID) resumes where it left off; when the server no
// longer has those events (restart, too old) it sends `refetch` and the tab reloads what it shows.
import { getCache, type CacheKind } from '@/lib/cache';
import { accessChecker } from '@/lib/cache/authz';
import type { FeedEvent } from '@/lib/cache/feed';
import { ALL, groupEvents, parseEventsQuery, sseMessage, type LiveBatch } from '@/lib/cache/live';
import { KIND_WORDS, mayList } from '@/lib/http/read';
import { asPerson, jsonError } from '@/lib/http/route';

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
    const checker = accessChecker(person.identity);
    const allowedKinds = async (ws: string) => (await Promise.all(kinds.map((k) => mayList(checker, k, ws)))).some(Boolean);
    if (workspace !== ALL && !(await allowedKinds(workspace))) {
      return jsonError(403, `You are not allowed to list ${kinds.map((k) => KIND_WORDS[k]).join(' or ')} in workspace ${workspace}.`);
    }
    const cache = getCache();
    const kindSet = new Set<CacheKind>(kinds);
    const encoder = new TextEncoder();
    let stop = () => {};

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let closed = false;
        const send = (s: string) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(s));
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
          send(skippedId ? `: ping\nid: ${skippedId}\n\n` : ': ping\n\n');
          skippedId = undefined;
        }, HEARTBEAT_MS);

        stop = () => {
          if (closed) return;
          closed = true;
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
    });

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
