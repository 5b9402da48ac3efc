// Credentials typed into the GitRepo form: the Secret's type and keys, its rollback when the
// GitRepo cannot be completed, and replacement on edit (new Secret, old one removed). Read back as
// admin; the operator itself can never read a Secret.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { gitRepoToForm } from '../lib/fleet/forms/gitrepo-convert';
import type { GitRepo } from '../lib/fleet/kinds/gitrepo';
import { tokenFor } from './support/k8s';
import { signedIn } from './support/person';
import { getGitRepo, getSecret, deleteGitRepoAsAdmin, deleteSecretAsAdmin, kube, secretNamesWithPrefix } from './support/gitrepo';
import { expectFieldError, formReady, signInAsOperator, uniqueName, WS } from './support/gitrepo-form';

const SLOW = { timeout: 45_000 };

test('if the credentials Secret cannot be created, the GitRepo is rolled back and the form keeps everything', async ({ page }) => {
  test.setTimeout(120_000);
  const name = uniqueName('rollback');
  // Someone else's Secret already has the name the form would use.
  const taken = await kube('POST', `/api/v1/namespaces/${WS}/secrets`, {
    apiVersion: 'v1', kind: 'Secret', metadata: { name: `${name}-auth` }, type: 'Opaque', stringData: { note: 'not ours' },
  });
  expect(taken.status).toBe(201);
  try {
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/gitrepos/new`);
    const f = await formReady(page);
    await f.field('Name').fill(name);
    await f.field('Repository URL').fill('https://git.acme.io/team/app.git');
    await f.tab('Authentication & TLS').click();
    await f.root.getByRole('radio', { name: /Username and password/ }).check();
    await f.field('Username').fill('deploy');
    await f.field('Password or access token').fill('s3cr3t-token');
    await f.submit();
    await expectFieldError(f, 'Name', `A Secret named "${name}-auth" already exists`);
    expect(await getGitRepo(WS, name), 'the GitRepo was rolled back').toBeUndefined();
    const other = await getSecret(WS, `${name}-auth`);
    expect(other?.type, "the other Secret is untouched").toBe('Opaque');
    await f.tab('Authentication & TLS').click();
    await expect(f.field('Password or access token')).toHaveValue('s3cr3t-token');
  } finally {
    await deleteGitRepoAsAdmin(WS, name);
    await deleteSecretAsAdmin(WS, `${name}-auth`);
  }
});

test('basic auth makes a kubernetes.io/basic-auth Secret; replacing credentials on edit makes a new one and removes the old', async ({ page }) => {
  test.setTimeout(150_000);
  const name = uniqueName('basic');
  try {
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/gitrepos/new`);
    let f = await formReady(page);
    await f.field('Name').fill(name);
    await f.field('Repository URL').fill('https://git.acme.io/team/app.git');
    await f.tab('Authentication & TLS').click();
    await f.root.getByRole('radio', { name: /Username and password/ }).check();
    await f.field('Username').fill('deploy');
    await f.field('Password or access token').fill('first-token');
    await f.submit();
    await expect(page).toHaveURL(new RegExp(`/gitrepos/${name}$`), SLOW);
    const first = await getSecret(WS, `${name}-auth`);
    expect(first?.type).toBe('kubernetes.io/basic-auth');
    expect(Buffer.from(first!.data!.username!, 'base64').toString()).toBe('deploy');
    expect(Buffer.from(first!.data!.password!, 'base64').toString()).toBe('first-token');
    expect((await getGitRepo(WS, name))?.spec.clientSecretName).toBe(`${name}-auth`);

    // Edit: the stored credentials are never shown; replacing them creates a new Secret.
    await page.getByTestId('action-edit').click();
    f = await formReady(page);
    await f.tab('Authentication & TLS').click();
    await expect(f.root.getByTestId('stored-secret')).toContainText(`${name}-auth`);
    await expect(page.locator('body')).not.toContainText('first-token');
    await f.root.getByRole('button', { name: 'Replace credentials…' }).click();
    await f.field('Password or access token').fill('second-token');
    await f.submit();
    await expect(page).toHaveURL(new RegExp(`/gitrepos/${name}$`), SLOW);
    const gr = await getGitRepo(WS, name);
    const now = gr?.spec.clientSecretName ?? '';
    expect(now).toMatch(new RegExp(`^${name}-auth-\\d+$`));
    const second = await getSecret(WS, now);
    expect(second?.type).toBe('kubernetes.io/basic-auth');
    expect(Buffer.from(second!.data!.password!, 'base64').toString()).toBe('second-token');
    expect(second?.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'GitRepo', name, uid: gr?.metadata.uid });
    expect(await secretNamesWithPrefix(WS, `${name}-auth`), 'the old Secret is removed').toEqual([now]);
  } finally {
    await deleteGitRepoAsAdmin(WS, name);
    for (const s of await secretNamesWithPrefix(WS, `${name}-auth`)) await deleteSecretAsAdmin(WS, s);
  }
});

