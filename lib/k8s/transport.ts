// One JSON request to the API server as an identity, over node:https with the kubeconfig's TLS
// settings. Deliberately tiny: lib/k8s/client.ts decides which paths exist.
import https from 'node:https';
import http from 'node:http';
import type { KubeConfig } from '@kubernetes/client-node';
import { kubeConfigForContext, kubeConfigWithoutUser } from './config';
import { K8sError } from './errors';
import type { Identity } from './identity';
import { serviceIdentity } from './service';

export interface K8sRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute API path, already escaped (built only by client.ts). */
  path: string;
  body?: unknown;
  contentType?: 'application/json' | 'application/merge-patch+json';
  /** Accept header; e.g. PartialObjectMetadata so a Secret's existence can be checked without reading its data. */
  accept?: string;
  /** Deadline for the whole request (connect, send, answer); default DEFAULT_DEADLINE_MS. */
  timeoutMs?: number;
}

/**
 * Every request to the API server as a person ends within this: a hung API server (process stopped, connections
 * open) would otherwise hold a page's request until the socket's own timeouts, minutes later. Kept under the ~10 s
 * in which a person expects an answer; the API server answers reads and writes of single objects in milliseconds.
 */
export const DEFAULT_DEADLINE_MS = 8_000;

/** The error a request past its deadline fails with (mapped to 504 in words by lib/k8s/errors.ts). */
export const DEADLINE_CODE = 'FLEETDASH_DEADLINE';

const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

async function requestOptions(kc: KubeConfig): Promise<https.RequestOptions> {
  const opts: https.RequestOptions = {};
  await kc.applyToHTTPSOptions(opts);
  return opts;
}

function serverOf(kc: KubeConfig): URL {
  const server = kc.getCurrentCluster()?.server;
  if (!server) throw new Error('kubeconfig has no server for its current cluster');
  return new URL(server);
}

function kubeConfigFor(identity: Identity): KubeConfig {
  if (identity.type === 'context') return kubeConfigForContext(identity.context);
  if (identity.type === 'impersonate') {
    const own = serviceIdentity();
    if (own.type !== 'context') throw new Error('the dashboard has no credentials of its own to impersonate with');
    return kubeConfigForContext(own.context);
  }
  return kubeConfigWithoutUser();
}

export async function k8sRequest<T = unknown>(identity: Identity, req: K8sRequest): Promise<T> {
  const kc = kubeConfigFor(identity);
  const opts = await requestOptions(kc);
  const headers: Record<string, string | string[]> = { accept: req.accept ?? 'application/json', ...(opts.headers as Record<string, string> | undefined) };
  if (identity.type === 'token') headers.authorization = `Bearer ${identity.token}`;
  if (identity.type === 'impersonate') {
    // The API server authorizes the request as this person (and its audit log records both).
    headers['impersonate-user'] = identity.username;
    if (identity.groups.length) headers['impersonate-group'] = identity.groups;
  }
  const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
  if (payload) {
    headers['content-type'] = req.contentType ?? 'application/json';
    headers['content-length'] = String(payload.length);
  }
  const server = serverOf(kc);
  const url = new URL(server.pathname.replace(/\/$/, '') + req.path, server);
  const mod = url.protocol === 'http:' ? http : https;
  const deadlineMs = req.timeoutMs ?? DEFAULT_DEADLINE_MS;
  return new Promise<T>((resolve, reject) => {
    const deadline = setTimeout(() => {
      r.destroy(Object.assign(new Error(`no answer within ${deadlineMs / 1000} s`), { code: DEADLINE_CODE, deadlineMs }));
    }, deadlineMs);
    const settle = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => {
      clearTimeout(deadline);
      f(...a);
    };
    resolve = settle(resolve);
    reject = settle(reject);
    const r = mod.request(url, { ...opts, method: req.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_RESPONSE_BYTES) r.destroy(new Error('response too large'));
        else chunks.push(c);
      });
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON: keep the text (proxies and load balancers answer in HTML or plain text)
        }
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve(body as T);
        else reject(K8sError.fromResponse(status, body));
      });
      res.on('error', (e) => reject(K8sError.network(e)));
    });
    r.on('error', (e) => reject(K8sError.network(e)));
    if (payload) r.write(payload);
    r.end();
  });
}
