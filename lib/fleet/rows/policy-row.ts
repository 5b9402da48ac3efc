// A Policy as the Policies list and detail pages show it: what it sets in plain words, and the objects of its
// workspace Fleet reports as rejected (lib/fleet/policy/rejected.ts).
import { z } from 'zod';
import type { Policy } from '../kinds/policy';
import { policyToForm } from '../forms/policy-form';
import { summarisePolicy } from '../policy/explain';
import type { Rejection } from '../policy/rejected';

export const RejectionSchema = z.object({
  kind: z.enum(['GitRepo', 'HelmOp', 'Bundle']),
  namespace: z.string(),
  name: z.string(),
  message: z.string(),
  sentence: z.string(),
  field: z.string(),
  policies: z.array(z.string()),
});

export const PolicyRowSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  summary: z.array(z.string()),
  /** Objects Fleet reports as rejected that this Policy alone rejects. */
  rejects: z.number().int(),
  uid: z.string().optional(),
  resourceVersion: z.string().optional(),
});
export type PolicyRow = z.infer<typeof PolicyRowSchema>;

export const PolicyListSchema = z.object({
  items: z.array(PolicyRowSchema),
  /** Every object of the listed workspaces Fleet reports as rejected by policy. */
  rejections: z.array(RejectionSchema),
  /** Kinds whose rejections the person may not read (not checked). */
  unreadable: z.array(z.string()),
});

export const PolicyDetailSchema = z.object({
  row: PolicyRowSchema,
  /** The form values (also what the page shows, field by field). */
  form: z.unknown(),
  rejections: z.array(RejectionSchema),
  unreadable: z.array(z.string()),
});
export type PolicyDetail = z.infer<typeof PolicyDetailSchema>;

export function toPolicyRow(p: Policy, rejections: readonly Rejection[]): PolicyRow {
  return {
    namespace: p.metadata.namespace ?? '',
    name: p.metadata.name,
    summary: summarisePolicy(p),
    rejects: rejections.filter((r) => r.namespace === p.metadata.namespace && r.policies.includes(p.metadata.name)).length,
    uid: p.metadata.uid,
    resourceVersion: p.metadata.resourceVersion,
  };
}

export function toPolicyDetail(p: Policy, rejections: readonly Rejection[], unreadable: string[]): PolicyDetail {
  return { row: toPolicyRow(p, rejections), form: policyToForm(p), rejections: rejections.filter((r) => r.namespace === p.metadata.namespace), unreadable };
}
