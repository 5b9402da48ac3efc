// Messages read as sentences: a page's title ("The matrix") never becomes a phrase inside one. Checked as someone who
// may list clusters in fleet-local and nothing else there, so the other pages' loads answer 403.
import { expect, test } from '@playwright/test';
import { WS_LOCAL } from '../scripts/seed/fixtures';
import { signIn } from './support/app';
import { personWith, removePerson, type Grant } from './support/person';

const who = `e2e-words-${Date.now().toString(36)}`;
const grants: Grant[] = [{ namespace: WS_LOCAL, resources: ['clusters'] }];
let token = '';

test.beforeAll(async () => {
  token = await personWith(who, grants);
});
test.afterAll(async () => {
  await removePerson(who, grants);
});

test('refusals name what was refused in words, as a sentence', async ({ page }) => {
  await signIn(page, token);
  await expect(page).toHaveURL(/\/w\//);
  const title = page.getByTestId('load-error').locator('p').first();

  await page.goto(`/w/${WS_LOCAL}/bundles`);
  await expect(title).toHaveText(`You are not allowed to see bundles in workspace ${WS_LOCAL}.`);

  await page.goto(`/w/${WS_LOCAL}/gitrepos`);
  await expect(title).toHaveText(`You are not allowed to see GitRepos in workspace ${WS_LOCAL}.`);

  // The overview's panels say which kind they could not show.
  await page.goto(`/w/${WS_LOCAL}`);
  await expect(page.getByTestId('card-bundles').getByRole('alert')).toHaveText(`You are not allowed to see bundles in workspace ${WS_LOCAL}.`);
  await expect(page.getByTestId('card-clusters').getByRole('alert')).toHaveCount(0);
});
