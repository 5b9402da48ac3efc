// Graceful shutdown on SIGTERM (a rolling update, a node drain): readiness turns 503 so no new traffic arrives, live
// streams are closed so their browsers reconnect (EventSource does so by itself) to another replica, requests in
// flight get a few seconds to finish, the watch cache's informers stop, and the process exits 0.
// Needs NEXT_MANUAL_SIG_HANDLE=true, or Next.js's own handler exits at once with 143 (the image, the chart and the
// local scripts set it).
import { log } from '@/lib/log';

interface State {
  draining: boolean;
  inFlight: number;
  streams: Set<() => void>;
  stoppers: (() => void)[];
}

const KEY = Symbol.for('fleetdash.shutdown');
type WithState = typeof globalThis & { [KEY]?: State };

function state(): State {
  const g = globalThis as WithState;
  g[KEY] ??= { draining: false, inFlight: 0, streams: new Set(), stoppers: [] };
  return g[KEY];
}

export function isDraining(): boolean {
  return state().draining;
}

/** A live stream's stop function, called at shutdown; call the returned function when the stream ends by itself. */
export function trackStream(stop: () => void): () => void {
  const s = state();
  s.streams.add(stop);
  return () => s.streams.delete(stop);
}

export function openStreams(): number {
  return state().streams.size;
}

/** Counts a request in flight until the returned function is called. */
export function trackRequest(): () => void {
  const s = state();
  s.inFlight++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    s.inFlight--;
  };
}

/** Something to stop after the streams (the watch cache's informers). */
export function onShutdown(stop: () => void): void {
  state().stoppers.push(stop);
}

/** Drains and exits; a second signal during the drain exits at once. */
export async function shutdown(signal: string, opts: { graceMs?: number; flushMs?: number; exit?: (code: number) => void } = {}): Promise<void> {
  const { graceMs = 5000, flushMs = 500, exit = (code) => process.exit(code) } = opts;
  const s = state();
  if (s.draining) return exit(0);
  s.draining = true;
  log.info('shutting down', { signal, liveStreams: s.streams.size, inFlight: s.inFlight });
  const streams = [...s.streams];
  for (const stop of streams) stop();
  // A closed stream's last bytes (the end of its chunked body) reach the socket a moment later; exiting before that
  // would look like a dropped connection instead of a clean end.
  if (streams.length) await new Promise((r) => setTimeout(r, flushMs));
  const deadline = Date.now() + graceMs;
  while (s.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const stop of s.stoppers) {
    try {
      stop();
    } catch (e) {
      log.warn('a shutdown step failed', { error: e });
    }
  }
  log.info('shut down', { signal, unfinishedRequests: s.inFlight });
  exit(0);
}
