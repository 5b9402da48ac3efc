// HelmOp (helmops, namespaced; Fleet >= v0.13, `helmapps` before): a Helm chart deployed by Fleet
// without a Git repository. spec is BundleSpec inline plus a few HelmOp-only fields
// (pkg/apis/fleet.cattle.io/v1alpha1/helmop_types.go in github.com/rancher/fleet v0.16.0). The chart
// source is spec.helm: repo + chart (+ version or semver constraint), an oci:// reference in repo, or
// a .tgz URL in chart (internal/cmd/controller/helmops/reconciler/helmop_controller.go validate).
// status.version is the exact version Fleet resolved from the constraint and deploys.
import { z } from 'zod';
import { BundleSpecSchema } from './bundle';
import { FLEET_GROUP, FLEET_VERSION, StatusBaseSchema, StringMapSchema, TimeSchema, fleetObjectSchema, type FleetKindInfo } from './common';

export const HelmOpSpecSchema = BundleSpecSchema.extend({
  /** Labels Fleet adds to the Bundle it creates. */
  labels: StringMapSchema.optional(),
  /** Go duration; polling only happens when the version is a constraint (usesPolling). */
  pollingInterval: z.string().nullish(),
  /** Secret with username/password, cacerts, insecureSkipVerify, basicHTTP (bundlereader.ReadHelmAuthFromSecret). */
  helmSecretName: z.string().nullish(),
  insecureSkipTLSVerify: z.boolean().optional(),
});
export type HelmOpSpec = z.infer<typeof HelmOpSpecSchema>;

export const HelmOpStatusSchema = StatusBaseSchema.extend({
  lastPollingTriggered: TimeSchema,
  /** The chart version Fleet resolved (from spec.helm.version, which may be a constraint) and deploys. */
  version: z.string().optional(),
});

export const HelmOpSchema = fleetObjectSchema({
  spec: HelmOpSpecSchema,
  status: HelmOpStatusSchema.optional(),
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

/** Conditions the HelmOp reconciler writes (Ready comes from the status reconciler). */
export const HELMOP_CONDITION_TYPES = ['Ready', 'Accepted', 'Polled', 'Stalled'] as const;
