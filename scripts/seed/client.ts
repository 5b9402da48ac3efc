// Minimal Kubernetes REST client for the seed: kubeconfig (token or client cert) → fetch over an undici
// Agent with the cluster CA, keep-alive, and a bounded pool of requests in flight.
import fs from 'node:fs';
import path from 'node:path';
import { Agent, fetch } from 'undici';
import YAML from 'yaml';

export interface KubeTarget {
  server: string;
  headers: Record<string, string>;
  dispatcher: Agent;
}

interface NamedCluster { name: string; cluster: { server: string; 'certificate-authority-data'?: string; 'certificate-authority'?: string; 'insecure-skip-tls-verify'?: boolean } }
interface NamedUser { name: string; user: { token?: string; 'client-certificate-data'?: string; 'client-key-data'?: string } }
interface NamedContext { name: string; context: { cluster: string; user: string } }
interface KubeConfigFile { clusters?: NamedCluster[]; users?: NamedUser[]; contexts?: NamedContext[]; 'current-context'?: string }

export function defaultKubeconfigPath(): string {
  return process.env.KUBECONFIG?.split(path.delimiter)[0] || path.resolve(__dirname, '../../.cache/kubeconfig');
}

const b64 = (s: string | undefined) => (s ? Buffer.from(s, 'base64').toString('utf8') : undefined);

export function connect(kubeconfigPath: string, contextName: string | undefined, connections: number): KubeTarget {
  const kc = YAML.parse(fs.readFileSync(kubeconfigPath, 'utf8')) as KubeConfigFile;
  const ctxName = contextName ?? kc['current-context'];
  const ctx = kc.contexts?.find((c) => c.name === ctxName);
  if (!ctx) throw new Error(`kubeconfig ${kubeconfigPath} has no context "${ctxName}"`);
  const cluster = kc.clusters?.find((c) => c.name === ctx.context.cluster)?.cluster;
  const user = kc.users?.find((u) => u.name === ctx.context.user)?.user ?? {};
  if (!cluster) throw new Error(`kubeconfig context "${ctxName}" names a missing cluster`);
  const ca = b64(cluster['certificate-authority-data']) ?? (cluster['certificate-authority'] ? fs.readFileSync(cluster['certificate-authority'], 'utf8') : undefined);
  const dispatcher = new Agent({
    connections,
    keepAliveTimeout: 30_000,
    pipelining: 1,
    connect: {
      ca,
      cert: b64(user['client-certificate-data']),
      key: b64(user['client-key-data']),
      rejectUnauthorized: !cluster['insecure-skip-tls-verify'],
    },
  });
  const headers: Record<string, string> = { accept: 'application/json' };
  if (user.token) headers.authorization = `Bearer ${user.token}`;
  return { server: cluster.server.replace(/\/$/, ''), headers, dispatcher };
}

export class KubeError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    message: string,
  ) {
    super(`${method} ${path}: ${status} ${message}`);
  }
}

export type ContentType = 'application/json' | 'application/merge-patch+json' | 'application/json-patch+json';

export interface Stats {
  requests: number;
  retries: number;
}

export const stats: Stats = { requests: 0, retries: 0 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request; retries 429/5xx/connection errors with backoff. Returns parsed JSON (or undefined for 404 when allowed). */
export async function request<T = unknown>(
  k: KubeTarget,
  method: string,
  p: string,
  body?: unknown,
  contentType: ContentType = 'application/json',
  accept?: string,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    stats.requests++;
    try {
      const res = await fetch(k.server + p, {
        method,
        dispatcher: k.dispatcher,
        headers: { ...k.headers, ...(accept ? { accept } : {}), ...(body !== undefined ? { 'content-type': contentType } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.ok) return (text ? JSON.parse(text) : undefined) as T;
      if ((res.status === 429 || res.status >= 500) && attempt < 6) {
        stats.retries++;
        await sleep(200 * 2 ** attempt);
        continue;
      }
      let msg = text;
      try {
        msg = (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {
        /* not JSON */
      }
      throw new KubeError(res.status, method, p, msg);
    } catch (e) {
      if (e instanceof KubeError || attempt >= 6) throw e;
      stats.retries++;
      await sleep(200 * 2 ** attempt);
    }
  }
}

/** Bounded concurrency: `run` waits for a free slot, so producers never queue more than `size` tasks. */
export class Pool {
  private inflight = 0;
  private waiters: (() => void)[] = [];
  private errors: unknown[] = [];
  private idle: (() => void)[] = [];
  constructor(readonly size: number) {}

  async run(task: () => Promise<void>): Promise<void> {
    if (this.errors.length > 0) throw this.errors[0];
    while (this.inflight >= this.size) await new Promise<void>((r) => this.waiters.push(r));
    this.inflight++;
    task()
      .catch((e: unknown) => {
        this.errors.push(e);
      })
      .finally(() => {
        this.inflight--;
        this.waiters.shift()?.();
        if (this.inflight === 0) for (const r of this.idle.splice(0)) r();
      });
  }

  /** Waits until every submitted task finished; throws the first error. */
  async drain(): Promise<void> {
    if (this.inflight > 0) await new Promise<void>((r) => this.idle.push(r));
    if (this.errors.length > 0) throw this.errors[0];
  }
}

/** Names of existing objects under a list path (metadata only, paginated). */
export async function listMeta(k: KubeTarget, p: string, labelSelector?: string): Promise<{ name: string; namespace?: string; annotations?: Record<string, string> }[]> {
  const out: { name: string; namespace?: string; annotations?: Record<string, string> }[] = [];
  let cont = '';
  do {
    const q = new URLSearchParams({ limit: '5000' });
    if (cont) q.set('continue', cont);
    if (labelSelector) q.set('labelSelector', labelSelector);
    const list = await request<{ metadata: { continue?: string }; items: { metadata: { name: string; namespace?: string; annotations?: Record<string, string> } }[] | null }>(
      k, 'GET', `${p}?${q}`, undefined, 'application/json', 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
    );
    for (const i of list.items ?? []) out.push(i.metadata);
    cont = list.metadata.continue ?? '';
  } while (cont);
  return out;
}
