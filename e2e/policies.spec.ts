// Policies (issue 13 item 4) on the seeded instance: each Policy in plain words; the objects Fleet reports as
// rejected (a GitRepo whose Accepted condition holds the message Fleet's enforcement writes) attributed to the
// Policy that rejects them; edit and create through the form with field errors (browser and 422), 409 for a stale
// edit, 403 in words for the read-only viewer.
import { expect, test, type Page } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';
import { evaluateGitRepo } from '../lib/fleet/policy/evaluate';
import { PolicySchema } from '../lib/fleet/kinds/policy';
import { screenshot, signIn } from './support/app';
import { deleteObject, getObject } from './support/clusters';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin } from './support/gitrepo';
import { signInAsOperator } from './support/gitrepo-form';
import { kube, tokenFor } from './support/k8s';

const WS = F.WS_DEFAULT;
const REJECTED = 'e2e-policy-rejected';
const FOREIGN_REPO = 'https://gitlab.com/someone/else';
const row = (page: Page, name: string) => page.locator(`[data-testid="policy-row"][data-name="${name}"]`);

/** Writes from the test itself carry what the browser's fetch sends: the CSRF cookie's value as a header, our origin. */
async function writeHeaders(page: Page, baseURL: string | undefined): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value;
  expect(token, 'fleet_csrf cookie').toBeTruthy();
  return { 'x-csrf-token': token!, origin: new URL(baseURL!).origin };
}

// A GitRepo the seeded Policy refuses, with the status Fleet's GitRepo reconciler writes when AuthorizeAndAssignDefaults
// fails (gitjob_controller.go updateErrorStatus: Accepted=False, the error as message, reason Error).
test.beforeAll(async () => {
  await deleteGitRepoAsAdmin(WS, REJECTED);
  await createGitRepoAsAdmin(WS, REJECTED, { repo: FOREIGN_REPO, branch: 'main' });
  const policy = PolicySchema.parse((await getObject(WS, 'policies', F.POLICY_NAME)).body);
  const verdict = evaluateGitRepo({ spec: { repo: FOREIGN_REPO } }, [policy]);
  if (verdict.allowed) throw new Error('the seeded Policy should refuse the foreign repository');
  const r = await kube('PATCH', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${REJECTED}/status`, {
    status: { conditions: [{ type: 'Accepted', status: 'False', reason: 'Error', message: verdict.reason, lastUpdateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }] },
  });
  if (r.status !== 200) throw new Error(`status: ${r.status}`);
});
test.afterAll(async () => {
  await deleteGitRepoAsAdmin(WS, REJECTED);
});

test('each Policy in plain words, and the GitRepo Fleet rejected, attributed to the Policy that rejects it', async ({ page }) => {
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/policies`);
  const r = row(page, F.POLICY_NAME);
  await expect(r.getByTestId('policy-summary')).toContainText('Allowed service accounts: deployer.');
  await expect(r.getByTestId('policy-summary')).toContainText('Allowed Git repositories: https://github\\.com/acme/.*.');
  await expect(r.getByTestId('policy-rejects')).toHaveText('1');
  const rej = page.getByTestId('workspace-rejections').locator(`[data-testid="rejection-row"][data-name="${REJECTED}"]`);
  await expect(rej.getByTestId('rejection-sentence')).toHaveText(`The Git repository "${FOREIGN_REPO}" is not allowed: allowed are https://github\\.com/acme/.*.`);
  await expect(rej.getByRole('link', { name: F.POLICY_NAME })).toBeVisible();
  await screenshot(page, 'policies-list');

  await r.getByRole('link', { name: F.POLICY_NAME }).click();
  await expect(page.getByTestId('policy-title')).toHaveText(F.POLICY_NAME);
  await expect(page.getByTestId('policy-rejections').getByTestId('rejection-row')).toHaveCount(1);
  const field = page.locator('[data-testid="policy-field"][data-path="gitRepo.allowedRepoPatterns"]');
  await expect(field).toContainText('https://github\\.com/acme/.*');
  await expect(field).toContainText('regular expression over the whole URL');
  await expect(page.locator('[data-testid="policy-field"][data-path="requireServiceAccount"]')).toContainText('no');
  await screenshot(page, 'policy-detail');
  // The rejected GitRepo's link leads to its page.
  await page.getByTestId('policy-rejections').getByRole('link', { name: REJECTED }).click();
  await expect(page).toHaveURL(new RegExp(`/gitrepos/${REJECTED}$`));
});

