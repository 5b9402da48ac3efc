// Raw streaming HTTP to the API server with node:https. Not client-node's generated clients: at 100,000 objects their
// per-object deserialisation costs more than JSON.parse, and its Watch has a fixed 30 s inactivity abort.
import http from 'node:http';
import https from 'node:https';
import { StringDecoder } from 'node:string_decoder';
import type { KubeConfig } from '@kubernetes/client-node';
import { KubeHttpError, type KubeTransport, type ListPage, type WatchEvent } from './types';

interface Options {
  /** End a watch that has been silent this long: bookmarks come at least every minute, so silence means a dead
   * connection or a hung server; the informer reconnects, and a hung server then fails that reconnect's deadline. */
  idleTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Until the response headers of a list or watch arrive (a stopped API server accepts connections, never answers). */
  headersTimeoutMs?: number;
}

export function httpTransport(kc: KubeConfig, options: Options = {}): KubeTransport {
  const idleTimeoutMs = options.idleTimeoutMs ?? 75_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
  const headersTimeoutMs = options.headersTimeoutMs ?? 15_000;
  let agent: http.Agent | undefined;

  async function requestOptions(): Promise<{ url: string; opts: https.RequestOptions; mod: typeof https | typeof http }> {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error('kubeconfig has no current cluster');
    const opts: https.RequestOptions = {};
    // Per request: exec/OIDC credentials may have been refreshed.
    await kc.applyToHTTPSOptions(opts);
    const isHttp = cluster.server.startsWith('http:');
    if (!cluster.proxyUrl) {
      // Keep-alive agent of our own (client-node's has none): a 100k-object list is ~200 page requests.
      agent ??= isHttp
        ? new http.Agent({ keepAlive: true })
        : new https.Agent({
            keepAlive: true,
            ca: opts.ca,
            cert: opts.cert,
            key: opts.key,
            ...(opts.rejectUnauthorized !== undefined ? { rejectUnauthorized: opts.rejectUnauthorized } : {}),
          });
      opts.agent = agent;
    }
    return { url: cluster.server.replace(/\/+$/, ''), opts, mod: isHttp ? http : https };
  }

  function errorFrom(status: number, body: string): KubeHttpError {
    try {
      const s = JSON.parse(body) as { message?: string; reason?: string };
      return new KubeHttpError(status, s.message ?? `HTTP ${status}`, s.reason);
    } catch {
      return new KubeHttpError(status, `HTTP ${status}: ${body.slice(0, 200)}`);
    }
  }

  async function get(path: string, query: Record<string, string>, signal: AbortSignal | undefined, headersWithinMs = headersTimeoutMs) {
    const { url, opts, mod } = await requestOptions();
    const qs = new URLSearchParams(query).toString();
    const target = new URL(url + path + (qs ? `?${qs}` : ''));
    return new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = mod.request(target, { ...opts, method: 'GET', signal, headers: { ...opts.headers, Accept: 'application/json' } }, (res) => {
        clearTimeout(deadline);
        resolve(res);
      });
      const deadline = setTimeout(() => req.destroy(new Error(`GET ${path}: no answer from the API server within ${headersWithinMs / 1000} s`)), headersWithinMs);
      req.on('error', (e) => {
        clearTimeout(deadline);
        reject(e);
      });
      req.on('socket', (s) => s.setKeepAlive(true, 30_000));
      req.end();
    });
  }

  /**
   * The body as one string, decoded chunk by chunk: no Buffer.concat copy of a multi-MB list page outside V8's heap
   * (freed malloc memory that glibc keeps is resident memory the heap limit does not bound).
   */
  async function readAll(res: http.IncomingMessage): Promise<string> {
    res.setEncoding('utf8');
    let body = '';
    for await (const c of res) body += c as string;
    return body;
  }

  return {
    async probe(timeoutMs): Promise<void> {
      // Any answer counts (even 401/403/500): the question is whether the API server process answers at all.
      const res = await get('/readyz', {}, undefined, timeoutMs);
      res.resume();
    },

    async listPage(path, query, signal): Promise<ListPage> {
      const res = await get(path, query, signal);
      res.setTimeout(requestTimeoutMs, () => res.destroy(new Error(`list ${path}: timed out`)));
      const body = await readAll(res);
      if (res.statusCode !== 200) throw errorFrom(res.statusCode ?? 0, body);
      const list = JSON.parse(body) as { items?: ListPage['items']; metadata?: { resourceVersion?: string; continue?: string; remainingItemCount?: number } };
      return {
        items: list.items ?? [],
        resourceVersion: list.metadata?.resourceVersion ?? '',
        continueToken: list.metadata?.continue || undefined,
        remainingItemCount: list.metadata?.remainingItemCount,
      };
    },

    async watch(path, query, onEvent, signal): Promise<void> {
      const res = await get(path, { ...query, watch: 'true' }, signal);
      if (res.statusCode !== 200) throw errorFrom(res.statusCode ?? 0, await readAll(res));
      const decoder = new StringDecoder('utf8');
      let rest = '';
      await new Promise<void>((resolve, reject) => {
        // A quiet kind (no objects, so no bookmarks either) is not an outage: end this watch normally and let the
        // informer start the next one from the same resourceVersion; a dead server fails that reconnect instead.
        res.setTimeout(idleTimeoutMs, () => {
          resolve();
          res.destroy();
        });
        res.on('data', (chunk: Buffer) => {
          rest += decoder.write(chunk);
          let start = 0;
          let nl: number;
          while ((nl = rest.indexOf('\n', start)) >= 0) {
            const line = rest.slice(start, nl);
            start = nl + 1;
            if (!line.trim()) continue;
            let ev: WatchEvent;
            try {
              ev = JSON.parse(line) as WatchEvent;
            } catch (e) {
              res.destroy(new Error(`watch ${path}: bad JSON line: ${(e as Error).message}`));
              return;
            }
            try {
              onEvent(ev);
            } catch (e) {
              res.destroy(e as Error);
              return;
            }
          }
          rest = rest.slice(start);
        });
        res.on('end', resolve);
        res.on('error', reject);
        res.on('close', () => (res.complete ? resolve() : reject(res.errored ?? new Error(`watch ${path}: connection closed`))));
      });
    },
  };
}
