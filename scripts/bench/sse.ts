// A minimal Server-Sent Events client for the bench (Node has no EventSource): reads the stream, splits messages,
// and lets the caller wait for the first message matching a predicate.
export interface SseEvent {
  event: string;
  id: string;
  data: string;
}

export interface SseClient {
  waitFor(match: (e: SseEvent) => boolean, timeoutMs: number): Promise<SseEvent>;
  close(): void;
}

/** Parses complete messages out of `buf`; answers them and the unparsed rest. */
export function parseSse(buf: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  let at = 0;
  for (;;) {
    const end = buf.indexOf('\n\n', at);
    if (end < 0) break;
    const block = buf.slice(at, end);
    at = end + 2;
    const e: SseEvent = { event: 'message', id: '', data: '' };
    let hasData = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'event') e.event = value;
      else if (field === 'id') e.id = value;
      else if (field === 'data') {
        e.data = hasData ? `${e.data}\n${value}` : value;
        hasData = true;
      }
    }
    if (hasData) events.push(e);
  }
  return { events, rest: buf.slice(at) };
}

export async function openSse(url: string): Promise<SseClient> {
  const ctrl = new AbortController();
  const res = await fetch(url, { signal: ctrl.signal, headers: { accept: 'text/event-stream' } });
  if (!res.ok || !res.body) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  const waiters = new Set<{ match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }>();
  let ready: () => void = () => {};
  const gotReady = new Promise<void>((r) => (ready = r));
  void (async () => {
    const decoder = new TextDecoder();
    let buf = '';
    const reader = res.body!.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const parsed = parseSse(buf + decoder.decode(value, { stream: true }));
        buf = parsed.rest;
        for (const e of parsed.events) {
          if (e.event === 'ready') ready();
          for (const w of waiters) {
            if (w.match(e)) {
              waiters.delete(w);
              w.resolve(e);
            }
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  await gotReady;
  return {
    waitFor(match, timeoutMs) {
      return new Promise((resolve, reject) => {
        const w = {
          match,
          resolve: (e: SseEvent) => {
            clearTimeout(t);
            resolve(e);
          },
        };
        const t = setTimeout(() => {
          waiters.delete(w);
          reject(new Error(`no matching SSE event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(w);
      });
    },
    close: () => ctrl.abort(),
  };
}
