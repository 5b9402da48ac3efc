// GitRepoRestriction (gitreporestrictions, namespaced): pkg/apis/fleet.cattle.io/v1alpha1/gitreporestriction_types.go in Fleet v0.16.0. No spec/status: all
// fields are top-level on the object.
import { z } from 'zod';
import { FLEET_GROUP, FLEET_VERSION, LabelSelectorSchema, fleetObjectSchema, type FleetKindInfo } from './common';

export const GitRepoRestrictionFieldsSchema = z.object({
  defaultServiceAccount: z.string().optional(),
  allowedServiceAccounts: z.array(z.string()).optional(),
  /** Regular expressions matched against GitRepo.spec.repo. */
  allowedRepoPatterns: z.array(z.string()).optional(),
  defaultClientSecretName: z.string().optional(),
  allowedClientSecretNames: z.array(z.string()).optional(),
  allowedTargetNamespaces: z.array(z.string()).optional(),
  allowedTargetNamespaceSelector: LabelSelectorSchema.nullish(),
});

export const GitRepoRestrictionSchema = fleetObjectSchema(GitRepoRestrictionFieldsSchema.shape);
export type GitRepoRestriction = z.infer<typeof GitRepoRestrictionSchema>;

export const GitRepoRestrictionKind = {
  kind: 'GitRepoRestriction',
  plural: 'gitreporestrictions',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: GitRepoRestrictionSchema,
} as const satisfies FleetKindInfo;
