// The dashboard's own icon: served from public/ and named in every page's head, so tabs and bookmarks show it.
import { expect, test } from '@playwright/test';

test('the icon is served and linked from the page head', async ({ page, request }) => {
  const icon = await request.get('/icon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  await page.goto('/signin');
  await expect(page.locator('head link[rel="icon"]')).toHaveAttribute('href', /\/icon\.svg/);
});
