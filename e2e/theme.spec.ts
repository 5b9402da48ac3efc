// The theme switch: light, dark or the system's choice, kept across reloads, applied before the first paint.
import { expect, test, type Page } from '@playwright/test';

const html = (page: Page) => page.locator('html');
/** The page background as the browser paints it (dark themes have a dark --bg). */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = 'rgb(247, 248, 250)';
const DARK_BG = 'rgb(14, 17, 22)';

test('switch to dark with the keyboard, reload: still dark, from the first paint on', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'light' });
  // Whether <html> is dark at the moment <body> is created: before that nothing can be painted.
  await context.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (!document.body) return;
      (window as unknown as { darkAtBody: boolean }).darkAtBody = document.documentElement.classList.contains('dark');
      obs.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  try {
    await page.goto('/w/fleet-default');
    const sw = page.getByRole('combobox', { name: 'Theme' });
    await expect(sw).toHaveValue('system');
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    expect(await background(page)).toBe(LIGHT_BG);

    // Keyboard only: arrow keys on the focused switch choose (System → Light → Dark).
    await sw.focus();
    await expect(sw).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(sw).toHaveValue('dark');
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await expect.poll(() => background(page)).toBe(DARK_BG);

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => (window as unknown as { darkAtBody: boolean }).darkAtBody)).toBe(true);
    expect(await background(page)).toBe(DARK_BG);

    // Another page (the sign-in page has no switch) keeps the choice too.
    await page.goto('/signin');
    expect(await page.evaluate(() => (window as unknown as { darkAtBody: boolean }).darkAtBody)).toBe(true);

    // Light wins over a dark system.
    await page.goto('/w/fleet-default');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { darkAtBody: boolean }).darkAtBody)).toBe(false);
  } finally {
    await context.close();
  }
});

test('"System" follows the browser’s colour scheme, also while the page is open', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
  const page = await context.newPage();
  try {
    await page.goto('/w/fleet-default/clusters');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
    await expect(html(page)).toHaveClass(/\bdark\b/);
    expect(await background(page)).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html(page)).toHaveClass(/\bdark\b/);
    // Choosing dark, then system again, hands control back to the browser.
    const sw = page.getByRole('combobox', { name: 'Theme' });
    await sw.selectOption('dark');
    await sw.selectOption('system');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    expect(await page.evaluate((k) => localStorage.getItem(k), 'fleetdash-theme')).toBeNull();
  } finally {
    await context.close();
  }
});
