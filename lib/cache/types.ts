// Shapes the cache handles. A projection keeps the Kubernetes object's own shape (apiVersion/kind/metadata/spec/status)
// with heavy fields removed, so the per-kind zod schemas in lib/fleet/kinds parse a projection like the full object.

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: unknown[];
  finalizers?: string[];
  [k: string]: unknown;
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [k: string]: unknown;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject & { code?: number; message?: string; reason?: string };
}

export interface ListPage {
  items: KubeObject[];
  resourceVersion: string;
  continueToken?: string;
  /** metadata.remainingItemCount: how many objects the rest of a paginated list holds (the API server's estimate). */
  remainingItemCount?: number;
}

/** Minimal I/O the informer needs; the real one is lib/cache/http.ts, tests pass a fake. */
export interface KubeTransport {
  listPage(path: string, query: Record<string, string>, signal?: AbortSignal): Promise<ListPage>;
  /** Streams watch events until the server ends the stream (resolves) or an error/abort (rejects). */
  watch(path: string, query: Record<string, string>, onEvent: (e: WatchEvent) => void, signal: AbortSignal): Promise<void>;
  /** Resolves when the API server answers a readiness check (any HTTP status) within timeoutMs; rejects otherwise. */
  probe?(timeoutMs: number): Promise<void>;
}

export class KubeHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'KubeHttpError';
  }
}

/** 410 Gone: the resourceVersion (or continue token) is older than what the API server keeps → relist. */
export function isGone(e: unknown): boolean {
  return e instanceof KubeHttpError && e.status === 410;
}
