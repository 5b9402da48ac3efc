// Bad input to the API routes gets a 4xx with a message that names the problem: list parameters, workspace and
// object names, oversized or malformed bodies, and writes without the CSRF token. No route answers 500 or a bare status.
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin } from './support/gitrepo';
import { GITREPO_MANIFESTS, GROUP_PROD, STALE_CLUSTER, WS_DEFAULT } from '../scripts/seed/fixtures';

const LIST_KINDS = ['gitrepos', 'bundles', 'bundledeployments', 'clusters', 'clustergroups'] as const;

async function expectError(res: APIResponse, status: number | RegExp, message: RegExp): Promise<void> {
  const text = await res.text();
  if (typeof status === 'number') expect(res.status(), text).toBe(status);
  else expect(String(res.status()), text).toMatch(status);
  let body: { error?: unknown } = {};
  try {
    body = JSON.parse(text) as { error?: unknown };
  } catch {
    // asserted below
  }
  expect(typeof body.error, `JSON { error } expected, got: ${text.slice(0, 200)}`).toBe('string');
  expect(body.error as string).toMatch(message);
}

/** A page visit sets the CSRF cookie; writes send it back as the header, from our own origin. */
async function csrfHeaders(request: APIRequestContext, baseURL: string): Promise<Record<string, string>> {
  await request.get('/signin');
  const state = await request.storageState();
  const token = state.cookies.find((c) => c.name === 'fleet_csrf')?.value;
  expect(token, 'fleet_csrf cookie').toBeTruthy();
  return { 'x-csrf-token': token!, origin: new URL(baseURL).origin, 'content-type': 'application/json' };
}

test.describe('list parameters', () => {
  for (const kind of LIST_KINDS) {
    test(`${kind}: bad page size, sort key, page, direction, state and unknown parameters`, async ({ request }) => {
      const base = `/api/w/${WS_DEFAULT}/${kind}`;
      await expectError(await request.get(`${base}?pageSize=0`), 400, /pageSize must be 1 or more/);
      await expectError(await request.get(`${base}?pageSize=100000`), 400, /pageSize must be at most 500/);
      await expectError(await request.get(`${base}?pageSize=ten`), 400, /pageSize must be a number/);
      await expectError(await request.get(`${base}?sort=nope`), 400, /sort must be one of: name, /);
      await expectError(await request.get(`${base}?page=-1`), 400, /page must be 1 or more/);
      await expectError(await request.get(`${base}?dir=sideways`), 400, /dir must be asc or desc/);
      await expectError(await request.get(`${base}?state=Broken`), 400, /state must be one of: .*ErrApplied/);
      await expectError(await request.get(`${base}?q=${'x'.repeat(201)}`), 400, /q must be at most 200 characters/);
      await expectError(await request.get(`${base}?bogus=1`), 400, /unknown parameter "bogus"/);
      await expectError(await request.get(`${base}?page=1&page=2`), 400, /"page" is given more than once/);
      await expectError(await request.get(`/api/w/Not_A_Workspace/${kind}`), 400, /"Not_A_Workspace" is not a valid workspace name/);
      // The same parameters, well-formed, are accepted.
      const ok = await request.get(`${base}?pageSize=5&sort=name&dir=desc`);
      expect(ok.status()).toBe(200);
      expect((await ok.json()).pageSize).toBe(5);
    });
  }

  test('every other GET route names an unknown or repeated parameter', async ({ request }) => {
    const routes = [
      `/api/w/${WS_DEFAULT}/overview?part=gitrepos`,
      `/api/w/${WS_DEFAULT}/troubleshooting`,
      `/api/w/${WS_DEFAULT}/gitreporestrictions`,
      `/api/w/${WS_DEFAULT}/tokens`,
      `/api/w/${WS_DEFAULT}/matrix`,
      '/api/workspaces',
      '/api/workspaces/summary',
      `/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}`,
      `/api/w/${WS_DEFAULT}/clusters/${STALE_CLUSTER}`,
      `/api/w/${WS_DEFAULT}/clustergroups/${GROUP_PROD}`,
    ];
    for (const r of routes) {
      const sep = r.includes('?') ? '&' : '?';
      await expectError(await request.get(`${r}${sep}bogus=1`), 400, /unknown parameter "bogus"/);
    }
    await expectError(await request.get(`/api/w/${WS_DEFAULT}/troubleshooting?kind=GitRepo&kind=Bundle&name=x`), 400, /"kind" is given more than once/);
  });

  test('the live stream: unknown kinds, bad workspace, bad resume id', async ({ request }) => {
    await expectError(await request.get('/api/events'), 400, /kinds is required/);
    await expectError(await request.get('/api/events?kinds=secrets'), 400, /unknown kind "secrets"/);
    await expectError(await request.get('/api/events?kinds=gitrepos&workspace=Bad_WS'), 400, /not a valid workspace name/);
    await expectError(await request.get('/api/events?kinds=gitrepos&since=zzz'), 400, /not an event id/);
    await expectError(await request.get('/api/events?kinds=gitrepos&extra=1'), 400, /unknown parameter "extra"/);
  });
});

