import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDirect } from './direct';
import { asStored, storageKey } from './etcd';
import { buildModel, defaultParams } from './model';
import { clusterNamespaceObject, gitRepoObject, type K8sObject } from './objects';

const NOW = Date.parse('2026-03-02T10:15:00Z');
const bd: K8sObject = { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'BundleDeployment', metadata: { name: 'app', namespace: 'cluster-ns' } };

describe('the API server storage format', () => {
  it('keys custom resources by group, core objects without', () => {
    expect(storageKey(bd)).toBe('/registry/fleet.cattle.io/bundledeployments/cluster-ns/app');
    expect(storageKey({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ws' } })).toBe('/registry/namespaces/ws');
    expect(storageKey({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'ws' } })).toBe('/registry/secrets/ws/s');
  });
  it('adds what create would: uid, creationTimestamp, generation; a namespace its name label and finalizer', () => {
    const s = asStored(bd, '2026-03-02T10:15:00Z') as K8sObject & { metadata: { uid: string; generation: number } };
    expect(s.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.metadata.generation).toBe(1);
    expect(s.metadata).not.toHaveProperty('resourceVersion');
    const m = buildModel(defaultParams(16));
    const ns = asStored(clusterNamespaceObject(m.clusters[0]!), 'x') as Record<string, unknown> & K8sObject;
    expect(ns.metadata.labels?.['kubernetes.io/metadata.name']).toBe(m.clusters[0]!.namespace);
    expect(ns.metadata).not.toHaveProperty('generation');
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
  });
});

describe('seedDirect against an etcd JSON gateway', () => {
  const stored = new Map<string, K8sObject & { status?: { observedGeneration?: number } }>();
  let server: http.Server;
  let url = '';
  let preexisting = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const j = JSON.parse(body) as { success?: { requestPut: { key: string; value: string } }[] };
        if (req.url === '/v3/kv/range') return res.end(JSON.stringify({ count: String(preexisting) }));
        if (req.url !== '/v3/kv/txn' || !j.success || j.success.length > 128) return res.writeHead(400).end('bad request');
        for (const op of j.success) stored.set(Buffer.from(op.requestPut.key, 'base64').toString(), JSON.parse(Buffer.from(op.requestPut.value, 'base64').toString()));
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('writes every object once, with the statuses the API path writes', async () => {
    const m = buildModel(defaultParams(30));
    const r = await seedDirect(url, m, { nowMs: NOW, log: () => undefined });
    const byPrefix = (p: string) => [...stored.keys()].filter((k) => k.startsWith(p)).length;
    expect(byPrefix('/registry/fleet.cattle.io/bundledeployments/')).toBe(r.bds);
    expect(byPrefix('/registry/fleet.cattle.io/clusters/')).toBe(m.clusters.length);
    expect(byPrefix('/registry/fleet.cattle.io/gitrepos/')).toBe(m.repos.length);
    expect(byPrefix('/registry/fleet.cattle.io/bundles/')).toBe(m.bundles.length);
    expect(byPrefix('/registry/namespaces/')).toBeGreaterThanOrEqual(m.clusters.length);
    const repo = m.repos.find((x) => x.git.unobserved)!;
    const o = stored.get(storageKey(gitRepoObject(repo)))!;
    expect((o.metadata as { generation?: number }).generation).toBe(2);
    expect(o.status?.observedGeneration).toBe(1);
    for (const [k, v] of stored) if (k.includes('/clusters/')) expect(v.status).toBeDefined();
  });

  it('refuses an etcd that already holds Fleet objects', async () => {
    preexisting = 5;
    await expect(seedDirect(url, buildModel(defaultParams(16)), { nowMs: NOW, log: () => undefined })).rejects.toThrow(/already holds 5 Fleet objects/);
  });
});

describe('EtcdWriter batches', () => {
  it('keeps each transaction under etcd\'s request size, however large the objects', async () => {
    const sizes: number[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        sizes.push(body.length);
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { EtcdWriter } = await import('./etcd');
    const w = new EtcdWriter(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const big = 'x'.repeat(30_000);
    for (let i = 0; i < 300; i++) await w.put({ ...bd, metadata: { name: `b${i}`, namespace: 'ns' }, spec: { big } } as K8sObject);
    await w.close();
    await new Promise<void>((r) => server.close(() => r()));
    expect(w.written).toBe(300);
    expect(Math.max(...sizes)).toBeLessThan(1_500_000);
  });
});
