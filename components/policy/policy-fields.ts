// Reading and writing a Policy form's field by its dotted path ("gitRepo.allowedRepoPatterns"), so the view and the
// form can walk POLICY_FIELDS (lib/fleet/policy/explain.ts) instead of naming every field twice.
import type { PolicyForm } from '@/lib/fleet/forms/policy-form';

export type PolicyValue = string | boolean | string[];

export function getField(f: PolicyForm, path: string): PolicyValue {
  const [a, b] = path.split('.') as [string, string | undefined];
  const top = (f as unknown as Record<string, unknown>)[a];
  return (b ? (top as Record<string, unknown>)[b] : top) as PolicyValue;
}

export function setField(f: PolicyForm, path: string, v: PolicyValue): Partial<PolicyForm> {
  const [a, b] = path.split('.') as [keyof PolicyForm, string | undefined];
  if (!b) return { [a]: v } as Partial<PolicyForm>;
  return { [a]: { ...(f[a] as object), [b]: v } } as Partial<PolicyForm>;
}
