// BundleDeploymentOptions (pkg/apis/fleet.cattle.io/v1alpha1/bundledeployment_types.go in Fleet v0.16.0): inlined into Bundle.spec and BundleTarget, and used for
// BundleDeployment.spec.options/stagedOptions. Only fields the UI shows are typed; the rest pass through.
import { z } from 'zod';
import { CorrectDriftSchema, LabelSelectorSchema, StringMapSchema } from './common';

/** Helm values from a ConfigMap or Secret key (ValuesFrom in bundledeployment_types.go); namespace defaults to the object's. */
const KeyRefSchema = z.looseObject({ name: z.string().optional(), namespace: z.string().nullish(), key: z.string().nullish() });
export const ValuesFromSchema = z.looseObject({ configMapKeyRef: KeyRefSchema.nullish(), secretKeyRef: KeyRefSchema.nullish() });
export type ValuesFrom = z.infer<typeof ValuesFromSchema>;

export const HelmOptionsSchema = z.looseObject({
  chart: z.string().optional(),
  repo: z.string().optional(),
  releaseName: z.string().optional(),
  version: z.string().optional(),
  timeoutSeconds: z.number().int().optional(),
  values: z.record(z.string(), z.unknown()).nullish(),
  valuesFiles: z.array(z.string()).optional(),
  valuesFrom: z.array(ValuesFromSchema).optional(),
  takeOwnership: z.boolean().optional(),
  force: z.boolean().optional(),
  atomic: z.boolean().optional(),
  maxHistory: z.number().int().optional(),
});

export const BundleDeploymentOptionsShape = {
  defaultNamespace: z.string().optional(),
  /** Go TargetNamespace: forces every resource into this namespace. */
  namespace: z.string().optional(),
  helm: HelmOptionsSchema.optional(),
  kustomize: z.looseObject({ dir: z.string().optional() }).optional(),
  yaml: z.looseObject({ overlays: z.array(z.string()).optional() }).optional(),
  serviceAccount: z.string().optional(),
  createNamespace: z.boolean().optional(),
  forceSyncGeneration: z.number().int().optional(),
  diff: z.looseObject({ comparePatches: z.array(z.looseObject({})).optional() }).optional(),
  keepResources: z.boolean().optional(),
  deleteNamespace: z.boolean().optional(),
  ignore: z.looseObject({ conditions: z.array(StringMapSchema).optional() }).optional(),
  correctDrift: CorrectDriftSchema.optional(),
  namespaceLabels: StringMapSchema.optional(),
  namespaceAnnotations: StringMapSchema.optional(),
  deleteCRDResources: z.boolean().optional(),
  downstreamResources: z.array(z.looseObject({ kind: z.string().optional(), name: z.string().optional() })).optional(),
  allowedTargetNamespaceSelector: LabelSelectorSchema.nullish(),
};

export const BundleDeploymentOptionsSchema = z.looseObject(BundleDeploymentOptionsShape);
export type BundleDeploymentOptions = z.infer<typeof BundleDeploymentOptionsSchema>;