test.describe("replacing credentials deletes only the Secret the dashboard made, never a hand-made one with that name", () => {
  // A hand-made Secret may carry the `<gitrepo>-auth` name the form uses; the GitRepo points at it by hand.
  const handMade = async (secret: string) => {
    const r = await kube('POST', `/api/v1/namespaces/${WS}/secrets`, {
      apiVersion: 'v1', kind: 'Secret', metadata: { name: secret }, type: 'kubernetes.io/basic-auth', stringData: { password: 'made-by-hand' },
    });
    expect(r.status).toBe(201);
  };
  const useIt = async (repo: string, secret: string) => {
    const r = await kube('POST', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos`, {
      apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', metadata: { name: repo }, spec: { repo: 'https://git.acme.io/team/app.git', clientSecretName: secret },
    });
    expect(r.status).toBe(201);
  };
  /** PUT new basic credentials through the dashboard's edit route. */
  const replaceCredentials = async (api: APIRequestContext, headers: Record<string, string>, repo: string) => {
    const loaded = await api.get(`/api/w/${WS}/gitrepos/${repo}`);
    expect(loaded.status(), await loaded.text()).toBe(200);
    const object = ((await loaded.json()) as { object: GitRepo }).object;
    const form = { ...gitRepoToForm(object), auth: { type: 'basic', username: 'deploy', password: 'new-token' } };
    const res = await api.put(`/api/w/${WS}/gitrepos/${repo}`, { headers, data: { form, resourceVersion: object.metadata.resourceVersion, generation: object.metadata.generation } });
    expect(res.status(), await res.text()).toBe(200);
    expect((await getGitRepo(WS, repo))?.spec.clientSecretName).toMatch(new RegExp(`^${repo}-auth-\\d+$`));
  };

  test('as the operator (may delete Secrets, never read them) and as the admin', async ({ request, baseURL }) => {
    test.setTimeout(120_000);
    const shared = uniqueName('shared'); // used by two GitRepos
    const alone = uniqueName('alone'); // used by this one GitRepo only, edited by the operator
    const admins = uniqueName('admins'); // used by this one GitRepo only, edited by the admin (may read Secret labels)
    const repos = [shared, `${shared}-b`, alone, admins];
    try {
      await handMade(`${shared}-auth`);
      await useIt(shared, `${shared}-auth`);
      await useIt(`${shared}-b`, `${shared}-auth`);
      await handMade(`${alone}-auth`);
      await useIt(alone, `${alone}-auth`);
      await handMade(`${admins}-auth`);
      await useIt(admins, `${admins}-auth`);

      const operator = await signedIn(baseURL!, tokenFor('operator'));
      // The other GitRepo must be in the dashboard's cache before the edit (it is how "used elsewhere" is known).
      await expect.poll(async () => (await operator.api.get(`/api/w/${WS}/gitrepos/${shared}-b`)).status()).toBe(200);
      await replaceCredentials(operator.api, await operator.writeHeaders(), shared);
      await replaceCredentials(operator.api, await operator.writeHeaders(), alone);
      await operator.api.dispose();
      await request.get('/signin');
      const csrf = (await request.storageState()).cookies.find((c) => c.name === 'fleet_csrf')?.value ?? '';
      await replaceCredentials(request, { 'x-csrf-token': csrf, origin: new URL(baseURL!).origin, 'content-type': 'application/json' }, admins);

      for (const s of [`${shared}-auth`, `${alone}-auth`, `${admins}-auth`]) {
        const kept = await getSecret(WS, s);
        expect(kept, `${s} is hand-made and must survive`).toBeDefined();
        expect(Buffer.from(kept!.data!.password!, 'base64').toString()).toBe('made-by-hand');
      }
    } finally {
      for (const r of repos) await deleteGitRepoAsAdmin(WS, r);
      for (const r of repos) for (const s of await secretNamesWithPrefix(WS, `${r}-auth`)) await deleteSecretAsAdmin(WS, s);
    }
  });
});
