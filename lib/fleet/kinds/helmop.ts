// HelmOp (helmops, namespaced; Fleet >= v0.13, `helmapps` before): pkg/apis/fleet.cattle.io/v1alpha1/helmop_types.go in Fleet v0.16.0.
// spec is BundleSpec inline plus a few HelmOp-only fields.
import { z } from 'zod';
import { BundleSpecSchema } from './bundle';
import { FLEET_GROUP, FLEET_VERSION, StatusBaseSchema, StringMapSchema, TimeSchema, fleetObjectSchema, type FleetKindInfo } from './common';

export const HelmOpSpecSchema = BundleSpecSchema.extend({
  labels: StringMapSchema.optional(),
  pollingInterval: z.string().optional(),
  helmSecretName: z.string().optional(),
  insecureSkipTLSVerify: z.boolean().optional(),
});

export const HelmOpSchema = fleetObjectSchema({
  spec: HelmOpSpecSchema,
  /** version: the resolved chart version. */
  status: StatusBaseSchema.extend({ lastPollingTriggered: TimeSchema, version: z.string().optional() }).optional(),
});
export type HelmOp = z.infer<typeof HelmOpSchema>;

export const HelmOpKind = {
  kind: 'HelmOp',
  plural: 'helmops',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: HelmOpSchema,
} as const satisfies FleetKindInfo;
