import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressProblem, parseCidrList } from './address-policy';
import { chartVersionsFromIndex, fetchChartVersions, IndexFetchError, indexFetchOptionsFromEnv, indexUrlOf, type IndexFetchOptions } from './index-fetch';

const INDEX = `apiVersion: v1
entries:
  hello:
    - version: 0.1.0
      appVersion: "1.0"
      urls: [hello-0.1.0.tgz]
    - version: 0.2.0
      created: "2026-11-01T00:00:00Z"
      urls: [hello-0.2.0.tgz]
  other:
    - version: 9.9.9
`;

let server: http.Server;
let base: string;
const loopback = parseCidrList('127.0.0.1/32');

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/repo/index.yaml') return res.end(INDEX);
    if (u.pathname === '/big/index.yaml') {
      res.setHeader('content-length', String(2_000_000));
      return res.end('x'.repeat(2_000_000));
    }
    if (u.pathname === '/chunked/index.yaml') {
      // No content-length: the cap must apply while streaming.
      res.write('entries:\n');
      for (let i = 0; i < 200; i++) res.write(`# ${'x'.repeat(10_000)}\n`);
      return res.end();
    }
    if (u.pathname === '/slow/index.yaml') return setTimeout(() => res.end(INDEX), 2000).unref();
    if (u.pathname === '/to-repo/index.yaml') return res.writeHead(302, { location: '/repo/index.yaml' }).end();
    if (u.pathname === '/to-private/index.yaml') return res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/repo/index.yaml` }).end();
    if (u.pathname === '/to-metadata/index.yaml') return res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (u.pathname === '/to-file/index.yaml') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    if (u.pathname === '/loop/index.yaml') return res.writeHead(302, { location: '/loop/index.yaml' }).end();
    if (u.pathname === '/bomb/index.yaml') {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 0; i < 60; i++) lines.push(`b${i}: &b${i} [*${i === 0 ? 'a' : `b${i - 1}`},*${i === 0 ? 'a' : `b${i - 1}`}]`);
      return res.end(`entries: {}\n${lines.join('\n')}\n`);
    }
    res.statusCode = 404;
    res.end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const allowed: IndexFetchOptions = { allowCidrs: loopback, timeoutMs: 1000, maxBytes: 1_000_000 };
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(IndexFetchError);
    return { code: (e as IndexFetchError).code, message: (e as Error).message };
  }
  throw new Error('expected a failure');
};

describe('chart index lookup under limits', () => {
  it('lists a chart’s versions, newest first, when the address is allowed', async () => {
    expect(await fetchChartVersions(`${base}/repo`, 'hello', allowed)).toEqual({
      chart: 'hello',
      versions: [{ version: '0.2.0', created: '2026-11-01T00:00:00Z' }, { version: '0.1.0', appVersion: '1.0' }],
      truncated: false,
    });
    expect(await failure(fetchChartVersions(`${base}/repo/`, 'nope', allowed))).toEqual({ code: 'no-chart', message: 'The repository has no chart named "nope"' });
    expect((await failure(fetchChartVersions(`${base}/missing`, 'hello', allowed))).code).toBe('http-status');
  });

  it('refuses loopback, private and link-local addresses unless allowed, checking every resolved address', async () => {
    expect(await failure(fetchChartVersions(`${base}/repo`, 'hello', { timeoutMs: 1000 }))).toMatchObject({ code: 'blocked-address', message: expect.stringMatching(/127\.0\.0\.1 is a loopback address/) });
    expect((await failure(fetchChartVersions('http://localhost/repo', 'hello', { timeoutMs: 1000 }))).code).toBe('blocked-address');
    expect((await failure(fetchChartVersions('http://[::ffff:10.0.0.1]/repo', 'hello', {}))).message).toMatch(/10\.0\.0\.1 is a private address/);
    // One public and one private answer: refused (no choosing the lucky one).
    const resolve = async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.1.2.3', family: 4 }];
    expect((await failure(fetchChartVersions('https://charts.example.test', 'hello', { resolve }))).message).toMatch(/10\.1\.2\.3 is a private address/);
    expect((await failure(fetchChartVersions('https://x.test', 'hello', { resolve: async () => [] }))).code).toBe('dns');
  });

  it('connects to the checked address, not to a second DNS answer', async () => {
    // The name resolves (once, through our check) to the allowed loopback address; Node must not resolve it again.
    let calls = 0;
    const resolve = async () => {
      calls++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const port = (server.address() as AddressInfo).port;
    const r = await fetchChartVersions(`http://rebind.test:${port}/repo`, 'hello', { ...allowed, resolve });
    expect(r.versions).toHaveLength(2);
    expect(calls).toBe(1);
  });

  it('follows redirects only to allowed http(s) addresses, a few times', async () => {
    expect((await fetchChartVersions(`${base}/to-repo`, 'hello', allowed)).versions).toHaveLength(2);
    expect((await failure(fetchChartVersions(`${base}/to-private`, 'hello', allowed))).message).toMatch(/127\.0\.0\.2 is a loopback address/);
    expect((await failure(fetchChartVersions(`${base}/to-metadata`, 'hello', allowed))).message).toMatch(/169\.254\.169\.254 is a linkLocal address/);
    expect(await failure(fetchChartVersions(`${base}/to-file`, 'hello', allowed))).toEqual({ code: 'redirect', message: 'Redirect to file: refused' });
    expect(await failure(fetchChartVersions(`${base}/loop`, 'hello', allowed))).toEqual({ code: 'redirect', message: 'More than 3 redirects' });
  });

  it('stops at the size cap, declared or streamed, and at the deadline', async () => {
    expect(await failure(fetchChartVersions(`${base}/big`, 'hello', allowed))).toEqual({ code: 'too-large', message: 'The index is 2000000 bytes; the limit is 1000000' });
    expect((await failure(fetchChartVersions(`${base}/chunked`, 'hello', allowed))).message).toBe('The index is larger than the limit of 1000000 bytes');
    const t0 = Date.now();
    expect(await failure(fetchChartVersions(`${base}/slow`, 'hello', { ...allowed, timeoutMs: 300 }))).toEqual({ code: 'timeout', message: 'No complete answer from the repository within 300 ms' });
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it('parses YAML with an alias limit and refuses non-http schemes', async () => {
    expect((await failure(fetchChartVersions(`${base}/bomb`, 'hello', allowed))).code).toBe('bad-index');
    expect(() => indexUrlOf('file:///etc/passwd')).toThrow(/Only http/);
    expect(() => indexUrlOf('https://u:p@x.test')).toThrow(/Credentials/);
    expect(indexUrlOf('https://charts.example.com/stable/').toString()).toBe('https://charts.example.com/stable/index.yaml');
    expect((await failure(fetchChartVersions('gopher://x', 'hello', {}))).code).toBe('bad-url');
    expect(chartVersionsFromIndex(INDEX, 'hello', 1)).toMatchObject({ versions: [{ version: '0.2.0' }], truncated: true });
    expect(() => chartVersionsFromIndex('- a', 'x')).toThrow(/no entries/);
  });

  it('reads its limits and allowlist from the environment, and can be turned off', async () => {
    const o = indexFetchOptionsFromEnv({ FLEETDASH_HELM_INDEX_ALLOW_CIDRS: '10.0.0.0/8, 127.0.0.1', FLEETDASH_HELM_INDEX_TIMEOUT_MS: '500' });
    expect(o.timeoutMs).toBe(500);
    expect(addressProblem('10.9.9.9', o.allowCidrs!)).toBeUndefined();
    expect(addressProblem('192.168.1.1', o.allowCidrs!)).toMatch(/private/);
    expect(addressProblem('8.8.8.8', [])).toBeUndefined();
    expect(() => parseCidrList('10.0.0.0/8,nonsense')).toThrow(/"nonsense" is not an IP address/);
    expect((await failure(fetchChartVersions(`${base}/repo`, 'hello', indexFetchOptionsFromEnv({ FLEETDASH_HELM_INDEX: 'off' })))).code).toBe('disabled');
  });
});
