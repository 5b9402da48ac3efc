// The operator's whole GitRepo round trip through the UI, checked against the real API server:
// create (SSH auth + known_hosts, cluster-group target, every field) → edit → conflict → force
// update → pause → clone → delete.
import { expect, test } from '@playwright/test';
import { GROUP_PROD } from '../scripts/seed/fixtures';
import { screenshot } from './support/app';
import { deleteGitRepoAsAdmin, deleteSecretAsAdmin, getGitRepo, getSecret, kube, patchGitRepoAsAdmin } from './support/gitrepo';
import { formReady, KNOWN_HOSTS, viewportShot, signInAsOperator, throwawayPrivateKey, uniqueName, WS } from './support/gitrepo-form';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const FAKE_CA = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZTJlLXRlc3QtY2E=\n-----END CERTIFICATE-----';

/** A write plus a page load; generous for a busy dev server (next start is quick). */
const SLOW = { timeout: 45_000 };

test.describe.configure({ mode: 'serial' });

test('operator creates, edits, force-updates, pauses, clones and deletes a GitRepo through the UI', async ({ page }) => {
  test.setTimeout(180_000);
  const name = uniqueName();
  const cloneName = `${name}-clone`;
  const secretName = `${name}-auth`;
  const key = throwawayPrivateKey();
  const created: string[] = [name, cloneName];
  try {
    await signInAsOperator(page);

    // ---- Create through the form --------------------------------------------------------------
    await page.goto(`/w/${WS}/gitrepos`);
    await page.getByTestId('create-gitrepo').click();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos/new$`), SLOW);
    const f = await formReady(page);
    await f.field('Name').fill(name);
    await f.field('Repository URL').fill('git@github.com:acme/e2e-apps.git');
    await f.field('Branch').fill('main');
    await f.root.getByRole('button', { name: 'Add path' }).click();
    await f.field('Path 1').fill('charts/*');
    await f.root.getByRole('button', { name: 'Add path' }).click();
    await f.field('Path 2').fill('manifests');

    await f.tab('Authentication & TLS').click();
    await f.root.getByRole('radio', { name: /SSH key/ }).check();
    await f.field('Private key').fill(key);
    await f.field('known_hosts (optional)').fill(KNOWN_HOSTS);
    await f.field('Helm secret name').fill('e2e-helm-creds');
    await f.field('Helm repository URL regex').fill('^https://charts\\.acme\\.io/');
    await f.field('CA bundle (PEM)').fill(FAKE_CA);

    await f.tab('Targets').click();
    await f.root.getByRole('radio', { name: /Specific clusters, groups or selectors/ }).check();
    await f.field('Target name (optional)').fill('prod-group');
    await f.field('Cluster group').fill(GROUP_PROD);
    await f.root.getByRole('button', { name: 'Add target' }).click();
    await f.root.getByTestId('target-entry').nth(1).getByLabel('Cluster label selector').fill('env=staging,region in (eu-west,eu-central)');
    await f.field('Target namespace').fill('e2e-apps');
    await f.field('Service account').fill('fleet-deployer');

    await f.tab('Behaviour & advanced').click();
    await f.field('Polling interval').fill('2m');
    await f.field('Webhook secret').fill('e2e-webhook');
    await f.field('Keep resources').check();
    await f.field('Correct drift').check();
    await f.field('Force (delete and recreate on conflict)').check();
    await f.field('Keep failed Helm releases in history').check();
    await f.field('Advanced (YAML)').fill('imageScanInterval: 5m\n');

    // The YAML tab shows exactly what will be sent, and says which Secret comes with it.
    await f.tab('YAML').click();
    const yaml = f.root.getByTestId('yaml-editor');
    await expect(yaml).toHaveValue(new RegExp(`clientSecretName: ${secretName}`));
    await expect(yaml).toHaveValue(/clusterGroup: prod/);
    await expect(yaml).not.toHaveValue(/PRIVATE KEY/);
    await expect(f.root.getByTestId('yaml-secret-note')).toContainText('kubernetes.io/ssh-auth');
    await screenshot(page, 'gitrepo-form-yaml');

    await f.submit();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos/${name}$`), SLOW);
    await expect(page.getByTestId('gitrepo-detail')).toBeVisible();

    // ---- Read back from the API server: every field, and the Secret ----------------------------
    const stored = await getGitRepo(WS, name);
    expect(stored, 'the GitRepo exists').toBeDefined();
    expect(stored!.spec).toEqual({
      repo: 'git@github.com:acme/e2e-apps.git',
      branch: 'main',
      paths: ['charts/*', 'manifests'],
      clientSecretName: secretName,
      helmSecretName: 'e2e-helm-creds',
      helmRepoURLRegex: '^https://charts\\.acme\\.io/',
      caBundle: b64(FAKE_CA),
      targets: [
        { name: 'prod-group', clusterGroup: GROUP_PROD },
        { clusterSelector: { matchLabels: { env: 'staging' }, matchExpressions: [{ key: 'region', operator: 'In', values: ['eu-west', 'eu-central'] }] } },
      ],
      targetNamespace: 'e2e-apps',
      serviceAccount: 'fleet-deployer',
      pollingInterval: '2m',
      webhookSecret: 'e2e-webhook',
      keepResources: true,
      correctDrift: { enabled: true, force: true, keepFailHistory: true },
      imageScanInterval: '5m',
    });
    const secret = await getSecret(WS, secretName);
    expect(secret?.type).toBe('kubernetes.io/ssh-auth');
    expect(Object.keys(secret?.data ?? {}).sort()).toEqual(['known_hosts', 'ssh-privatekey']);
    expect(Buffer.from(secret!.data!['ssh-privatekey']!, 'base64').toString()).toBe(`${key.trim()}\n`);
    expect(Buffer.from(secret!.data!.known_hosts!, 'base64').toString()).toBe(`${KNOWN_HOSTS}\n`);
    expect(secret?.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'GitRepo', name, uid: stored!.metadata.uid })]);

    // The detail page shows it, targets in words, and never the key.
    await expect(page.getByTestId('targets-words')).toContainText(`Cluster group ${GROUP_PROD}`);
    await expect(page.getByTestId('summary')).toContainText(secretName);
    expect(await page.content()).not.toContain(key.split('\n')[1]!);

    // ---- Edit ---------------------------------------------------------------------------------
    await page.getByTestId('action-edit').click();
    let e = await formReady(page);
    await expect(e.field('Name')).toHaveValue(name);
    await expect(e.field('Branch')).toHaveValue('main');
    // Fleet writes status all the time (each poll); that moves the resourceVersion but is no conflict.
    const statusWrite = await kube('PATCH', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}/status`, {
      status: { commit: '0123456789abcdef0123456789abcdef01234567', gitJobStatus: 'Current' },
    });
    expect(statusWrite.status).toBe(200);
    await e.field('Branch').fill('release');
    await e.submit();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos/${name}$`), SLOW);
    await expect.poll(async () => (await getGitRepo(WS, name))?.spec.branch).toBe('release');
    const afterEdit = (await getGitRepo(WS, name))!;
    expect(afterEdit.spec.clientSecretName, 'credentials kept').toBe(secretName);
    expect(afterEdit.spec.pollingInterval).toBe('2m');
    expect(await getSecret(WS, secretName)).toBeDefined();

    // ---- Deliberate conflict: admin changes it between load and save ---------------------------
    await page.getByTestId('action-edit').click();
    e = await formReady(page);
    await expect(e.field('Branch')).toHaveValue('release');
    await patchGitRepoAsAdmin(WS, name, { spec: { pollingInterval: '7m' } });
    // Live updates announce it before saving runs into it.
    await expect(page.getByTestId('changed-meanwhile')).toBeVisible(SLOW);
    await e.field('Branch').fill('hotfix');
    await viewportShot(page, 'gitrepo-edit-changed-meanwhile');
    await e.submit();
    const dialog = page.getByTestId('conflict-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('not saved');
    const during = (await getGitRepo(WS, name))!;
    expect(during.spec.branch, 'nothing was overwritten').toBe('release');
    expect(during.spec.pollingInterval).toBe('7m');
    await dialog.getByTestId('conflict-compare').click();
    await expect(dialog.getByTestId('conflict-theirs')).toContainText('pollingInterval: 7m');
    await expect(dialog.getByTestId('conflict-mine')).toContainText('branch: hotfix');
    await viewportShot(page, 'gitrepo-conflict-dialog');
    await dialog.getByTestId('conflict-reload').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('changed-meanwhile')).toBeHidden();
    e = await formReady(page);
    await expect(e.field('Branch')).toHaveValue('release');
    await e.tab('Behaviour & advanced').click();
    await expect(e.field('Polling interval')).toHaveValue('7m');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos/${name}$`), SLOW);

    // ---- Force update -------------------------------------------------------------------------
    const before = (await getGitRepo(WS, name))!;
    await page.getByTestId('action-force-update').click();
    await page.getByTestId('force-update-dialog').getByTestId('confirm-button').click();
    await expect(page.getByTestId('action-result')).toContainText('Force update requested', SLOW);
    const forced = (await getGitRepo(WS, name))!;
    expect(forced.spec.forceSyncGeneration).toBe((before.spec.forceSyncGeneration ?? 0) + 1);
    expect(forced.metadata.generation).toBe((before.metadata.generation ?? 0) + 1);

    // ---- Pause / unpause ------------------------------------------------------------------------
    await page.getByTestId('action-pause').click();
    await expect(page.getByTestId('action-result')).toHaveText('Paused', SLOW);
    expect((await getGitRepo(WS, name))!.spec.paused).toBe(true);
    await expect(page.getByTestId('action-pause')).toHaveText('Unpause');
    await screenshot(page, 'gitrepo-detail');

    // ---- Clone: prefilled, empty name, no credentials copied ----------------------------------
    await page.getByTestId('action-clone').click();
    await expect(page).toHaveURL(new RegExp(`/gitrepos/new\\?clone=${name}$`), SLOW);
    const c = await formReady(page);
    await expect(c.field('Name')).toHaveValue('');
    await expect(c.field('Repository URL')).toHaveValue('git@github.com:acme/e2e-apps.git');
    await expect(c.field('Branch')).toHaveValue('release');
    await expect(page.getByTestId('form-notes')).toContainText('does not use it');
    await c.tab('Authentication & TLS').click();
    await expect(c.field('Private key')).toHaveValue('');
    await c.root.getByRole('radio', { name: /^None/ }).check();
    await c.tab('Repository').click();
    await c.field('Name').fill(cloneName);
    await c.submit();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos/${cloneName}$`), SLOW);
    const clone = (await getGitRepo(WS, cloneName))!;
    expect(clone.spec.clientSecretName, 'no secret copied or shared').toBeUndefined();
    expect(clone.spec.targets).toEqual(stored!.spec.targets);
    expect(clone.spec.paused).toBe(true);
    expect(clone.spec.forceSyncGeneration).toBeUndefined();
    expect(await getSecret(WS, `${cloneName}-auth`)).toBeUndefined();

    // ---- Delete with typed confirmation ---------------------------------------------------------
    for (const n of [cloneName, name]) {
      await page.goto(`/w/${WS}/gitrepos/${n}`);
      await page.getByTestId('action-delete').click();
      const del = page.getByTestId('delete-dialog');
      // keepResources was set in the form (and cloned): the dialog says the resources stay.
      await expect(del.getByTestId('keep-resources-note')).toContainText('Resources are kept');
      await expect(del.getByTestId('confirm-button')).toBeDisabled();
      await del.getByTestId('confirm-input').fill(n);
      if (n === name) await viewportShot(page, 'gitrepo-delete-confirm');
      await del.getByTestId('confirm-button').click();
      await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos$`), SLOW);
      await expect.poll(() => getGitRepo(WS, n), { timeout: 20_000 }).toBeUndefined();
    }
    // Owned by the GitRepo, the Secret goes with it (Kubernetes' garbage collector).
    await expect.poll(() => getSecret(WS, secretName), { timeout: 30_000 }).toBeUndefined();
  } finally {
    for (const n of created) await deleteGitRepoAsAdmin(WS, n);
    await deleteSecretAsAdmin(WS, secretName);
  }
});
