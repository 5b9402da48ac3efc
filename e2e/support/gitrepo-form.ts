// Driving the GitRepo form in specs: tabs, fields and a real (throwaway) SSH key.
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, signIn } from './app';
import { tokenFor } from './k8s';

export const WS = 'fleet-default';

/** A unique name per call: e2e-gitrepo-<timestamp>[-suffix]. */
export function uniqueName(suffix = ''): string {
  return `e2e-gitrepo-${Date.now()}${suffix ? `-${suffix}` : ''}`;
}

/** A fresh unencrypted ed25519 private key (PKCS#8 PEM), made for the test and thrown away. */
export function throwawayPrivateKey(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

export const KNOWN_HOSTS = 'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';

export async function signInAsOperator(page: Page): Promise<void> {
  await signIn(page, tokenFor('operator'));
  // Generous: a dev server may compile the first page on the way (next start answers at once).
  await expect(page.getByTestId('current-user')).toHaveText(/operator/, { timeout: 45_000 });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label as shown: required fields add a (screen-reader hidden) "*". */
const labelRe = (label: string) => new RegExp(`^${escape(label)}\\*?$`);

export function form(page: Page) {
  const root = page.getByTestId('gitrepo-form');
  return {
    root,
    tab: (name: 'Repository' | 'Authentication & TLS' | 'Targets' | 'Behaviour & advanced' | 'YAML') =>
      root.getByRole('tab', { name: new RegExp(`^${name.replace(/[&]/g, '\\$&')}`) }),
    field: (label: string) => root.getByLabel(labelRe(label)),
    submit: () => root.getByTestId('form-submit').click(),
  };
}

/** Waits until the form has loaded (create, clone or edit page). */
export async function formReady(page: Page): Promise<ReturnType<typeof form>> {
  const f = form(page);
  await expect(f.root).toBeVisible();
  return f;
}

/**
 * The field shows `message` beside it: the error element is visible inside the field's own
 * wrapper and is part of the input's accessible description (so it is announced with it).
 */
export async function expectFieldError(f: ReturnType<typeof form>, label: string, message: string | RegExp): Promise<void> {
  const input = f.field(label);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(typeof message === 'string' ? new RegExp(escape(message)) : message);
  const id = (await input.getAttribute('aria-describedby'))?.split(' ')[0];
  await expect(f.root.locator(`[id="${id}"]`)).toBeVisible();
}

/** Viewport-only screenshot (a modal's backdrop covers the viewport, not a full-page capture). */
export async function viewportShot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}
