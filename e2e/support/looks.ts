// A page in the three looks every new screen is checked in: light at desktop width, dark, and a 390 px phone
// (where the document must not scroll sideways). Full-page screenshots land in e2e/screenshots/ for a human look.
import { expect, type Browser, type Page } from '@playwright/test';
import { screenshot } from './app';

const LOOKS = [
  { suffix: 'light', colorScheme: 'light', viewport: { width: 1400, height: 900 } },
  { suffix: 'dark', colorScheme: 'dark', viewport: { width: 1400, height: 900 } },
  { suffix: '390', colorScheme: 'light', viewport: { width: 390, height: 844 } },
] as const;

export async function threeLooks(browser: Browser, baseURL: string | undefined, url: string, name: string, ready: (page: Page) => Promise<void>): Promise<void> {
  for (const look of LOOKS) {
    const context = await browser.newContext({ baseURL, colorScheme: look.colorScheme, viewport: look.viewport });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await ready(page);
      if (look.suffix === '390') expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, `${name}-${look.suffix}`);
    } finally {
      await context.close();
    }
  }
}
