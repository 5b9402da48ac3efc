import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetKubeConfigForTests } from './config';
import { K8sError, toApiError } from './errors';
import { k8sRequest } from './transport';

// A server that accepts connections and never answers: what a stopped (SIGSTOP) API server looks like to a client.
describe('k8sRequest against an API server that does not answer', () => {
  let server: net.Server;
  const sockets: net.Socket[] = [];
  const saved = process.env.KUBECONFIG;
  beforeAll(async () => {
    server = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fleetdash-')), 'kubeconfig');
    fs.writeFileSync(
      file,
      `apiVersion: v1\nkind: Config\nclusters:\n- name: hung\n  cluster:\n    server: https://127.0.0.1:${port}\n    insecure-skip-tls-verify: true\ncontexts:\n- name: hung\n  context:\n    cluster: hung\n    user: hung\ncurrent-context: hung\nusers:\n- name: hung\n  user:\n    token: t\n`,
    );
    process.env.KUBECONFIG = file;
    resetKubeConfigForTests();
  });
  afterAll(() => {
    for (const s of sockets) s.destroy();
    server.close();
    process.env.KUBECONFIG = saved;
    resetKubeConfigForTests();
  });

  it('gives up at its deadline with a 504 in words instead of hanging', async () => {
    const t0 = Date.now();
    const err = await k8sRequest({ type: 'token', token: 't', username: 'u', groups: [] }, { method: 'GET', path: '/version', timeoutMs: 1000 }).catch((e: unknown) => e);
    const took = Date.now() - t0;
    expect(err).toBeInstanceOf(K8sError);
    expect(took).toBeGreaterThanOrEqual(950);
    expect(took).toBeLessThan(3000);
    expect(toApiError(err)).toMatchObject({ status: 504, message: expect.stringMatching(/did not answer within 1 s: the dashboard has lost it/) });
  });
});