test('operator edits the Policy through the form: a pattern that does not compile is refused; once allowed, nothing is rejected by it', async ({ page, baseURL }) => {
  await signInAsOperator(page);
  const before = (await getObject(WS, 'policies', F.POLICY_NAME)).body as Record<string, unknown> & { metadata: { resourceVersion: string } };
  try {
    await page.goto(`/w/${WS}/policies/${F.POLICY_NAME}/edit`);
    const patterns = page.getByTestId('list-gitRepo.allowedRepoPatterns');
    await patterns.getByRole('button', { name: 'Add pattern' }).click();
    await patterns.getByRole('textbox', { name: 'Allowed Git repositories 2' }).fill('https://gitlab.com/(');
    await expect(patterns.getByRole('textbox', { name: 'Allowed Git repositories 2' })).toHaveAttribute('aria-invalid', 'true');
    await expect(patterns.getByTestId('field-error')).toContainText(/missing closing \)|not a valid/i);
    await page.getByTestId('policy-submit').click();
    await expect(page).toHaveURL(/\/edit$/);
    await screenshot(page, 'policy-form-errors');
    await patterns.getByRole('textbox', { name: 'Allowed Git repositories 2' }).fill('https://gitlab\\.com/someone/.*');
    await page.getByTestId('policy-submit').click();
    await expect(page).toHaveURL(new RegExp(`/policies/${F.POLICY_NAME}$`));
    const stored = (await getObject(WS, 'policies', F.POLICY_NAME)).body as { gitRepo: { allowedRepoPatterns: string[] }; allowedServiceAccounts: string[] };
    expect(stored.gitRepo.allowedRepoPatterns).toEqual(['https://github\\.com/acme/.*', 'https://gitlab\\.com/someone/.*']);
    expect(stored.allowedServiceAccounts).toEqual(['deployer']);
    // Fleet still reports the old rejection until it re-checks, but this Policy alone no longer refuses the GitRepo.
    await expect(page.getByTestId('policy-rejections').getByTestId('rejection-row')).toHaveCount(0);

    // A stale edit is refused in words, the API's 422 names each bad field.
    const form = { name: F.POLICY_NAME, requireServiceAccount: false, allowedServiceAccounts: ['deployer'] };
    const headers = await writeHeaders(page, baseURL);
    const stale = await page.request.put(`/api/w/${WS}/policies/${F.POLICY_NAME}`, { headers, data: { resourceVersion: before.metadata.resourceVersion, form } });
    expect(stale.status()).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toMatch(/changed by someone else since you loaded it/);
    const bad = await page.request.post(`/api/w/${WS}/policies`, {
      headers,
      data: { name: 'e2e-bad', allowedServiceAccounts: ['Not_A_Name'], gitRepo: { allowedRepoPatterns: ['('] }, helmOp: { defaultServiceAccount: 'other' } },
    });
    expect(bad.status()).toBe(422);
    const fields = ((await bad.json()) as { fieldErrors: { field: string }[] }).fieldErrors.map((f) => f.field).sort();
    expect(fields).toEqual(['allowedServiceAccounts.0', 'gitRepo.allowedRepoPatterns.0', 'helmOp.defaultServiceAccount']);
  } finally {
    const { metadata, ...rest } = before;
    const cur = (await getObject(WS, 'policies', F.POLICY_NAME)).body as { metadata: { resourceVersion: string } };
    await kube('PUT', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/policies/${F.POLICY_NAME}`, { ...rest, metadata: { ...metadata, resourceVersion: cur.metadata.resourceVersion } });
  }
});

test('operator creates a Policy requiring a service account; a default the allow-list refuses is a field error', async ({ page }) => {
  const name = `e2e-pol-${Date.now()}`;
  await signInAsOperator(page);
  try {
    await page.goto(`/w/${WS}/policies/new`);
    await page.getByTestId('policy-name').fill(name);
    await page.getByLabel('Require a service account').check();
    const accounts = page.getByTestId('list-allowedServiceAccounts');
    await accounts.getByRole('button', { name: 'Add name' }).click();
    await accounts.getByRole('textbox', { name: 'Allowed service accounts 1' }).fill('deployer');
    await page.getByTestId('input-helmOp.defaultServiceAccount').fill('root');
    await page.getByTestId('policy-submit').click();
    await expect(page.getByLabel('Default service account for HelmOps')).toHaveAccessibleDescription(/Not in the allowed service accounts/);
    await page.getByTestId('input-helmOp.defaultServiceAccount').fill('deployer');
    await page.getByTestId('policy-submit').click();
    await expect(page).toHaveURL(new RegExp(`/policies/${name}$`));
    await expect(page.getByTestId('policy-summary')).toContainText('Every GitRepo, HelmOp and Bundle must use a service account.');
    const stored = (await getObject(WS, 'policies', name)).body;
    expect(stored).toMatchObject({ requireServiceAccount: true, allowedServiceAccounts: ['deployer'], helmOp: { defaultServiceAccount: 'deployer' } });
    expect(stored.gitRepo).toBeUndefined();
    await page.getByTestId('delete-policy').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${WS}/policies$`));
    expect((await getObject(WS, 'policies', name)).status).toBe(404);
  } finally {
    await deleteObject(WS, 'policies', name);
  }
});

test('viewer reads Policies and their rejections; saving is refused in words', async ({ page }) => {
  await signIn(page, tokenFor('viewer'));
  await page.goto(`/w/${WS}/policies/${F.POLICY_NAME}`);
  await expect(page.getByTestId('policy-rejections').getByTestId('rejection-row')).toHaveCount(1);
  await page.getByTestId('edit-policy').click();
  await page.getByLabel('Require a service account').check();
  await page.getByTestId('policy-submit').click();
  await expect(page.getByTestId('notice-error')).toContainText(`not allowed to update policies ${F.POLICY_NAME}`.replace('policies', 'policy'));
  expect((await getObject(WS, 'policies', F.POLICY_NAME)).body.requireServiceAccount).toBeUndefined();
  await page.goto(`/w/${F.WS_LOCAL}/policies`);
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

for (const [label, viewport, scheme] of [
  ['light', { width: 1400, height: 900 }, 'light'],
  ['dark', { width: 1400, height: 900 }, 'dark'],
  ['390', { width: 390, height: 844 }, 'light'],
] as const) {
  test(`Policies pages fit at ${label}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport, colorScheme: scheme });
    const page = await context.newPage();
    try {
      for (const [shot, url] of [
        ['policies', `/w/${WS}/policies`],
        ['policy-detail', `/w/${WS}/policies/${F.POLICY_NAME}`],
        ['policy-edit', `/w/${WS}/policies/${F.POLICY_NAME}/edit`],
      ] as const) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        if (shot !== 'policy-edit') await expect(page.getByTestId('rejection-row').first()).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${shot} scrolls sideways`).toBe(0);
        await screenshot(page, `${shot}-${label}`);
      }
    } finally {
      await context.close();
    }
  });
}
