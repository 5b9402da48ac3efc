// Registry of the Fleet kinds this dashboard handles, keyed by plural. Server code uses the keys as
// the allowlist of resources it will touch; nothing outside this map is ever requested.
import { BundleKind } from './bundle';
import { BundleDeploymentKind } from './bundledeployment';
import { BundleNamespaceMappingKind } from './bundlenamespacemapping';
import { ClusterKind } from './cluster';
import { ClusterGroupKind } from './clustergroup';
import { ClusterRegistrationTokenKind } from './clusterregistrationtoken';
import { GitRepoKind } from './gitrepo';
import { GitRepoRestrictionKind } from './gitreporestriction';
import { HelmOpKind } from './helmop';
import { ScheduleKind } from './schedule';
import { PolicyKind } from './policy';

export const FLEET_KINDS = {
  gitrepos: GitRepoKind,
  bundles: BundleKind,
  bundledeployments: BundleDeploymentKind,
  clusters: ClusterKind,
  clustergroups: ClusterGroupKind,
  clusterregistrationtokens: ClusterRegistrationTokenKind,
  gitreporestrictions: GitRepoRestrictionKind,
  bundlenamespacemappings: BundleNamespaceMappingKind,
  helmops: HelmOpKind,
  schedules: ScheduleKind,
  policies: PolicyKind,
} as const;

export type FleetPlural = keyof typeof FLEET_KINDS;
export type FleetKindName = (typeof FLEET_KINDS)[FleetPlural]['kind'];

export const FLEET_PLURALS = Object.keys(FLEET_KINDS) as FleetPlural[];

export function isFleetPlural(s: string): s is FleetPlural {
  return Object.hasOwn(FLEET_KINDS, s);
}

/** Kind info by Kind name ("GitRepo"), e.g. for ownerReferences or watch events. */
export function fleetKindByKind(kind: string) {
  return Object.values(FLEET_KINDS).find((k) => k.kind === kind);
}

export * from './common';
export * from './bundle-options';
export * from './gitrepo';
export * from './bundle';
export * from './bundledeployment';
export * from './cluster';
export * from './clustergroup';
export * from './clusterregistrationtoken';
export * from './gitreporestriction';
export * from './bundlenamespacemapping';
export * from './helmop';
export * from './schedule';
export * from './policy';
