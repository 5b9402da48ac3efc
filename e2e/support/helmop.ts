// HelmOps in specs: reading and writing them as the admin, and driving the HelmOp form.
import { expect, type Page } from '@playwright/test';
import { kube } from './k8s';

export interface StoredHelmOp {
  metadata: { name: string; namespace: string; uid: string; resourceVersion: string; generation: number; annotations?: Record<string, string> };
  spec: {
    helm?: { repo?: string; chart?: string; version?: string; values?: Record<string, unknown>; releaseName?: string };
    helmSecretName?: string;
    pollingInterval?: string;
    paused?: boolean;
    forceSyncGeneration?: number;
    targets?: unknown[];
  };
  status?: Record<string, unknown>;
}

const base = (ns: string) => `/apis/fleet.cattle.io/v1alpha1/namespaces/${ns}/helmops`;

export async function getHelmOp(ns: string, name: string): Promise<StoredHelmOp | undefined> {
  const r = await kube<StoredHelmOp>('GET', `${base(ns)}/${name}`);
  if (r.status === 404) return undefined;
  if (r.status !== 200) throw new Error(`get helmop ${ns}/${name}: ${r.status}`);
  return r.body;
}

export async function createHelmOpAsAdmin(ns: string, name: string, spec: Record<string, unknown>): Promise<StoredHelmOp> {
  const r = await kube<StoredHelmOp>('POST', base(ns), { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'HelmOp', metadata: { name, namespace: ns }, spec });
  if (r.status !== 201) throw new Error(`create helmop ${ns}/${name}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

export async function patchHelmOpAsAdmin(ns: string, name: string, patch: Record<string, unknown>, subresource = ''): Promise<StoredHelmOp> {
  const r = await kube<StoredHelmOp>('PATCH', `${base(ns)}/${name}${subresource}`, patch);
  if (r.status !== 200) throw new Error(`patch helmop ${ns}/${name}${subresource}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

export async function deleteHelmOpAsAdmin(ns: string, name: string): Promise<void> {
  await kube('DELETE', `${base(ns)}/${name}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelRe = (label: string) => new RegExp(`^${escape(label)}\\*?$`);

export type HelmOpTab = 'Chart & values' | 'Credentials & TLS' | 'Targets' | 'Behaviour' | 'YAML';

export function helmOpForm(page: Page) {
  const root = page.getByTestId('helmop-form');
  return {
    root,
    tab: (name: HelmOpTab) => root.getByRole('tab', { name: new RegExp(`^${escape(name)}`) }),
    field: (label: string) => root.getByLabel(labelRe(label)),
    source: (label: 'Chart repository' | 'OCI registry' | 'Chart archive URL') => root.getByRole('radiogroup', { name: 'Chart source' }).getByRole('radio', { name: new RegExp(`^${label}`) }),
    submit: () => root.getByTestId('form-submit').click(),
  };
}

export async function helmOpFormReady(page: Page): Promise<ReturnType<typeof helmOpForm>> {
  const f = helmOpForm(page);
  await expect(f.root).toBeVisible({ timeout: 45_000 });
  return f;
}

/** The field shows `message` as its accessible description (the error beside it). */
export async function expectHelmOpFieldError(f: ReturnType<typeof helmOpForm>, label: string, message: string | RegExp): Promise<void> {
  const input = f.field(label);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(typeof message === 'string' ? new RegExp(escape(message)) : message);
}
