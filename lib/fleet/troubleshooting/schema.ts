// What GET /api/w/[workspace]/troubleshooting answers and the fix routes accept; shared by routes and pages.
import { z } from 'zod';

/** A Kubernetes object name (DNS-1123 subdomain), checked before it is used in an API path. */
const K8S_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const nameOf = (what: string) =>
  z.string().min(1, `Give the ${what} name.`).max(253, `A ${what} name has at most 253 characters.`).regex(K8S_NAME, `That is not a valid ${what} name (lower-case letters, digits, '-' and '.').`);

const ObjectRefSchema = z.object({
  kind: z.enum(['GitRepo', 'Bundle', 'BundleDeployment', 'Cluster', 'ClusterGroup', 'Secret']),
  namespace: z.string(),
  name: z.string(),
  note: z.string().optional(),
});

const FixSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('forceSync'), label: z.string(), bundle: ObjectRefSchema, before: z.number(), after: z.number() }),
  z.object({ type: z.literal('redeployAgents'), label: z.string(), clusters: z.array(ObjectRefSchema.extend({ before: z.number(), after: z.number() })) }),
  z.object({ type: z.literal('link'), label: z.string(), href: z.string() }),
  z.object({ type: z.literal('steps'), label: z.string(), steps: z.array(z.string()) }),
]);

export const FindingSchema = z.object({
  id: z.string(),
  detector: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  title: z.string(),
  explanation: z.string(),
  objects: z.array(ObjectRefSchema),
  fix: FixSchema.optional(),
  /** For missing-secret findings: what the recreate form needs (field and Secret type Fleet expects). */
  secret: z.object({ gitrepo: z.string(), field: z.string(), name: z.string() }).optional(),
});
export type FindingOut = z.infer<typeof FindingSchema>;

export const TroubleshootingSchema = z.object({
  findings: z.array(FindingSchema),
  /** Could the person's identity check whether referenced Secrets exist (get or create on Secrets)? */
  secretsChecked: z.enum(['all', 'some', 'none', 'not-needed']),
  /** Kinds the person may not list here: their detectors could not run. */
  forbidden: z.array(z.string()),
  generatedAt: z.string(),
});
export type Troubleshooting = z.infer<typeof TroubleshootingSchema>;

/** POST .../troubleshooting/redeploy-agents: clusters with the redeployAgentGeneration the person saw. */
export const RedeployAgentsBodySchema = z.object({
  clusters: z
    .array(z.object({ name: nameOf('cluster'), expected: z.number().int().min(0) }))
    .min(1, 'Pick at least one cluster.')
    .max(500, 'At most 500 clusters at once.'),
});
export const RedeployAgentsResultSchema = z.object({
  results: z.array(z.object({ name: z.string(), ok: z.boolean(), before: z.number().optional(), after: z.number().optional(), error: z.string().optional() })),
});

/** POST .../troubleshooting/secret: recreate a GitRepo's missing Secret under the name it references. */
export const RecreateSecretBodySchema = z.discriminatedUnion('type', [
  z.object({
    gitrepo: nameOf('GitRepo'),
    field: z.enum(['clientSecretName', 'helmSecretName']),
    type: z.literal('basic'),
    username: z.string().max(512).default(''),
    password: z.string().min(1, 'Enter the password or access token.').max(16_384),
  }),
  z.object({
    gitrepo: nameOf('GitRepo'),
    field: z.literal('clientSecretName'),
    type: z.literal('ssh'),
    privateKey: z.string().min(1, 'Paste the private key.').max(65_536),
    knownHosts: z.string().max(65_536).default(''),
  }),
]);
export type RecreateSecretBody = z.infer<typeof RecreateSecretBodySchema>;
