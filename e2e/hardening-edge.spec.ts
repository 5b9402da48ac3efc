// Hardening at the edge of the server, against the real API server: which hosts are served (DNS rebinding), local
// mode's guard and dead sessions, the public health answer, the redirect after sign-in, real 403/404 statuses for
// workspace pages, forwarded headers, and security headers with a CSP the pages hydrate under.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import * as F from '../scripts/seed/fixtures';
import { baseURL } from '../playwright.config';
import { sealSession, sessionKey } from '../lib/auth/session';
import { screenshot, signIn } from './support/app';
import { tokenFor } from './support/k8s';
import { getGitRepo } from './support/gitrepo';

const base = new URL(baseURL);
const SECRET = process.env.FLEETDASH_SESSION_SECRET ?? 'e2e-session-secret-0123456789abcdef0123456789';

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with exactly these headers (Playwright and fetch do not let a test choose Host). */
function raw(method: string, urlPath: string, headers: Record<string, string>, body?: string, port = Number(base.port)): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: { ...headers, ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function cookieValue(setCookie: string[] | undefined, name: string): string | undefined {
  for (const c of setCookie ?? []) if (c.startsWith(`${name}=`)) return c.slice(name.length + 1).split(';')[0];
  return undefined;
}

async function csrfFor(host: string): Promise<string> {
  const r = await raw('GET', '/signin', { host });
  const token = cookieValue(r.headers['set-cookie'], 'fleet_csrf');
  expect(token, `a CSRF cookie for Host ${host}`).toBeTruthy();
  return token!;
}

/** A session cookie sealed with the server's key: valid, or issued 13 hours ago (sessions last 12). */
function sessionCookie(token: string, username: string, ageS = 0): { value: string; csrf: string } {
  const csrf = 'e2e-csrf-token-0123456789abcdef';
  return { value: sealSession({ token, username, groups: [], csrf, iat: Math.floor(Date.now() / 1000) - ageS }, sessionKey(SECRET)), csrf };
}

test.describe('1. DNS rebinding: only configured host names are served', () => {
  test('a foreign Host is refused with 421 before anything runs, and gets no CSRF cookie', async () => {
    const evil = `evil.example:${base.port}`;
    // Object names may end like file names (a GitRepo "notes.txt"): those API paths are checked too.
    const dotted = [`/api/w/${F.WS_DEFAULT}/gitrepos/notes.txt`, `/api/w/${F.WS_DEFAULT}/clusters/logo.png`, `/w/${F.WS_DEFAULT}/gitrepos/x.svg`];
    for (const p of ['/', '/signin', `/w/${F.WS_DEFAULT}/gitrepos`, `/api/w/${F.WS_DEFAULT}/gitrepos?pageSize=1`, '/api/session', ...dotted]) {
      const r = await raw('GET', p, { host: evil });
      expect(r.status, `${p} with Host ${evil}`).toBe(421);
      expect(r.body).toContain('does not answer to the host name "evil.example');
      expect(cookieValue(r.headers['set-cookie'], 'fleet_csrf'), p).toBeUndefined();
    }
    // Another port on a loopback name is another server's name.
    expect((await raw('GET', '/signin', { host: `127.0.0.1:${Number(base.port) + 1}` })).status).toBe(421);
    // The loopback names on this port are served.
    for (const host of [`127.0.0.1:${base.port}`, `localhost:${base.port}`, `[::1]:${base.port}`]) {
      expect((await raw('GET', '/signin', { host })).status, host).toBe(200);
    }
  });

  test('a state-changing request with a matching foreign Host/Origin and token never reaches the API server', async () => {
    const before = await getGitRepo(F.WS_DEFAULT, F.GITREPO_MANIFESTS);
    expect(before).toBeDefined();
    const evil = `rebind.example:${base.port}`;
    const token = 'tok-' + 'x'.repeat(30);
    const r = await raw(
      'POST',
      `/api/w/${F.WS_DEFAULT}/gitrepos/${F.GITREPO_MANIFESTS}/actions`,
      { host: evil, origin: `http://${evil}`, cookie: `fleet_csrf=${token}`, 'x-csrf-token': token, 'content-type': 'application/json' },
      JSON.stringify({ action: before!.spec.paused ? 'unpause' : 'pause' }),
    );
    expect(r.status).toBe(421);
    const after = await getGitRepo(F.WS_DEFAULT, F.GITREPO_MANIFESTS);
    expect(after?.metadata.resourceVersion).toBe(before!.metadata.resourceVersion);
  });

  test('the public health answer is served to any Host (probes use the pod address)', async () => {
    const r = await raw('GET', '/api/health', { host: `10.11.12.13:${base.port}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true });
  });
});

test.describe('2. local mode guard', () => {
  test('an expired or tampered session cookie never falls back to the local admin', async ({ request }) => {
    const host = `127.0.0.1:${base.port}`;
    // Local mode is on here: without any cookie the server acts as admin.
    const anon = await raw('GET', '/api/session', { host });
    expect(anon.status).toBe(200);
    expect(JSON.parse(anon.body)).toMatchObject({ mode: 'local', username: 'admin' });

    const viewer = tokenFor('viewer');
    const live = sessionCookie(viewer, 'viewer');
    const ok = await raw('GET', '/api/session', { host, cookie: `fleet_session=${live.value}` });
    expect(JSON.parse(ok.body)).toMatchObject({ mode: 'session', username: 'viewer' });

    const expired = sessionCookie(viewer, 'viewer', 13 * 3600).value;
    const tampered = live.value.slice(0, -4) + (live.value.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const [what, value] of [['expired', expired], ['tampered', tampered], ['garbage', 'v1.bm90LWEtc2Vzc2lvbg']] as const) {
      for (const p of ['/api/session', `/api/w/${F.WS_DEFAULT}/gitrepos?pageSize=1`, `/api/events?kinds=gitrepos&workspace=${F.WS_DEFAULT}`]) {
        const r = await raw('GET', p, { host, cookie: `fleet_session=${value}` });
        expect(r.status, `${what} cookie on ${p}: ${r.body.slice(0, 200)}`).toBe(401);
        expect(r.body).toMatch(/session has ended|not signed in/i);
      }
      // A write with a valid CSRF pair is refused too, and changes nothing.
      const csrf = await csrfFor(host);
      const w = await raw(
        'POST',
        `/api/w/${F.WS_DEFAULT}/gitrepos/${F.GITREPO_MANIFESTS}/actions`,
        { host, origin: `http://${host}`, cookie: `fleet_session=${value}; fleet_csrf=${csrf}`, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        JSON.stringify({ action: 'pause' }),
      );
      expect(w.status, what).toBe(401);
      // Pages send the person to sign in again, with a message.
      const page = await raw('GET', `/w/${F.WS_DEFAULT}/clusters?page=2`, { host, cookie: `fleet_session=${value}` });
      expect(page.status).toBe(307);
      const to = new URL(page.headers.location!, baseURL);
      expect(to.pathname).toBe('/signin');
      expect(to.searchParams.get('expired')).toBe('1');
      expect(to.searchParams.get('next')).toBe(`/w/${F.WS_DEFAULT}/clusters?page=2`);
    }
    void request;
  });

  test('the sign-in page explains, and continuing as the local user is an explicit choice', async ({ page, context }) => {
    const expired = sessionCookie(tokenFor('viewer'), 'viewer', 13 * 3600).value;
    await context.addCookies([{ name: 'fleet_session', value: expired, url: baseURL }]);
    await page.goto(`/w/${F.WS_DEFAULT}/clusters`);
    await expect(page).toHaveURL(/\/signin\?/);
    await expect(page.getByTestId('session-ended')).toContainText(/session has ended/);
    await screenshot(page, 'hardening-session-ended');
    await page.getByTestId('continue-locally').click();
    await expect(page).toHaveURL(new RegExp(`/w/${F.WS_DEFAULT}/clusters$`));
    await expect(page.getByTestId('current-user')).toHaveText(/admin/);
    expect((await context.cookies()).find((c) => c.name === 'fleet_session')).toBeUndefined();
  });

  test('local mode is refused when the server listens on every address, and says so at start (and HSTS behind a TLS proxy)', async () => {
    test.slow();
    const port = Number(base.port) + 7;
    const root = path.resolve(__dirname, '..');
    const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '0.0.0.0', '-p', String(port)], {
      cwd: root,
      // Behind a (pretend) TLS proxy too, for HSTS below.
      env: { ...process.env, FLEETDASH_LOCAL_USER_CONTEXT: 'admin', FLEETDASH_SESSION_SECRET: SECRET, FLEETDASH_LOCAL_MODE_ANY_ADDRESS: '', FLEETDASH_TRUST_PROXY: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    try {
      const host = `127.0.0.1:${port}`;
      await expect.poll(async () => (await raw('GET', '/api/health', { host }, undefined, port).catch(() => ({ status: 0 }))).status, { timeout: 60_000 }).toBe(200);
      const r = await raw('GET', '/api/session', { host }, undefined, port);
      expect(r.status, r.body).toBe(401);
      const gitrepos = await raw('GET', `/api/w/${F.WS_DEFAULT}/gitrepos?pageSize=1`, { host }, undefined, port);
      expect(gitrepos.status).toBe(401);
      const signin = await raw('GET', '/signin', { host }, undefined, port);
      expect(signin.body).not.toContain('continue-locally');
      await expect.poll(() => log, { timeout: 10_000 }).toMatch(/FLEETDASH_LOCAL_USER_CONTEXT=admin is ignored: the server listens on/);
      // 14: HSTS only when the browser used https (here: a trusted proxy's X-Forwarded-Proto).
      expect(signin.headers['strict-transport-security']).toBeUndefined();
      const overTls = await raw('GET', '/signin', { host, 'x-forwarded-proto': 'https' }, undefined, port);
      expect(overTls.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      server.kill('SIGTERM');
    }
  });
});

test.describe('3. health', () => {
  test('the public answer says ok or not and nothing else; details need a person allowed to see them', async ({ request }) => {
    const r = await request.get('/api/health');
    expect(r.status()).toBe(200);
    expect(await r.json()).toEqual({ ok: true });
    // Local admin may list everything cluster-wide: the details.
    const d = await request.get('/api/health/details');
    expect(d.status()).toBe(200);
    const body = (await d.json()) as { version?: string; cache?: { kinds?: object } };
    expect(body.version).toMatch(/^v1\./);
    expect(body.cache?.kinds).toBeDefined();
    // A person with rights in one workspace only does not learn cluster-wide counts.
    const op = sessionCookie(tokenFor('operator'), 'operator').value;
    const denied = await raw('GET', '/api/health/details', { host: `127.0.0.1:${base.port}`, cookie: `fleet_session=${op}` });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatch(/operator\) may not see the dashboard's health details/);
    expect(denied.body).not.toMatch(/gitVersion|"objects"/);
  });
});

test.describe('8. redirect after sign-in', () => {
  test('next=/%09/evil.example stays on this site after a real sign-in', async ({ page }) => {
    await page.goto('/signin?next=/%09/evil.example');
    await page.getByLabel('Bearer token').fill(tokenFor('viewer'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('current-user')).toHaveText(/viewer/, { timeout: 30_000 });
    expect(new URL(page.url()).origin).toBe(base.origin);
  });

  test('a same-origin next is kept', async ({ page }) => {
    await page.goto(`/signin?next=${encodeURIComponent(`/w/${F.WS_DEFAULT}/clusters?q=prod`)}`);
    await page.getByLabel('Bearer token').fill(tokenFor('viewer'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${base.origin}/w/${F.WS_DEFAULT}/clusters?q=prod`);
  });
});

test.describe('13. workspace pages answer with their real status', () => {
  async function asOperator(request: APIRequestContext, p: string) {
    const op = sessionCookie(tokenFor('operator'), 'operator').value;
    return request.get(p, { headers: { cookie: `fleet_session=${op}` }, maxRedirects: 0 });
  }

  test('403 for a workspace the person may see nothing of, 404 for one that does not exist', async ({ request }) => {
    for (const p of [`/w/${F.WS_LOCAL}`, `/w/${F.WS_LOCAL}/gitrepos`, `/w/${F.WS_LOCAL}/clusters/${F.LOCAL_CLUSTER}`, `/w/${F.WS_DEFAULT}/workspaces/${F.WS_LOCAL}`]) {
      const r = await asOperator(request, p);
      expect(r.status(), p).toBe(403);
      // The page's words travel in its React payload (rendered by the browser), in one piece.
      const html = await r.text();
      expect(html).toContain(`No access to workspace ${F.WS_LOCAL}`);
      expect(html).toContain('You (operator) are not allowed to see workspace fleet-local');
    }
    expect((await asOperator(request, `/w/${F.WS_DEFAULT}/gitrepos`)).status()).toBe(200);
    expect((await asOperator(request, `/w/${F.WS_DEFAULT}/workspaces/${F.WS_DEFAULT}`)).status()).toBe(200);
    expect((await asOperator(request, '/w/no-such-workspace-e2e/gitrepos')).status()).toBe(404);
    expect((await request.get('/w/no-such-workspace-e2e/gitrepos')).status()).toBe(404);
    expect((await request.get(`/w/${F.WS_DEFAULT}/workspaces/no-such-workspace-e2e`)).status()).toBe(404);
    // The local admin sees it.
    expect((await request.get(`/w/${F.WS_LOCAL}/gitrepos`)).status()).toBe(200);
  });

  test('the page says who lacks access, in the browser', async ({ page }) => {
    await signIn(page, tokenFor('operator'));
    await expect(page.getByTestId('current-user')).toHaveText(/operator/);
    const res = await page.goto(`/w/${F.WS_LOCAL}/gitrepos`);
    expect(res?.status()).toBe(403);
    await expect(page.getByTestId('forbidden')).toContainText('You (operator) are not allowed to see workspace fleet-local');
    await screenshot(page, 'hardening-forbidden');
  });

  test('X-Forwarded-Host is not trusted without a configured proxy', async () => {
    const host = `127.0.0.1:${base.port}`;
    const csrf = await csrfFor(host);
    const r = await raw(
      'POST',
      `/api/w/${F.WS_DEFAULT}/gitrepos/${F.GITREPO_MANIFESTS}/actions`,
      { host, 'x-forwarded-host': 'evil.example', origin: 'http://evil.example', cookie: `fleet_csrf=${csrf}`, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      JSON.stringify({ action: 'pause' }),
    );
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error).toMatch(/comes from another site/);
  });
});

test.describe('14. security headers', () => {
  test('CSP with a fresh nonce, no framing, Permissions-Policy; no HSTS over http; cookies Secure in production', async ({ request }) => {
    const a = await request.get('/signin');
    const b = await request.get('/signin');
    const csp = a.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(b.headers()['content-security-policy']).not.toBe(csp);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const html = await a.text();
    // Every script the page carries has this response's nonce.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s, s).toContain(`nonce="${nonce}"`);
    expect(a.headers()['permissions-policy']).toMatch(/camera=\(\)/);
    expect(a.headers()['strict-transport-security']).toBeUndefined();
    const r = await raw('GET', '/signin', { host: `127.0.0.1:${base.port}` });
    expect((r.headers['set-cookie'] ?? []).find((c) => c.startsWith('fleet_csrf='))).toMatch(/; Secure/i);
  });

  test('every page hydrates under the policy with no violation', async ({ page }) => {
    test.slow();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect)/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const ws = F.WS_DEFAULT;
    const pages: [string, string][] = [
      ['/signin', 'Bearer token'],
      [`/w/${ws}`, 'main'],
      [`/w/${ws}/gitrepos`, 'gitrepo-row'],
      [`/w/${ws}/gitrepos/${F.GITREPO_MANIFESTS}`, 'gitrepo-detail'],
      [`/w/${ws}/gitrepos/new`, 'main'],
      [`/w/${ws}/gitrepos/${F.GITREPO_MANIFESTS}/edit`, 'main'],
      [`/w/${ws}/clusters`, 'main'],
      [`/w/${ws}/clusters/${F.STALE_CLUSTER}`, 'main'],
      [`/w/${ws}/clustergroups`, 'main'],
      [`/w/${ws}/clustergroups/${F.GROUP_PROD}`, 'main'],
      [`/w/${ws}/clustergroups/new`, 'main'],
      [`/w/${ws}/bundles`, 'main'],
      [`/w/${ws}/bundles/${F.AGENT_MODIFIED_BUNDLE}`, 'main'],
      [`/w/${ws}/matrix`, 'main'],
      [`/w/${ws}/troubleshooting`, 'main'],
      [`/w/${ws}/workspaces`, 'main'],
      [`/w/${ws}/workspaces/${ws}`, 'main'],
      [`/w/${ws}/registration`, 'main'],
      ['/w/no-such-workspace-e2e/gitrepos', 'body'],
    ];
    for (const [p, ready] of pages) {
      await page.goto(p);
      if (ready === 'main' || ready === 'body') await expect(page.locator(ready).first()).toBeVisible();
      else if (ready === 'Bearer token') await expect(page.getByLabel(ready)).toBeVisible();
      else await expect(page.getByTestId(ready).first()).toBeVisible();
      await hydrated(page);
      const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      expect(seen, p).toEqual([]);
    }
    // Client-side navigation (scripts loaded later by the router) stays within the policy too.
    await page.goto(`/w/${ws}/gitrepos`);
    await hydrated(page);
    await page.getByRole('link', { name: 'Clusters' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/w/${ws}/clusters`));
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
    expect(violations).toEqual([]);
  });
});

/** React has hydrated: Next.js's router is up and React owns the document (neither happens if scripts are blocked). */
async function hydrated(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () => typeof (window as unknown as { next?: { router?: unknown } }).next?.router === 'object' && Object.keys(document).some((k) => k.startsWith('__reactContainer')),
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}