test.describe('object names', () => {
  const cases: [string, RegExp][] = [
    [`/api/w/${WS_DEFAULT}/gitrepos/Bad_Name`, /"Bad_Name" is not a valid GitRepo name/],
    [`/api/w/${WS_DEFAULT}/gitrepos/${'a'.repeat(300)}`, /is not a valid GitRepo name/],
    [`/api/w/${WS_DEFAULT}/clusters/Bad_Name`, /"Bad_Name" is not a valid/],
    [`/api/w/${WS_DEFAULT}/clustergroups/Bad_Name`, /"Bad_Name" is not a valid/],
    [`/api/w/${WS_DEFAULT}/bundles/Bad_Name`, /"Bad_Name" is not a valid Bundle name/],
    [`/api/workspaces/Bad_Name`, /"Bad_Name" is not a valid workspace name/],
    [`/api/w/Bad_WS/gitrepos/${GITREPO_MANIFESTS}`, /"Bad_WS" is not a (valid )?workspace/],
    [`/api/w/${WS_DEFAULT}/bundledeployments?cluster=no-slash`, /cluster must be "<workspace>\/<cluster name>"/],
  ];
  for (const [path, message] of cases) {
    test(`GET ${path.slice(0, 70)} → 400`, async ({ request }) => {
      await expectError(await request.get(path), 400, message);
    });
  }

  test('names in write paths and bodies are checked before use → 400/422 in words, never 500', async ({ request, baseURL }) => {
    const headers = await csrfHeaders(request, baseURL!);
    const long = 'w'.repeat(64); // matches the namespace pattern, but over 63 characters
    await expectError(await request.post(`/api/w/${WS_DEFAULT}/bundles/Bad_Name/force-sync`, { headers, data: { expected: 0 } }), 400, /"Bad_Name" is not a valid Bundle name/);
    await expectError(await request.post(`/api/w/${WS_DEFAULT}/bundles/${'b'.repeat(254)}/force-sync`, { headers, data: { expected: 0 } }), 400, /is not a valid Bundle name/);
    await expectError(await request.post(`/api/w/${long}/bundles/x/force-sync`, { headers, data: { expected: 0 } }), 400, /is not a valid workspace name/);
    await expectError(await request.get(`/api/w/${long}/bundles/x`), 400, /is not a valid workspace name/);
    await expectError(await request.get(`/api/w/_all/bundles/x`), 400, /pick one/);
    await expectError(await request.get(`/api/w/${long}/matrix`), 400, /pick one/);
    await expectError(
      await request.post(`/api/w/${WS_DEFAULT}/troubleshooting/secret`, { headers, data: { gitrepo: 'Bad_Name', field: 'clientSecretName', type: 'basic', password: 'p' } }),
      422,
      /not a valid GitRepo name/,
    );
    await expectError(
      await request.post(`/api/w/${WS_DEFAULT}/troubleshooting/redeploy-agents`, { headers, data: { clusters: [{ name: 'Bad_Name', expected: 0 }] } }),
      422, // well-formed, but the name breaks Kubernetes' rules: one body pipeline, lib/http/body.ts
      /not a valid cluster name/,
    );
    // A GitRepo may name any string as its Secret (the API server does not check it): that string is not used as a path.
    const repo = `e2e-badsecret-${Date.now()}`;
    await createGitRepoAsAdmin(WS_DEFAULT, repo, { repo: 'https://github.com/rancher/fleet-examples', clientSecretName: 'Not_A_Secret' });
    try {
      await expectError(
        await request.post(`/api/w/${WS_DEFAULT}/troubleshooting/secret`, { headers, data: { gitrepo: repo, field: 'clientSecretName', type: 'basic', password: 'p' } }),
        422,
        /"Not_A_Secret" .*not a valid Secret name/,
      );
    } finally {
      await deleteGitRepoAsAdmin(WS_DEFAULT, repo);
    }
  });

  test('a well-formed name that does not exist → 404 in words', async ({ request }) => {
    await expectError(await request.get(`/api/w/${WS_DEFAULT}/gitrepos/e2e-nope-${Date.now()}`), 404, /does not exist/);
    await expectError(await request.get(`/api/w/${WS_DEFAULT}/bundles/e2e-nope-${Date.now()}`), 404, /does not exist/);
    await expectError(await request.get(`/api/w/${WS_DEFAULT}/clusters/e2e-nope-${Date.now()}`), 404, /does not exist/);
  });
});

