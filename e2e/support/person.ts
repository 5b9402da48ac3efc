// People with narrow RBAC for tests: a ServiceAccount in `default`, Roles granting exactly the verbs and kinds given,
// and a short-lived token from the TokenRequest API; plus an API request context signed in as that token.
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { kube } from './k8s';

export interface Grant {
  namespace: string;
  resources: string[];
  verbs?: string[];
  apiGroup?: string;
}

async function ok(r: Promise<{ status: number; body: unknown }>, what: string, allow: number[] = []): Promise<void> {
  const a = await r;
  if (a.status >= 300 && !allow.includes(a.status)) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`);
}

/** Creates (or reuses) the ServiceAccount and its Roles; answers a bearer token for it. */
export async function personWith(name: string, grants: Grant[]): Promise<string> {
  await ok(kube('POST', '/api/v1/namespaces/default/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name } }), 'create SA', [409]);
  for (const [i, g] of grants.entries()) {
    const role = `${name}-${i}`;
    await kube('DELETE', `/apis/rbac.authorization.k8s.io/v1/namespaces/${g.namespace}/roles/${role}`);
    await ok(
      kube('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${g.namespace}/roles`, {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: role },
        rules: [{ apiGroups: [g.apiGroup ?? 'fleet.cattle.io'], resources: g.resources, verbs: g.verbs ?? ['get', 'list', 'watch'] }],
      }),
      'create Role',
    );
    await ok(
      kube('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${g.namespace}/rolebindings`, {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: role },
        subjects: [{ kind: 'ServiceAccount', name, namespace: 'default' }],
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role },
      }),
      'create RoleBinding',
      [409],
    );
  }
  const t = await kube<{ status?: { token?: string } }>('POST', `/api/v1/namespaces/default/serviceaccounts/${name}/token`, {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    spec: { expirationSeconds: 3600 },
  });
  if (!t.body.status?.token) throw new Error(`token for ${name}: ${t.status} ${JSON.stringify(t.body).slice(0, 300)}`);
  return t.body.status.token;
}

/** Removes what personWith made (best effort). */
export async function removePerson(name: string, grants: Grant[]): Promise<void> {
  for (const [i, g] of grants.entries()) {
    await kube('DELETE', `/apis/rbac.authorization.k8s.io/v1/namespaces/${g.namespace}/rolebindings/${name}-${i}`);
    await kube('DELETE', `/apis/rbac.authorization.k8s.io/v1/namespaces/${g.namespace}/roles/${name}-${i}`);
  }
  await kube('DELETE', `/api/v1/namespaces/default/serviceaccounts/${name}`);
}

export interface SignedIn {
  api: APIRequestContext;
  /** Headers a state-changing request needs (CSRF token from the cookie, same origin). */
  writeHeaders(): Promise<Record<string, string>>;
}

/** A fresh cookie jar signed in with `token` through the sign-in route. */
export async function signedIn(baseURL: string, token: string): Promise<SignedIn> {
  const api = await playwrightRequest.newContext({ baseURL });
  const writeHeaders = async () => {
    const csrf = (await api.storageState()).cookies.find((c) => c.name === 'fleet_csrf')?.value;
    expect(csrf, 'fleet_csrf cookie').toBeTruthy();
    return { 'x-csrf-token': csrf!, origin: new URL(baseURL).origin, 'content-type': 'application/json' };
  };
  await api.get('/signin');
  const res = await api.post('/api/session', { headers: await writeHeaders(), data: { token } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return { api, writeHeaders };
}
