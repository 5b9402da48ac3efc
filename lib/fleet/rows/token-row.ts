// ClusterRegistrationToken rows and the create form. The values Secret is read only on request, as
// the person, and only its `values` key (fleet-agent Helm values) is passed on.
import { z } from 'zod';
import { durationError } from '../forms/spec-validators';
import { dns1123SubdomainSchema } from '../names';
import type { ClusterRegistrationToken } from '../kinds/clusterregistrationtoken';

export const TokenRowSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  uid: z.string().optional(),
  ttl: z.string().optional(),
  created: z.string().optional(),
  /** status.expires; empty until the Fleet controller issues the token. */
  expires: z.string().optional(),
  expired: z.boolean(),
  /** status.secretName; empty until the Fleet controller issues the token. */
  secretName: z.string().optional(),
});
export type TokenRow = z.infer<typeof TokenRowSchema>;
export const TokenListSchema = z.object({ items: z.array(TokenRowSchema), total: z.number().int() });

export function toTokenRow(t: ClusterRegistrationToken, now: number): TokenRow {
  const expires = t.status?.expires ?? undefined;
  return {
    namespace: t.metadata.namespace ?? '',
    name: t.metadata.name,
    uid: t.metadata.uid,
    ttl: t.spec?.ttl ?? undefined,
    created: t.metadata.creationTimestamp ?? undefined,
    expires,
    expired: !!expires && Date.parse(expires) < now,
    secretName: t.status?.secretName || undefined,
  };
}

export const TokenFormSchema = z.object({
  name: dns1123SubdomainSchema('Name'),
  ttl: z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const e = v ? durationError(v) : undefined;
      if (e) ctx.addIssue({ code: 'custom', message: e });
    }),
});
export type TokenForm = z.infer<typeof TokenFormSchema>;

export const TokenValuesSchema = z.object({
  /** The Secret's `values` (YAML), or why it cannot be shown. */
  values: z.string().optional(),
  problem: z.string().optional(),
  secretName: z.string().optional(),
});

/** The commands an operator runs on the downstream cluster (https://fleet.rancher.io/cluster-registration). */
export function registrationCommands(opts: { tokenName: string; valuesFile?: string; labels?: Record<string, string> }): string {
  const file = opts.valuesFile ?? `${opts.tokenName}-values.yaml`;
  const labelArgs = Object.entries(opts.labels ?? {})
    .map(([k, v]) => ` \\\n  --set-string "labels.${k.replace(/\./g, '\\.')}=${v}"`)
    .join('');
  return [
    `# 1. On the cluster you are registering, save the token values as ${file}`,
    `# 2. Install the Fleet agent with them:`,
    `helm -n cattle-fleet-system install --create-namespace --wait fleet-agent \\`,
    `  https://github.com/rancher/fleet/releases/download/v0.16.0/fleet-agent-0.16.0.tgz \\`,
    `  --values ${file}${labelArgs}`,
    `# 3. The cluster appears in this workspace once the agent checks in.`,
  ].join('\n');
}