test.describe('write bodies and CSRF', () => {
  // Every kind of write route; the limit and the CSRF check sit in front of all of them (lib/http/route.ts asPerson).
  const writes: [string, string][] = [
    ['POST', `/api/w/${WS_DEFAULT}/gitrepos`],
    ['PUT', `/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}`],
    ['POST', `/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}/actions`],
    ['POST', `/api/w/${WS_DEFAULT}/clustergroups`],
    ['PUT', `/api/w/${WS_DEFAULT}/clustergroups/${GROUP_PROD}`],
    ['POST', `/api/w/${WS_DEFAULT}/clusters/${STALE_CLUSTER}/move`],
    ['POST', `/api/w/${WS_DEFAULT}/tokens`],
    ['POST', '/api/workspaces/create'],
  ];
  // Buffers go out byte for byte (a string body would be JSON-encoded by Playwright).
  const big = Buffer.from(JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) }));
  const raw = (s: string) => Buffer.from(s);

  for (const [method, path] of writes) {
    test(`${method} ${path}: oversized body → 413, no CSRF token → 403`, async ({ request, baseURL }) => {
      const headers = await csrfHeaders(request, baseURL!);
      const tooBig = await request.fetch(path, { method, headers, data: big });
      await expectError(tooBig, 413, /the limit is 1048576 bytes/);

      const { 'x-csrf-token': _omit, ...noToken } = headers;
      void _omit;
      const noCsrf = await request.fetch(path, { method, headers: noToken, data: raw('{}') });
      await expectError(noCsrf, 403, /security token is missing/);

      const wrongCsrf = await request.fetch(path, { method, headers: { ...headers, 'x-csrf-token': 'forged' }, data: raw('{}') });
      await expectError(wrongCsrf, 403, /security token/);
    });
  }

  test('malformed JSON → 400 in words on every write route (one body pipeline)', async ({ request, baseURL }) => {
    const headers = await csrfHeaders(request, baseURL!);
    for (const [method, path] of writes) {
      await expectError(await request.fetch(path, { method, headers, data: raw('{not json') }), 400, /must be a JSON object/);
      await expectError(await request.fetch(path, { method, headers, data: raw('[1, 2]') }), 400, /must be a JSON object/);
    }
  });

  test('wrong shape → 400; well-formed but against a rule → 422 with { field, message } list', async ({ request, baseURL }) => {
    const headers = await csrfHeaders(request, baseURL!);
    const repo = 'https://github.com/acme/app.git';
    const shape: [string, string, unknown, RegExp][] = [
      ['POST', `/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}/actions`, { action: 'explode' }, /action must be one of: pause, unpause, forceUpdate/],
      ['PUT', `/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}`, { form: { name: GITREPO_MANIFESTS, repo } }, /resourceVersion is required/],
      ['POST', `/api/w/${WS_DEFAULT}/bundles/x/force-sync`, { expected: 'zero' }, /expected must be the forceSyncGeneration you saw/],
      ['POST', '/api/workspaces/create', { nom: 'x' }, /name is required/],
    ];
    for (const [method, path, data, message] of shape) await expectError(await request.fetch(path, { method, headers, data }), 400, message);
    const rules: [string, string, unknown, string][] = [
      ['POST', `/api/w/${WS_DEFAULT}/gitrepos`, { form: { name: 'UPPER', repo } }, 'name'],
      ['PUT', `/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}`, { form: { name: 'renamed', repo }, resourceVersion: '1' }, 'name'],
      ['POST', `/api/w/${WS_DEFAULT}/clustergroups`, { name: 'Bad_Name', selector: { matchLabels: { env: 'prod' } } }, 'name'],
      ['POST', `/api/w/${WS_DEFAULT}/tokens`, { name: 'Bad_Name', ttl: '' }, 'name'],
      ['POST', '/api/workspaces/create', { name: 'kube-mine' }, 'name'],
    ];
    for (const [method, path, data, field] of rules) {
      const res = await request.fetch(path, { method, headers, data });
      const text = await res.text();
      expect(res.status(), `${method} ${path}: ${text}`).toBe(422);
      const body = JSON.parse(text) as { error: string; fieldErrors: { field: string; message: string }[] };
      expect(body.fieldErrors.map((f) => f.field), path).toContain(field);
      expect(body.error, path).toBe(body.fieldErrors[0]!.message);
    }
  });

  test('sign-in: oversized and malformed bodies', async ({ request, baseURL }) => {
    const headers = await csrfHeaders(request, baseURL!);
    await expectError(await request.post('/api/session', { headers, data: big }), 413, /the limit is 1048576 bytes/);
    await expectError(await request.post('/api/session', { headers, data: raw('{oops') }), 400, /must be JSON/);
    await expectError(await request.post('/api/session', { headers, data: { token: 'has spaces in it' } }), 400, /no spaces/);
  });
});
