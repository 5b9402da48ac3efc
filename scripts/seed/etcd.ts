// The million-object path (`npm run seed -- --etcd URL`): writing 1,000,000 BundleDeployments through the API server
// at 50–170 objects/s would take hours, so the same objects the API path writes are put straight into etcd, in the
// API server's storage format, through etcd's JSON gateway (/v3/kv/txn). The API server's watch cache sees them like
// any other write (it watches etcd), and reads them back exactly as stored.
// Storage format, as kube-apiserver keeps it (default --etcd-prefix /registry): custom resources as JSON under
// /registry/<group>/<plural>/<namespace>/<name> (apiextensions-apiserver stores CRs as JSON only); core objects under
// /registry/<plural>/[<namespace>/]<name>, which the API server writes as protobuf but also decodes from JSON (its
// storage decoder recognises every serializer, as it must for data written before protobuf storage). What the API
// server would add on create is added here: uid, creationTimestamp, generation (custom resources), the namespace's
// kubernetes.io/metadata.name label and "kubernetes" finalizer. resourceVersion is never stored: it is the etcd revision.
// What this skips, and says so: the CRD schema validation and defaulting of the write path (the objects are the
// seed's own, which the API path writes and the CRDs accept) and managedFields (nothing here reads them).
import { randomUUID } from 'node:crypto';
import { Agent, fetch } from 'undici';
import type { Json } from './bd';
import type { K8sObject } from './objects';

/** etcd's default --max-txn-ops, and a request size under its default --max-request-bytes (1.5 MiB). */
const OPS_PER_TXN = 128;
const BYTES_PER_TXN = 1_000_000;
const IN_FLIGHT = 6;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export function storageKey(o: K8sObject): string {
  const [group] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : [''];
  const plural = `${o.kind.toLowerCase()}s`; // Namespace, Secret, ConfigMap and every Fleet kind pluralise with "s"
  const ns = o.metadata.namespace ? `${o.metadata.namespace}/` : '';
  return `/registry/${group ? `${group}/` : ''}${plural}/${ns}${o.metadata.name}`;
}

/** The object as the API server would have stored it after create (+ status subresource writes). */
export function asStored(o: K8sObject, createdAt: string, generation?: number): K8sObject {
  const metadata: K8sObject['metadata'] & Json = { ...o.metadata, uid: randomUUID(), creationTimestamp: createdAt };
  if (o.kind === 'Namespace') {
    metadata.labels = { ...o.metadata.labels, 'kubernetes.io/metadata.name': o.metadata.name };
    return { ...o, metadata, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } } as K8sObject;
  }
  if (!o.apiVersion.includes('/')) return { ...o, metadata } as K8sObject;
  return { ...o, metadata: { ...metadata, generation: generation ?? 1 } } as K8sObject;
}

export class EtcdWriter {
  private batch: Json[] = [];
  private batchBytes = 0;
  private inflight = new Set<Promise<void>>();
  private readonly dispatcher = new Agent({ connections: IN_FLIGHT, keepAliveTimeout: 30_000 });
  private failure: unknown;
  written = 0;
  bytes = 0;
  /** Objects larger than etcd takes in one request: the API server would refuse them too ("request is too large"). */
  readonly tooLarge: string[] = [];

  constructor(private readonly url: string) {}

  /** Refuses a non-empty target: this path creates, it does not reconcile or prune. */
  async assertNoFleetObjects(): Promise<void> {
    const r = await this.call('/v3/kv/range', { key: b64('/registry/fleet.cattle.io/'), range_end: b64('/registry/fleet.cattle.io0'), count_only: true });
    const count = Number((r as { count?: string }).count ?? 0);
    if (count > 0) throw new Error(`etcd at ${this.url} already holds ${count} Fleet objects; the direct path writes into an empty instance (down.sh --purge, then up.sh)`);
  }

  async put(o: K8sObject): Promise<void> {
    if (this.failure) throw this.failure;
    const value = b64(JSON.stringify(o));
    const key = b64(storageKey(o));
    if (value.length + key.length > BYTES_PER_TXN) {
      this.tooLarge.push(`${storageKey(o)} (${(value.length / 1e6).toFixed(1)} MB base64)`);
      return;
    }
    if (this.batch.length > 0 && this.batchBytes + value.length + key.length > BYTES_PER_TXN) await this.send();
    this.bytes += value.length;
    this.batchBytes += value.length + key.length;
    this.batch.push({ requestPut: { key, value } });
    if (this.batch.length >= OPS_PER_TXN) await this.send();
  }

  async flush(): Promise<void> {
    if (this.batch.length > 0) await this.send();
    await Promise.all(this.inflight);
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.dispatcher.close();
  }

  private async send(): Promise<void> {
    const ops = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    while (this.inflight.size >= IN_FLIGHT) await Promise.race(this.inflight);
    // A failed batch fails the seed at the next put or flush.
    const tracked: Promise<void> = this.call('/v3/kv/txn', { success: ops })
      .then(() => {
        this.written += ops.length;
      })
      .catch((e: unknown) => {
        this.failure ??= e;
      })
      .finally(() => this.inflight.delete(tracked));
    this.inflight.add(tracked);
  }

  private async call(path: string, body: Json): Promise<unknown> {
    const res = await fetch(`${this.url}${path}`, { method: 'POST', body: JSON.stringify(body), dispatcher: this.dispatcher });
    const text = await res.text();
    if (!res.ok) throw new Error(`etcd ${path}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as unknown;
  }
}
