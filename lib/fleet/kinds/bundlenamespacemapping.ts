// BundleNamespaceMapping (bundlenamespacemappings, namespaced): pkg/apis/fleet.cattle.io/v1alpha1/bundlenamespacemapping_types.go. Top-level fields:
// lets bundles in this namespace target clusters in the namespaces selected by namespaceSelector.
import { z } from 'zod';
import { FLEET_GROUP, FLEET_VERSION, LabelSelectorSchema, fleetObjectSchema, type FleetKindInfo } from './common';

export const BundleNamespaceMappingSchema = fleetObjectSchema({
  bundleSelector: LabelSelectorSchema.nullish(),
  namespaceSelector: LabelSelectorSchema.nullish(),
});
export type BundleNamespaceMapping = z.infer<typeof BundleNamespaceMappingSchema>;

export const BundleNamespaceMappingKind = {
  kind: 'BundleNamespaceMapping',
  plural: 'bundlenamespacemappings',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: BundleNamespaceMappingSchema,
} as const satisfies FleetKindInfo;
