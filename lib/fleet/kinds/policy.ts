// Policy (policies, namespaced; Fleet >= v0.16): restrictions and defaults for the GitRepos, HelmOps
// and Bundles of its namespace (pkg/apis/fleet.cattle.io/v1alpha1/policy_types.go in
// github.com/rancher/fleet v0.16.0). Unlike most kinds its fields are top-level: there is no spec and
// no status. In FLEET_KINDS (so lib/k8s may read and write it as the person) but not in the watch
// cache: Policies are few per workspace and read directly with the person's identity.
import { z } from 'zod';
import { FLEET_GROUP, FLEET_VERSION, fleetObjectSchema, type FleetKindInfo } from './common';

const list = z.array(z.string()).nullish();

export const GitRepoPolicySchema = z.looseObject({
  defaultServiceAccount: z.string().optional(),
  defaultClientSecretName: z.string().optional(),
  allowedClientSecretNames: list,
  allowedRepoPatterns: list,
});

export const HelmOpPolicySchema = z.looseObject({
  defaultServiceAccount: z.string().optional(),
  defaultHelmSecretName: z.string().optional(),
  allowedHelmSecretNames: list,
  allowedHelmRepoPatterns: list,
  allowedChartPatterns: list,
});

export const PolicySchema = fleetObjectSchema({
  requireServiceAccount: z.boolean().optional(),
  allowedServiceAccounts: list,
  gitRepo: GitRepoPolicySchema.nullish(),
  helmOp: HelmOpPolicySchema.nullish(),
});
export type Policy = z.infer<typeof PolicySchema>;

export const PolicyKind = {
  kind: 'Policy',
  plural: 'policies',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: PolicySchema,
} as const satisfies FleetKindInfo;
