// ClusterRegistrationToken (clusterregistrationtokens, namespaced): pkg/apis/fleet.cattle.io/v1alpha1/clusterregistrationtoken_types.go in Fleet v0.16.0.
// status.secretName names a Secret (key `values`) holding fleet-agent Helm values; never sent to browsers raw.
import { z } from 'zod';
import { FLEET_GROUP, FLEET_VERSION, TimeSchema, fleetObjectSchema, type FleetKindInfo } from './common';

export const ClusterRegistrationTokenSchema = fleetObjectSchema({
  /** ttl: Go duration string; the token is deleted after it expires. */
  spec: z.looseObject({ ttl: z.string().nullish() }).optional(),
  status: z.looseObject({ expires: TimeSchema, secretName: z.string().optional() }).optional(),
});
export type ClusterRegistrationToken = z.infer<typeof ClusterRegistrationTokenSchema>;

export const ClusterRegistrationTokenKind = {
  kind: 'ClusterRegistrationToken',
  plural: 'clusterregistrationtokens',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: ClusterRegistrationTokenSchema,
} as const satisfies FleetKindInfo;

/** Secret type of the values Secret. */
export const REGISTRATION_VALUES_SECRET_TYPE = 'fleet.cattle.io/cluster-registration-values';
