// The production server as an operator runs it (its own `next start`, not the suite's shared one): a bad setting stops
// the start naming the variable; liveness and readiness; JSON logs carrying the request id; /metrics behind its token;
// and SIGTERM closing open live streams before the process exits 0.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import * as F from '../scripts/seed/fixtures';
import { baseURL } from '../playwright.config';

const root = path.resolve(__dirname, '..');
const SECRET = process.env.FLEETDASH_SESSION_SECRET ?? 'e2e-session-secret-0123456789abcdef0123456789';
const METRICS_TOKEN = 'e2e-metrics-token-0123456789';

interface Server {
  proc: ChildProcess;
  port: number;
  out: () => string;
  exited: Promise<number | null>;
}

function start(port: number, env: Record<string, string>): Server {
  const proc = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, FLEETDASH_LOCAL_USER_CONTEXT: 'admin', FLEETDASH_SESSION_SECRET: SECRET, NEXT_MANUAL_SIG_HANDLE: 'true', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, port, out: () => out, exited };
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

test.describe('the production server', () => {
  test.describe.configure({ mode: 'serial' });
  const port = Number(new URL(baseURL).port) + 9;

  test('a bad setting stops the start, naming the variable (and never showing a secret)', async () => {
    const s = start(port, { FLEETDASH_TRUST_PROXY: 'maybe', FLEETDASH_METRICS_TOKEN: 'short-secret' });
    const code = await Promise.race([s.exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 60_000))]);
    if (code === 'running') s.proc.kill('SIGKILL');
    expect(code, s.out()).toBe(1);
    expect(s.out()).toContain('FLEETDASH_TRUST_PROXY must be true or false');
    expect(s.out()).toContain('FLEETDASH_METRICS_TOKEN must be at least 16 characters');
    expect(s.out()).not.toContain('short-secret');
  });

  test('probes, request ids in JSON logs, metrics behind a token, and SIGTERM: streams end, exit 0', async () => {
    test.slow();
    const s = start(port, { FLEETDASH_LOG_FORMAT: 'json', FLEETDASH_METRICS: 'true', FLEETDASH_METRICS_TOKEN: METRICS_TOKEN });
    try {
      await expect.poll(async () => (await get(port, '/api/health/live').catch(() => ({ status: 0 }))).status, { timeout: 60_000 }).toBe(200);
      // Ready once the watch cache has listed every kind (asking starts it); the answer says nothing else.
      await expect.poll(async () => (await get(port, '/api/health/ready')).status, { timeout: 60_000 }).toBe(200);
      expect((await get(port, '/api/health/ready')).body).toBe('{"ok":true}');
      // Probes answer any Host (a kubelet uses the pod IP); pages do not.
      expect((await get(port, '/api/health/live', { host: '10.1.2.3:3000' })).status).toBe(200);

      // A request id: a load balancer's is kept and logged with the route pattern, never a name or a cookie.
      const id = `e2e-${Date.now()}`;
      const list = await get(port, `/api/w/${F.WS_DEFAULT}/gitrepos/${F.GITREPO_MANIFESTS}`, { 'x-request-id': id, cookie: 'fleet_csrf=abc' });
      expect(list.status).toBe(200);
      expect(list.headers['x-request-id']).toBe(id);
      expect((await get(port, '/api/health/live')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      await expect.poll(() => s.out().split('\n').find((l) => l.includes(id)), { timeout: 5_000 }).toBeTruthy();
      const logged = JSON.parse(s.out().split('\n').find((l) => l.includes(id))!) as Record<string, unknown>;
      expect(logged).toMatchObject({ level: 'info', msg: 'request', requestId: id, method: 'GET', route: '/api/w/[workspace]/gitrepos/[name]', status: 200 });
      expect(s.out()).not.toContain('fleet_csrf=abc');

      // A live stream, open while the process is told to stop.
      const events: string[] = [];
      let ended = false;
      let cut = false;
      const stream = http.get({ host: '127.0.0.1', port, path: `/api/events?kinds=gitrepos&workspace=${F.WS_DEFAULT}`, headers: { accept: 'text/event-stream' } }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (d: string) => events.push(d));
        res.on('end', () => (ended = true)); // a clean end of the body, which EventSource answers by reconnecting
        res.on('aborted', () => (cut = true));
      });
      stream.on('error', () => (cut = true));
      await expect.poll(() => events.join(''), { timeout: 10_000 }).toContain('event: ready');

      const noToken = await get(port, '/metrics');
      expect(noToken.status).toBe(401);
      const scraped = await get(port, '/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
      expect(scraped.status).toBe(200);
      expect(scraped.body).toMatch(/^fleetdash_live_streams 1$/m);
      expect(scraped.body).toMatch(/^fleetdash_cache_objects\{kind="gitrepos"\} [1-9]\d*$/m);
      expect(scraped.body).toContain('fleetdash_http_request_duration_seconds_count{method="GET",route="/api/w/[workspace]/gitrepos/[name]",status="200"} 1');

      const t0 = Date.now();
      s.proc.kill('SIGTERM');
      await expect.poll(() => ended || cut, { timeout: 5_000 }).toBe(true);
      expect({ ended, cut }).toEqual({ ended: true, cut: false });
      expect(await s.exited).toBe(0);
      expect(Date.now() - t0).toBeLessThan(6_000);
      expect(s.out()).toMatch(/"msg":"shutting down","signal":"SIGTERM","liveStreams":1/);
    } finally {
      if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
    }
  });
});
