// Invalid GitRepo input: each mistake gets an error beside its field, what was typed stays, and
// nothing reaches the API server (checked there). The server applies the same schema (422).
import { expect, test, type Page } from '@playwright/test';
import { GITREPO_MANIFESTS } from '../scripts/seed/fixtures';
import { screenshot } from './support/app';
import { deleteGitRepoAsAdmin, getGitRepo, gitRepoNamesWithPrefix, secretNamesWithPrefix } from './support/gitrepo';
import { expectFieldError, formReady, KNOWN_HOSTS, signInAsOperator, throwawayPrivateKey, uniqueName, WS } from './support/gitrepo-form';

async function nothingCreated(prefix: string) {
  expect(await gitRepoNamesWithPrefix(WS, prefix), 'no GitRepo was created').toEqual([]);
  expect(await secretNamesWithPrefix(WS, prefix), 'no Secret was created').toEqual([]);
}

async function openCreate(page: Page) {
  await page.goto(`/w/${WS}/gitrepos/new`);
  return formReady(page);
}

/** A write plus a page load; generous for a busy dev server (next start is quick). */
const SLOW = { timeout: 45_000 };

test('invalid inputs give field errors, keep what was typed, and create nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const prefix = uniqueName('bad');
  await signInAsOperator(page);

  // Bad URL, both branch and revision, bad name — all at once, each beside its own field.
  let f = await openCreate(page);
  await f.field('Name').fill('Bad_Name');
  await f.field('Repository URL').fill('github.com/acme/app');
  await f.field('Branch').fill('main');
  await f.field('Revision').fill('v1.2.3');
  await f.submit();
  await expect(page.getByTestId('form-error')).toContainText('4 fields need attention; nothing was saved');
  await expectFieldError(f, 'Name', /only lowercase letters/);
  await expectFieldError(f, 'Repository URL', 'Not a Git URL');
  await expectFieldError(f, 'Branch', 'Set either a branch or a revision, not both');
  await expectFieldError(f, 'Revision', 'Set either a branch or a revision, not both');
  await expect(f.tab('Repository')).toContainText('4');
  await screenshot(page, 'gitrepo-form-errors-repository');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(400); // colours are transitioned; capture the settled theme
  await screenshot(page, 'gitrepo-form-errors-repository-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // Nothing typed is lost; fixing one field clears only its error.
  await expect(f.field('Name')).toHaveValue('Bad_Name');
  await expect(f.field('Repository URL')).toHaveValue('github.com/acme/app');
  await f.field('Revision').fill('');
  await expect(f.field('Branch')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(f.field('Name')).toHaveAttribute('aria-invalid', 'true');
  await nothingCreated(prefix);

  // Selector syntax, on the Targets tab; the error count moves the person to it on submit.
  await f.field('Name').fill(`${prefix}-sel`);
  await f.field('Repository URL').fill('https://github.com/acme/app.git');
  await f.tab('Targets').click();
  await f.root.getByRole('radio', { name: /Specific clusters, groups or selectors/ }).check();
  await f.field('Cluster label selector').fill('env in (prod');
  await f.tab('Repository').click();
  await f.submit();
  await expect(f.tab('Targets')).toHaveAttribute('aria-selected', 'true');
  await expectFieldError(f, 'Cluster label selector', /./);
  await screenshot(page, 'gitrepo-form-errors-targets');
  await nothingCreated(prefix);

  // Duplicate name: only the API server knows; its refusal lands beside Name, the SSH key survives.
  f = await openCreate(page);
  const key = throwawayPrivateKey();
  await f.field('Name').fill(GITREPO_MANIFESTS);
  await f.field('Repository URL').fill('git@github.com:acme/dup.git');
  await f.tab('Authentication & TLS').click();
  await f.root.getByRole('radio', { name: /SSH key/ }).check();
  await f.field('Private key').fill(key);
  await f.field('known_hosts (optional)').fill(KNOWN_HOSTS);
  const before = await getGitRepo(WS, GITREPO_MANIFESTS);
  expect(before, `seed fixture ${GITREPO_MANIFESTS} exists`).toBeDefined();
  await f.submit();
  await expect(f.tab('Repository')).toHaveAttribute('aria-selected', 'true');
  await expectFieldError(f, 'Name', `A GitRepo named "${GITREPO_MANIFESTS}" already exists in workspace ${WS}`);
  await screenshot(page, 'gitrepo-form-errors-duplicate');
  const after = await getGitRepo(WS, GITREPO_MANIFESTS);
  expect(after?.metadata.resourceVersion, 'the existing GitRepo is untouched').toBe(before?.metadata.resourceVersion);
  expect(await secretNamesWithPrefix(WS, `${GITREPO_MANIFESTS}-auth`), 'no Secret was created').toEqual([]);
  await f.tab('Authentication & TLS').click();
  await expect(f.field('Private key')).toHaveValue(key);
});

test('the create API applies the same schema and answers 422 with per-field errors', async ({ page }) => {
  const prefix = uniqueName('api');
  await signInAsOperator(page);
  const csrf = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value ?? '';
  const origin = new URL(page.url()).origin;
  const post = (form: Record<string, unknown>) =>
    page.request.post(`/api/w/${WS}/gitrepos`, { data: { form }, headers: { 'x-csrf-token': csrf, origin } });

  const cases: [string, Record<string, unknown>, string][] = [
    ['bad URL', { name: `${prefix}-a`, repo: 'ftp://acme/app' }, 'repo'],
    ['branch and revision', { name: `${prefix}-b`, repo: 'https://github.com/acme/app.git', branch: 'main', revision: 'v1' }, 'revision'],
    ['bad name', { name: 'UPPER', repo: 'https://github.com/acme/app.git' }, 'name'],
    [
      'selector syntax',
      {
        name: `${prefix}-d`,
        repo: 'https://github.com/acme/app.git',
        targets: { mode: 'advanced', entries: [{ clusterSelector: 'env in (prod' }] },
      },
      'targets.entries.0.clusterSelector',
    ],
  ];
  for (const [what, form, field] of cases) {
    const res = await post(form);
    expect(res.status(), what).toBe(422);
    const body = (await res.json()) as { error: string; fieldErrors: { field: string; message: string }[] };
    expect(body.fieldErrors.map((e) => e.field), what).toContain(field);
  }
  const dup = await post({ name: GITREPO_MANIFESTS, repo: 'https://github.com/acme/app.git' });
  expect(dup.status()).toBe(409);
  expect(((await dup.json()) as { fieldErrors: { field: string }[] }).fieldErrors[0]?.field).toBe('name');
  await nothingCreated(prefix);
});

test('the YAML tab round-trips into the form, and Edit YAML saves through it', async ({ page }) => {
  test.setTimeout(120_000);
  const name = uniqueName('yaml');
  try {
    await signInAsOperator(page);
    const f = await openCreate(page);
    await f.field('Name').fill(name);
    await f.field('Repository URL').fill('https://github.com/acme/yaml.git');
    await f.field('Branch').fill('main');
    await f.tab('YAML').click();
    const yaml = f.root.getByTestId('yaml-editor');
    await expect(yaml).toHaveValue(/branch: main/);
    // Edit the object as YAML: the form follows.
    const text = await yaml.inputValue();
    await yaml.fill(`${text.replace('branch: main', 'branch: develop')}  paths:\n    - apps/web\n`);
    await expect(f.root.getByTestId('yaml-error')).toBeHidden();
    await f.tab('Repository').click();
    await expect(f.field('Branch')).toHaveValue('develop');
    await expect(f.field('Path 1')).toHaveValue('apps/web');
    // Broken YAML says why and leaves the form as it was.
    await f.tab('YAML').click();
    await yaml.fill('spec: [unclosed');
    await expect(f.root.getByTestId('yaml-error')).toContainText('Not valid YAML');
    await screenshot(page, 'gitrepo-form-yaml-error');
    await f.submit();
    await expect(page.getByTestId('form-error')).toContainText('The YAML has an error');
    expect(await getGitRepo(WS, name), 'nothing saved from broken YAML').toBeUndefined();
    await f.tab('Repository').click();
    await expect(f.field('Branch')).toHaveValue('develop');
    await f.submit();
    await expect(page).toHaveURL(new RegExp(`/gitrepos/${name}$`), SLOW);
    expect((await getGitRepo(WS, name))?.spec).toMatchObject({ branch: 'develop', paths: ['apps/web'] });

    // Edit YAML from the detail page opens the YAML tab of the edit form; a YAML change is saved.
    await page.getByTestId('action-edit-yaml').click();
    const e = await formReady(page);
    await expect(e.tab('YAML')).toHaveAttribute('aria-selected', 'true');
    const y = e.root.getByTestId('yaml-editor');
    await expect(y).toHaveValue(new RegExp(`name: ${name}`));
    await y.fill((await y.inputValue()).replace('branch: develop', 'branch: release-2'));
    await e.submit();
    await expect(page).toHaveURL(new RegExp(`/gitrepos/${name}$`), SLOW);
    await expect.poll(async () => (await getGitRepo(WS, name))?.spec.branch).toBe('release-2');
  } finally {
    await deleteGitRepoAsAdmin(WS, name);
  }
});

test('keyboard: the Create bar never covers the focused field or its help, and Enter on "Add path" moves to the new field', async ({ page }) => {
  await signInAsOperator(page);
  // Short enough that the sticky Create/Cancel bar sits over the Repository tab's fields.
  await page.setViewportSize({ width: 1400, height: 560 });
  const f = await openCreate(page);
  const bar = page.getByTestId('form-submit').locator('..');
  for (const label of ['Name', 'Repository URL', 'Branch', 'Revision']) {
    const input = f.field(label);
    await input.focus();
    const hint = page.locator(`[id="${await input.getAttribute('aria-describedby')}"]`);
    const [h, b] = [await hint.boundingBox(), await bar.boundingBox()];
    expect(h!.y + h!.height, `the help text of ${label} ends above the Create bar`).toBeLessThanOrEqual(b!.y);
  }

  const add = f.root.getByRole('button', { name: 'Add path' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(f.field('Path 1')).toBeFocused();
  await page.keyboard.type('charts/app');
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(f.field('Path 2')).toBeFocused();
  await expect(f.field('Path 1')).toHaveValue('charts/app');
  const [p2, b] = [await f.field('Path 2').boundingBox(), await bar.boundingBox()];
  expect(p2!.y + p2!.height, 'the new path field is above the Create bar').toBeLessThanOrEqual(b!.y);
});
